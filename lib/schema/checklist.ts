import { z } from 'zod';
import { DaySchema, IdSchema, IsoDateTimeSchema, LongTextSchema, ShortTextSchema } from './common';

export const WeekdaySchema = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
export type Weekday = z.infer<typeof WeekdaySchema>;

export const RoutineRecurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily') }),
  z.object({ kind: z.literal('weekly'), days: z.array(WeekdaySchema).min(1).max(7) }),
  /** Day of month 1–31; a day the month lacks falls on its last day. */
  z.object({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31) }),
  /** Follow-ups and one-off items exist only on their day. */
  z.object({ kind: z.literal('once'), day: DaySchema }),
]);
export type RoutineRecurrence = z.infer<typeof RoutineRecurrenceSchema>;

/** An item of the CM's routine, or a one-off item for a given day. */
export const ChecklistItemSchema = z.object({
  id: IdSchema,
  label: ShortTextSchema.trim().min(1),
  /** A short reason, shown under the label: why this step matters. */
  why: LongTextSchema.default(''),
  recurrence: RoutineRecurrenceSchema,
  required: z.boolean().default(true),
  brand: IdSchema.nullable().default(null),
  order: z.number().default(0),
  /** Where a follow-up came from, e.g. an escalation seen on a post. */
  source: z.object({ kind: z.enum(['manual', 'follow-up', 'routine']), url: z.string().max(2_000).nullable().default(null) }).default({ kind: 'manual', url: null }),
  example: z.boolean().default(false),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** What was ticked on one day (the day as it starts at the CM's day-start hour). */
export const ChecklistDaySchema = z.object({
  day: DaySchema,
  brand: IdSchema.nullable().default(null),
  /** Item id (routine item or `event:<eventId>:<start>`) → time it was ticked. */
  done: z.record(z.string().max(300), IsoDateTimeSchema).default({}),
  /** Snapshot of what the day held, so history stays true after the routine is edited. */
  items: z.array(z.object({ key: z.string().max(300), label: ShortTextSchema, required: z.boolean() })).max(1_000).default([]),
  closed: z.boolean().default(false),
  /** Items the CM took off this day's list (a routine step or a rendez-vous skipped today). */
  skipped: z.array(z.string().max(300)).max(1_000).optional(),
  /** The CM's own order for this day's list, by key; items not in it keep their place. */
  order: z.array(z.string().max(300)).max(1_000).optional(),
});
export type ChecklistDay = z.infer<typeof ChecklistDaySchema>;
