import { z } from 'zod';
import { IdSchema } from '../schema/common';
import { LocalStartSchema, type CalendarEvent } from '../schema/calendar';
import { DAY_MS, formatWallMs, localToWallMs, MINUTE_MS, normalizeLocal, parseLocal } from './civil';
import { expandFast, type WallWindow } from './fast-rule';
import { expandWithRrule } from './rrule-fallback';
import { parseRule, type ParsedRule } from './rule';
import { instantToWallMs, isValidTimeZone, wallMsToInstantMs } from './zone';

/**
 * One occurrence of an event. `start` is an instant for sorting and alarms; for an all-day
 * occurrence it is midnight in the event's zone, but the day itself is `localStart`
 * ("2026-12-07"): an all-day event is a day, not an instant, so list it by `localStart`.
 */
export const OccurrenceSchema = z.object({
  eventId: IdSchema,
  start: z.date(),
  localStart: LocalStartSchema,
  end: z.date().nullable(),
  allDay: z.boolean(),
});
export type Occurrence = z.infer<typeof OccurrenceSchema>;

export interface Range {
  from: Date;
  to: Date;
}

/** A daily series over a long range stays bounded; far above any view the product shows. */
export const MAX_OCCURRENCES_PER_EVENT = 10_000;

interface Anchor {
  startWall: number;
  allDay: boolean;
  /** All-day: days covered; timed: minutes, null when the event has no duration. */
  spanDays: number;
  durationMs: number | null;
  rule: ParsedRule | null;
}

function anchorOf(event: CalendarEvent): Anchor | null {
  if (!isValidTimeZone(event.timeZone)) return null;
  const parts = parseLocal(event.start);
  if (!parts) return null;
  const parsed = event.rrule ? parseRule(event.rrule) : null;
  return {
    startWall: localToWallMs(parts),
    allDay: parts.allDay,
    spanDays: Math.max(1, Math.ceil((event.durationMinutes ?? 0) / 1440)),
    durationMs: event.durationMinutes === null ? null : event.durationMinutes * MINUTE_MS,
    // A stored rule we cannot read still shows its first occurrence rather than nothing.
    rule: parsed && parsed.ok ? parsed.rule : null,
  };
}

function untilWall(rule: ParsedRule, timeZone: string): number | null {
  const u = rule.until;
  if (!u) return null;
  if (u.kind === 'utc') return instantToWallMs(u.ms, timeZone);
  // A date-only UNTIL includes that whole day.
  return u.dateOnly ? u.wallMs + DAY_MS - 1 : u.wallMs;
}

/** Wall-clock starts in the inclusive wall window, before EXDATEs are applied. */
function wallStarts(a: Anchor, timeZone: string, fromWall: number, toWall: number, limit: number): number[] {
  if (!a.rule) return a.startWall >= fromWall && a.startWall <= toWall ? [a.startWall] : [];
  const w: WallWindow = { fromWall, toWall, untilWall: untilWall(a.rule, timeZone), limit };
  return a.rule.fast ? expandFast(a.rule, a.startWall, w) : expandWithRrule(a.rule, a.startWall, w);
}

function exdateSet(event: CalendarEvent): Set<string> {
  const out = new Set<string>();
  for (const x of event.exdates) {
    const n = normalizeLocal(x);
    if (n) out.add(n);
  }
  return out;
}

/** Occurrences of one event that intersect [from, to); an event without duration must start inside. */
export function expandEvent(event: CalendarEvent, range: Range): Occurrence[] {
  const a = anchorOf(event);
  if (!a) return [];
  const from = range.from.getTime();
  const to = range.to.getTime();
  if (!(to > from)) return [];
  const tz = event.timeZone;
  const spanMs = a.allDay ? a.spanDays * DAY_MS : (a.durationMs ?? 0);
  // A day of slack on each side covers any zone offset and DST shift; exact filtering follows.
  const fromWall = instantToWallMs(from, tz) - spanMs - DAY_MS;
  const toWall = instantToWallMs(to, tz) + DAY_MS;
  const excluded = event.exdates.length > 0 ? exdateSet(event) : null;
  const out: Occurrence[] = [];
  for (const wall of wallStarts(a, tz, fromWall, toWall, MAX_OCCURRENCES_PER_EVENT)) {
    const localStart = formatWallMs(wall, a.allDay);
    if (excluded?.has(localStart)) continue;
    const start = wallMsToInstantMs(wall, tz);
    let end: number | null;
    if (a.allDay) end = wallMsToInstantMs(wall + a.spanDays * DAY_MS, tz);
    else end = a.durationMs === null ? null : start + a.durationMs;
    if (start >= to) continue;
    if (start < from && (end === null || end <= from)) continue;
    out.push({ eventId: event.id, start: new Date(start), localStart, end: end === null ? null : new Date(end), allDay: a.allDay });
  }
  return out;
}

function compareOccurrences(x: Occurrence, y: Occurrence): number {
  const d = x.start.getTime() - y.start.getTime();
  if (d !== 0) return d;
  return x.eventId < y.eventId ? -1 : x.eventId > y.eventId ? 1 : 0;
}

/**
 * Every occurrence of the events that intersects [from, to), sorted by start. Events whose
 * zone or start cannot be read are left out rather than shown at a wrong time.
 */
export function expandOccurrences(events: readonly CalendarEvent[], range: Range): Occurrence[] {
  const out: Occurrence[] = [];
  for (const e of events) {
    const list = expandEvent(e, range);
    for (const o of list) out.push(o);
  }
  return out.sort(compareOccurrences);
}

/** True when `localStart` is a (not excluded) occurrence of the event. */
export function occursAt(event: CalendarEvent, localStart: string): boolean {
  const target = normalizeLocal(localStart);
  const a = anchorOf(event);
  if (!target || !a) return false;
  const parts = parseLocal(target);
  if (!parts || parts.allDay !== a.allDay) return false;
  if (exdateSet(event).has(target)) return false;
  const wall = localToWallMs(parts);
  return wallStarts(a, event.timeZone, wall, wall, 1).includes(wall);
}
