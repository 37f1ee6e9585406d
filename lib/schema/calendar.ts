import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, LongTextSchema, PlatformSchema, ShortTextSchema, TagsSchema } from './common';

/** Local wall-clock date or date-time, interpreted in `timeZone`: "2026-12-07" or "2026-12-07T09:30". */
export const LocalStartSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/);

export const CalendarEventSchema = z.object({
  id: IdSchema,
  title: ShortTextSchema.trim().min(1),
  notes: LongTextSchema.default(''),
  brand: IdSchema.nullable().default(null),
  platforms: z.array(PlatformSchema).max(3).default(['any']),
  start: LocalStartSchema,
  /** IANA zone the start is expressed in, e.g. "Europe/Paris". */
  timeZone: z.string().min(1).max(100),
  durationMinutes: z.number().int().min(0).max(60 * 24 * 31).nullable().default(null),
  /** RFC 5545 RRULE value without the "RRULE:" prefix, e.g. "FREQ=WEEKLY;BYDAY=MO". */
  rrule: z.string().max(1_000).nullable().default(null),
  /** Local starts of occurrences removed from the series (EXDATE). */
  exdates: z.array(LocalStartSchema).max(5_000).default([]),
  /** Minutes before start; null means no reminder. */
  reminderMinutes: z.number().int().min(0).max(60 * 24 * 30).nullable().default(null),
  tags: TagsSchema.default([]),
  inChecklist: z.boolean().default(true),
  example: z.boolean().default(false),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;
