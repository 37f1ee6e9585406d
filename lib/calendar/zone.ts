// Wall clock ↔ instant in an IANA zone, from Intl.DateTimeFormat offsets only (no tz database
// shipped). rrule's own tzid support converts through the browser's local zone and drifts
// around DST, so the calendar iterates in floating wall-clock time and converts here.
import { DAY_MS, formatWallMs, localToWallMs, parseLocal } from './civil';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  return timeZone.length > 0 && formatterFor(timeZone) !== null;
}

/** Offset (wall − instant) in ms at an instant, straight from Intl: ~3 µs a call, hence the caches below. */
function exactOffsetMs(ms: number, timeZone: string): number {
  const f = formatterFor(timeZone);
  if (!f) throw new RangeError(`unknown time zone: ${timeZone}`);
  const whole = Math.floor(ms / 1000) * 1000;
  let y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0;
  for (const p of f.formatToParts(new Date(whole))) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') mo = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
    else if (p.type === 'hour') h = Number(p.value) % 24;
    else if (p.type === 'minute') mi = Number(p.value);
    else if (p.type === 'second') s = Number(p.value);
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  return wall - whole;
}

// Offsets change on ~2 days a year, and Intl is the slow part of a cold expansion. So offsets
// are cached at week starts, then day starts, then minutes: when a week (or day) starts and
// ends on the same offset it held it throughout, since no zone changes offset twice within a
// week and comes back. A year costs ~53 Intl calls per zone plus the two transition weeks.
const WEEK_MS = 7 * DAY_MS;
const CACHE_LIMIT = 200_000;

interface ZoneCache {
  /** Offset at an instant that starts a block (week or day), keyed by instant. */
  starts: Map<number, number>;
  /** Week / day index → the offset held all through it, or NaN when it changes inside. */
  weeks: Map<number, number>;
  days: Map<number, number>;
  minutes: Map<number, number>;
}
const zones = new Map<string, ZoneCache>();

function zoneCache(timeZone: string): ZoneCache {
  let c = zones.get(timeZone);
  if (!c || c.starts.size + c.days.size + c.minutes.size > CACHE_LIMIT) {
    c = { starts: new Map(), weeks: new Map(), days: new Map(), minutes: new Map() };
    zones.set(timeZone, c);
  }
  return c;
}

function startOffset(ms: number, timeZone: string, c: ZoneCache): number {
  let o = c.starts.get(ms);
  if (o === undefined) {
    o = exactOffsetMs(ms, timeZone);
    c.starts.set(ms, o);
  }
  return o;
}

function uniformOffset(index: number, size: number, map: Map<number, number>, timeZone: string, c: ZoneCache): number {
  let o = map.get(index);
  if (o === undefined) {
    const a = startOffset(index * size, timeZone, c);
    o = a === startOffset((index + 1) * size, timeZone, c) ? a : NaN;
    map.set(index, o);
  }
  return o;
}

/** Offset in ms at an instant (wall = instant + offset). Throws RangeError for an unknown zone. */
export function offsetAt(ms: number, timeZone: string): number {
  const c = zoneCache(timeZone);
  const week = uniformOffset(Math.floor(ms / WEEK_MS), WEEK_MS, c.weeks, timeZone, c);
  if (!Number.isNaN(week)) return week;
  const day = uniformOffset(Math.floor(ms / DAY_MS), DAY_MS, c.days, timeZone, c);
  if (!Number.isNaN(day)) return day;
  const key = Math.floor(ms / 60_000);
  let o = c.minutes.get(key);
  if (o === undefined) {
    o = exactOffsetMs(key * 60_000, timeZone);
    c.minutes.set(key, o);
  }
  return o;
}

export function instantToWallMs(ms: number, timeZone: string): number {
  return ms + offsetAt(ms, timeZone);
}

/**
 * Instant of a floating wall clock in a zone. In the spring-forward gap (02:30 on 2026-03-29
 * in Paris does not exist) the offset from before the gap applies, which moves the time
 * forward by the gap (03:30 CEST), as RFC 5545 §3.3.5 asks. In the fall-back overlap (02:30
 * on 2026-10-25 happens twice) the first, earlier instant wins.
 */
export function wallMsToInstantMs(wallMs: number, timeZone: string): number {
  // wallMs read as an instant is within ±14 h of the answer, so ±1 day is safely on either side.
  const before = offsetAt(wallMs - DAY_MS, timeZone);
  const after = offsetAt(wallMs + DAY_MS, timeZone);
  if (before === after) return wallMs - before;
  const tBefore = wallMs - before;
  const tAfter = wallMs - after;
  const okBefore = offsetAt(tBefore, timeZone) === before;
  const okAfter = offsetAt(tAfter, timeZone) === after;
  if (okBefore && okAfter) return Math.min(tBefore, tAfter);
  if (okAfter && !okBefore) return tAfter;
  return tBefore;
}

/** "2026-03-29T09:00" in "Europe/Paris" → the instant. Throws RangeError on a bad value or zone. */
export function zonedWallClockToInstant(wall: string, timeZone: string): Date {
  const parts = parseLocal(wall);
  if (!parts) throw new RangeError(`not a local date-time: ${wall}`);
  return new Date(wallMsToInstantMs(localToWallMs(parts), timeZone));
}

/** The wall clock of an instant in a zone, as "YYYY-MM-DDTHH:mm" (or the day with allDay). */
export function instantToLocal(instant: Date | number, timeZone: string, allDay = false): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return formatWallMs(instantToWallMs(ms, timeZone), allDay);
}
