// VTIMEZONE blocks for exported files. RFC 5545 wants one per TZID used, and desktop Outlook
// reads a TZID it does not know as UTC without it. We have no tz database, so the rules are
// rebuilt from Intl: the offset changes found in a year, written as yearly BYDAY rules.
import { civilFromDays, DAY_MS, daysInMonth, formatWallMs, WEEKDAY_CODES } from './civil';
import { localToBasic } from './ics-text';
import { offsetAt } from './zone';

interface Transition {
  at: number;
  from: number;
  to: number;
}

function transitionsIn(timeZone: string, year: number): Transition[] {
  const out: Transition[] = [];
  const first = Date.UTC(year, 0, 1) / DAY_MS;
  const last = Date.UTC(year + 1, 0, 1) / DAY_MS;
  let prev = offsetAt(first * DAY_MS, timeZone);
  for (let day = first + 1; day <= last; day++) {
    const o = offsetAt(day * DAY_MS, timeZone);
    if (o === prev) continue;
    // Binary search for the first minute of the day on the new offset.
    let lo = (day - 1) * DAY_MS;
    let hi = day * DAY_MS;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: o });
    prev = o;
  }
  return out;
}

function formatOffset(ms: number): string {
  const total = Math.round(Math.abs(ms) / 60_000);
  return `${ms < 0 ? '-' : '+'}${String(Math.floor(total / 60)).padStart(2, '0')}${String(total % 60).padStart(2, '0')}`;
}

/** Unfolded lines of a VTIMEZONE for the zone as it stands in `year` (the earliest exported year). */
export function vtimezoneLines(timeZone: string, year: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const changes = transitionsIn(timeZone, year);
  if (changes.length === 0) {
    const o = formatOffset(offsetAt(Date.UTC(year, 0, 1), timeZone));
    lines.push('BEGIN:STANDARD', `DTSTART:${year}0101T000000`, `TZOFFSETFROM:${o}`, `TZOFFSETTO:${o}`, 'END:STANDARD');
  }
  for (const t of changes) {
    // DTSTART of an observance is the wall clock of the change, read on the old offset.
    const wall = t.at + t.from;
    const date = civilFromDays(Math.floor(wall / DAY_MS));
    const weekday = WEEKDAY_CODES[(((Math.floor(wall / DAY_MS) + 3) % 7) + 7) % 7];
    const n = date.day > daysInMonth(date.year, date.month) - 7 ? -1 : Math.ceil(date.day / 7);
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${localToBasic(formatWallMs(wall, false))}`);
    // A yearly rule only when the zone changes both ways every year, as DST zones do.
    if (changes.length === 2) lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${date.month};BYDAY=${n}${weekday}`);
    lines.push(`TZOFFSETFROM:${formatOffset(t.from)}`, `TZOFFSETTO:${formatOffset(t.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
