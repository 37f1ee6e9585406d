import { z } from 'zod';
import { IdSchema } from '../schema/common';
import { CalendarEventInputSchema, CalendarEventSchema, LocalStartSchema, RruleSchema, TimeZoneSchema } from '../schema/calendar';
import type { ProtocolPart } from './types';

/**
 * Every calendar write answers with the records to put back and the ids to remove to undo
 * it; the page keeps it for the toast's Undo and sends it back as `calendar/restore`.
 */
export const CalendarUndoSchema = z.object({
  put: z.array(CalendarEventSchema).max(10_000),
  remove: z.array(IdSchema).max(10_000),
}).strict();
export type CalendarUndo = z.infer<typeof CalendarUndoSchema>;

/** Something in an imported file the CM should know about, though it did not stop the import. */
export const IcsWarningSchema = z.object({ line: z.number().int(), message: z.string() });

const ScopeSchema = z.enum(['this', 'series']);

/** The fields an occurrence edit may change (see lib/calendar/edit.ts EventChanges). */
export const EventChangesSchema = CalendarEventInputSchema.pick({
  title: true, notes: true, brand: true, platforms: true, start: true, durationMinutes: true, reminderMinutes: true, tags: true, inChecklist: true,
}).extend({ timeZone: TimeZoneSchema, rrule: RruleSchema.nullable() }).partial().strict();

const WriteResultSchema = z.object({ events: z.array(CalendarEventSchema), undo: CalendarUndoSchema });

/** Messages of the calendar domain; spread into the protocol map in lib/messages.ts. */
export const calendarProtocol = {
  'calendar/list': { from: ['page'], request: z.object({}).strict(), response: z.array(CalendarEventSchema) },
  // A new event, or a whole event (a one-off, or a series edited as a series).
  'calendar/save': { from: ['page'], request: z.object({ event: CalendarEventInputSchema }).strict(), response: WriteResultSchema },
  'calendar/edit-occurrence': {
    from: ['page'],
    request: z.object({ eventId: IdSchema, localStart: LocalStartSchema, changes: EventChangesSchema, scope: ScopeSchema }).strict(),
    response: WriteResultSchema,
  },
  // localStart null deletes the whole event whatever the scope.
  'calendar/delete': {
    from: ['page'],
    request: z.object({ eventId: IdSchema, localStart: LocalStartSchema.nullable(), scope: ScopeSchema }).strict(),
    response: z.object({ undo: CalendarUndoSchema }),
  },
  'calendar/restore': { from: ['page'], request: CalendarUndoSchema, response: z.object({ restored: z.number().int() }) },
  // The page reads the file; the background parses and writes it all in one transaction, or nothing.
  'calendar/import-ics': {
    from: ['page'],
    request: z.object({ text: z.string().max(6 * 1024 * 1024), timeZone: TimeZoneSchema }).strict(),
    response: z.object({ imported: z.number().int(), warnings: z.array(IcsWarningSchema) }),
  },
  'calendar/export-ics': { from: ['page'], request: z.object({}).strict(), response: z.object({ ics: z.string(), count: z.number().int() }) },
} as const satisfies ProtocolPart;
