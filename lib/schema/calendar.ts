import { z } from 'zod';
import { parseLocal } from '../calendar/civil';
import { parseRule } from '../calendar/rule';
import { isValidTimeZone } from '../calendar/zone';
import { IdSchema, IsoDateTimeSchema, LongTextSchema, PlatformSchema, ShortTextSchema, TagsSchema } from './common';

/** Local wall-clock date or date-time, interpreted in `timeZone`: "2026-12-07" or "2026-12-07T09:30". */
export const LocalStartSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/)
  // The shape alone lets "2026-02-30" or "25:00" through; the calendar would then silently drop the event.
  .refine((value) => parseLocal(value) !== null, { message: 'is not a real date or time' });

/** An IANA zone this browser can convert with; checked where the CM writes, see CalendarEventInputSchema. */
export const TimeZoneSchema = z.string().min(1).max(100).refine(isValidTimeZone, { message: 'is not a time zone this browser knows' });
export const RruleSchema = z.string().max(1_000).refine((value) => parseRule(value).ok, { message: 'is not a repeat rule the calendar can read' });

/**
 * A stored event. Zone and rule are only bounded here: a record written on another browser
 * (or imported) whose zone this one lacks must still be listed and exported, not dropped;
 * the expander leaves such an event out of the grid instead. Field-level checks only:
 * backup/format.ts extends this object, which zod forbids once it has object refinements.
 */
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
  /**
   * Set on an occurrence edited on its own ("this event only"): the series and the date it
   * replaces. Optional rather than defaulted so records written before it existed stay valid as is.
   */
  recurrenceOf: z.object({ eventId: IdSchema, localStart: LocalStartSchema }).nullable().optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;

/** What the calendar editor sends: ids and stamps are the background's, zone and rule must be readable here. */
export const CalendarEventInputSchema = CalendarEventSchema.extend({
  id: IdSchema.optional(),
  timeZone: TimeZoneSchema,
  rrule: RruleSchema.nullable().default(null),
  example: z.boolean().optional(),
  createdAt: IsoDateTimeSchema.optional(),
  updatedAt: IsoDateTimeSchema.optional(),
});
export type CalendarEventInput = z.input<typeof CalendarEventInputSchema>;

/** Tags the calendar offers as checkboxes; imported files may carry any other. */
export const CALENDAR_TAGS = ['recurring-topic', 'campaign', 'event', 'webinar'] as const;
export type CalendarTag = (typeof CALENDAR_TAGS)[number];
