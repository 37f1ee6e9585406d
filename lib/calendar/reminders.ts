// Which reminders to arm and which were missed. Pure: the background turns these into
// chrome.alarms and notifications.
import { z } from 'zod';
import { IdSchema } from '../schema/common';
import { LocalStartSchema, type CalendarEvent } from '../schema/calendar';
import { MINUTE_MS } from './civil';
import { expandEvent } from './expand';

export const ReminderSchema = z.object({
  /** Deterministic, so re-arming after a restart replaces an alarm instead of adding one. */
  alarmName: z.string(),
  /** When to notify, epoch ms. */
  when: z.number(),
  eventId: IdSchema,
  occurrenceLocalStart: LocalStartSchema,
});
export type Reminder = z.infer<typeof ReminderSchema>;

const PREFIX = 'reminder:';
/** Missed reminders older than this are dropped: a note about a morning post is noise by evening. */
export const MAX_LATE_MS = 6 * 60 * MINUTE_MS;
export const MAX_REMINDERS = 500;

export function alarmName(eventId: string, localStart: string): string {
  return `${PREFIX}${eventId}:${localStart}`;
}

/** Event ids may hold ":", so the local start is read from the end. */
export function parseAlarmName(name: string): { eventId: string; localStart: string } | null {
  if (!name.startsWith(PREFIX)) return null;
  const m = /^(.+):(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)$/.exec(name.slice(PREFIX.length));
  return m && m[1] && m[2] ? { eventId: m[1], localStart: m[2] } : null;
}

/** Reminders with `after < when <= until`, sorted by time. */
function remindersBetween(events: readonly CalendarEvent[], after: number, until: number, limit: number): Reminder[] {
  const byName = new Map<string, Reminder>();
  if (!(until > after)) return [];
  for (const e of events) {
    if (e.reminderMinutes === null) continue;
    const lead = e.reminderMinutes * MINUTE_MS;
    const range = { from: new Date(after + lead), to: new Date(until + lead + 1) };
    for (const o of expandEvent(e, range)) {
      const when = o.start.getTime() - lead;
      if (when <= after || when > until) continue;
      const name = alarmName(e.id, o.localStart);
      byName.set(name, { alarmName: name, when, eventId: e.id, occurrenceLocalStart: o.localStart });
    }
  }
  return [...byName.values()].sort((a, b) => a.when - b.when || (a.alarmName < b.alarmName ? -1 : 1)).slice(0, limit);
}

/** Alarms to arm for reminders after `now` and up to `now + horizonMs`. */
export function nextReminders(events: readonly CalendarEvent[], now: Date, horizonMs: number, limit = MAX_REMINDERS): Reminder[] {
  return remindersBetween(events, now.getTime(), now.getTime() + horizonMs, limit);
}

/**
 * Reminders that came due while the browser was closed: after `lastFiredAt` and up to `now`,
 * but no older than `maxLateMs`. Each comes back once, as long as the caller then stores
 * `now` as its new lastFiredAt. Never run before (null): nothing to catch up.
 */
export function dueReminders(
  events: readonly CalendarEvent[],
  lastFiredAt: Date | number | null,
  now: Date,
  maxLateMs = MAX_LATE_MS,
): Reminder[] {
  if (lastFiredAt === null) return [];
  const last = typeof lastFiredAt === 'number' ? lastFiredAt : lastFiredAt.getTime();
  return remindersBetween(events, Math.max(last, now.getTime() - maxLateMs), now.getTime(), MAX_REMINDERS);
}
