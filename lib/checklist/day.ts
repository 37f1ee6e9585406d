// Which checklist day it is. A CM's day does not end at midnight: until dayStartHour (04:00 by
// default) late-evening work still counts for the day before.
import { DAY_MS, formatDay } from '../calendar/civil';
import { instantToWallMs, wallMsToInstantMs } from '../calendar/zone';

/** Settings.dayStartHour defaults to the same hour. */
export const DEFAULT_DAY_START_HOUR = 4;
const HOUR_MS = 3_600_000;

/**
 * The day, "YYYY-MM-DD", whose list is open at `now`: at 03:59 on Tuesday it is still Monday's.
 * Read on the local wall clock, so DST nights (23 or 25 hours) need no special case.
 * Throws RangeError for an unknown zone.
 */
export function dayKey(now: Date, dayStartHour: number, timeZone: string): string {
  const wall = instantToWallMs(now.getTime(), timeZone);
  return formatDay(Math.floor((wall - dayStartHour * HOUR_MS) / DAY_MS));
}

/**
 * The instants the day's list covers, [from, to): from dayStartHour that day to dayStartHour
 * the next. Expand the calendar over this range to get the day's occurrences. An hour that
 * the spring-forward gap skips starts the day at the first instant after it.
 */
export function dayBounds(day: string, dayStartHour: number, timeZone: string): { from: Date; to: Date } {
  const days = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
  if (!Number.isInteger(days)) throw new RangeError(`not a day: ${day}`);
  const at = (d: number): Date => new Date(wallMsToInstantMs(d * DAY_MS + dayStartHour * HOUR_MS, timeZone));
  return { from: at(days), to: at(days + 1) };
}
