// Day arithmetic for the calendar grid, on "YYYY-MM-DD" strings in the CM's zone. Weeks start
// on Monday, as in France and ISO 8601.
import { addDays, civilFromDays, daysInMonth, dayToDays, formatDay, weekdayOfDays } from '@/lib/calendar/civil';
import { instantToLocal, isValidTimeZone, zonedWallClockToInstant } from '@/lib/calendar/zone';

export { addDays };

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

export function todayIn(timeZone: string, now = new Date()): string {
  return instantToLocal(now, timeZone, true);
}

function days(day: string): number {
  const d = dayToDays(day);
  if (d === null) throw new RangeError(`not a day: ${day}`);
  return d;
}

/** Monday = 0 … Sunday = 6. */
export function weekday(day: string): number {
  return weekdayOfDays(days(day));
}

export function weekStart(day: string): string {
  return addDays(day, -weekday(day));
}

export function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** The same day of the next or previous month, on its last day when that month is shorter. */
export function addMonths(day: string, delta: number): string {
  const { year, month, day: dom } = civilFromDays(days(day));
  const index = year * 12 + (month - 1) + delta;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(dom, daysInMonth(y, m))).padStart(2, '0')}`;
}

/** The days shown: one week, or six whole weeks around the month. */
export function visibleDays(anchor: string, mode: 'week' | 'month'): string[] {
  const first = mode === 'week' ? weekStart(anchor) : weekStart(monthStart(anchor));
  const count = mode === 'week' ? 7 : 42;
  const start = days(first);
  return Array.from({ length: count }, (_, i) => formatDay(start + i));
}

/** The instants the visible days cover on the CM's wall clock, for expandOccurrences. */
export function rangeOf(list: readonly string[], timeZone: string): { from: Date; to: Date } {
  const first = list[0]!;
  const after = addDays(list[list.length - 1]!, 1);
  return { from: zonedWallClockToInstant(`${first}T00:00`, timeZone), to: zonedWallClockToInstant(`${after}T00:00`, timeZone) };
}

// Noon UTC names the same calendar day in every zone; formatting is for display only.
const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

export function formatDate(day: string, locale: string, opts: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(asDate(day));
}

export function periodLabel(anchor: string, mode: 'week' | 'month', locale: string): string {
  if (mode === 'month') return formatDate(anchor, locale, { month: 'long', year: 'numeric' });
  const list = visibleDays(anchor, 'week');
  const fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return fmt.formatRange(asDate(list[0]!), asDate(list[6]!));
}

/** Monday … Sunday in the CM's language. */
export function weekdayNames(locale: string, style: 'long' | 'short'): string[] {
  return visibleDays('2026-01-05', 'week').map((d) => formatDate(d, locale, { weekday: style }));
}
