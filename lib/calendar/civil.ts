// Calendar arithmetic on "civil" (wall-clock) dates, free of any time zone.
// Dates are day numbers (days since 1970-01-01) and wall clocks are milliseconds since
// 1970-01-01T00:00 *as if it were UTC*: the recurrence code iterates in this floating time
// and only zone.ts turns a wall clock into an instant. Integer maths keeps the expander fast
// (no Date objects per candidate day).

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** Monday = 0 … Sunday = 6, the order of RFC 5545 weekday codes (and our WeekdaySchema). */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export interface LocalParts extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  allDay: boolean;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's days_from_civil. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Monday = 0 … Sunday = 6. 1970-01-01 was a Thursday (3). */
export function weekdayOfDays(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm[:ss]"; null when the shape or a component is impossible. */
export function parseLocal(value: string): LocalParts | null {
  const m = LOCAL_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const allDay = m[4] === undefined;
  const hour = allDay ? 0 : Number(m[4]);
  const minute = allDay ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second, allDay };
}

/** Wall-clock milliseconds of a local start (floating, see file comment). */
export function localToWallMs(parts: LocalParts): number {
  return daysFromCivil(parts.year, parts.month, parts.day) * DAY_MS + ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

// Formatting was most of the expander's time; a year of occurrences reuses ~365 day strings
// and a handful of times, so both are memoised (bounded).
const dayStrings = new Map<number, string>();
const timeStrings: string[] = [];

export function formatDay(days: number): string {
  let s = dayStrings.get(days);
  if (s === undefined) {
    const { year, month, day } = civilFromDays(days);
    s = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (dayStrings.size > 50_000) dayStrings.clear();
    dayStrings.set(days, s);
  }
  return s;
}

/** "YYYY-MM-DD" for all-day, "YYYY-MM-DDTHH:mm" otherwise (":ss" only when not zero). */
export function formatWallMs(wallMs: number, allDay: boolean): string {
  const days = Math.floor(wallMs / DAY_MS);
  const date = formatDay(days);
  if (allDay) return date;
  const secs = Math.floor((wallMs - days * DAY_MS) / 1000);
  if (secs % 60 === 0) {
    const minute = secs / 60;
    let time = timeStrings[minute];
    if (time === undefined) {
      time = `T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
      timeStrings[minute] = time;
    }
    return date + time;
  }
  return `${date}T${pad(Math.floor(secs / 3600))}:${pad(Math.floor((secs % 3600) / 60))}:${pad(secs % 60)}`;
}

/** Canonical form used to compare local starts ("…T09:00:00" and "…T09:00" are the same start). */
export function normalizeLocal(value: string): string | null {
  const parts = parseLocal(value);
  return parts ? formatWallMs(localToWallMs(parts), parts.allDay) : null;
}

export function dayToDays(day: string): number | null {
  const parts = parseLocal(day);
  return parts && parts.allDay ? daysFromCivil(parts.year, parts.month, parts.day) : null;
}

export function addDays(day: string, delta: number): string {
  const days = dayToDays(day);
  if (days === null) throw new RangeError(`not a day: ${day}`);
  return formatDay(days + delta);
}
