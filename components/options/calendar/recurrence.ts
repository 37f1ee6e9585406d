// The repeat choices of the event editor and the RRULE they stand for. Only what the form can
// show is turned into fields; any other rule (from an imported file) is kept as it is.
import { civilFromDays, daysInMonth, dayToDays, WEEKDAY_CODES, type WeekdayCode } from '@/lib/calendar/civil';
import { parseRule } from '@/lib/calendar/rule';

export type RepeatKind = 'none' | 'weekly' | 'monthly-day' | 'monthly-weekday' | 'custom';
export type RepeatEnd = 'never' | 'until' | 'count';

export interface RepeatForm {
  kind: RepeatKind;
  /** Weekly: which days. */
  days: WeekdayCode[];
  /** Weekly: every N weeks. */
  interval: number;
  end: RepeatEnd;
  /** "YYYY-MM-DD", the last day included. */
  until: string;
  count: number;
  /** The rule as stored, for kind 'custom'. */
  raw: string;
}

/** Which weekday of its month a date is: 1 to 4, or -1 for the last one (a 5th is always the last). */
export function nthWeekday(day: string): { n: 1 | 2 | 3 | 4 | -1; weekday: WeekdayCode } {
  const d = dayToDays(day) ?? 0;
  const { year, month, day: dom } = civilFromDays(d);
  const weekday = WEEKDAY_CODES[(((d + 3) % 7) + 7) % 7]!;
  const n = dom + 7 > daysInMonth(year, month) ? -1 : (Math.ceil(dom / 7) as 1 | 2 | 3 | 4);
  return { n, weekday };
}

export function defaultRepeat(startDay: string): RepeatForm {
  return { kind: 'none', days: [nthWeekday(startDay).weekday], interval: 1, end: 'never', until: '', count: 10, raw: '' };
}

const basic = (day: string) => day.replaceAll('-', '');

export function toRule(form: RepeatForm, startDay: string): string | null {
  if (form.kind === 'none') return null;
  if (form.kind === 'custom') return form.raw;
  const parts: string[] = [];
  if (form.kind === 'weekly') {
    parts.push('FREQ=WEEKLY');
    if (form.interval > 1) parts.push(`INTERVAL=${form.interval}`);
    const days = WEEKDAY_CODES.filter((c) => form.days.includes(c));
    parts.push(`BYDAY=${days.join(',')}`);
  } else if (form.kind === 'monthly-day') {
    parts.push('FREQ=MONTHLY', `BYMONTHDAY=${Number(startDay.slice(8, 10))}`);
  } else {
    const { n, weekday } = nthWeekday(startDay);
    parts.push('FREQ=MONTHLY', `BYDAY=${n}${weekday}`);
  }
  // A date-only UNTIL includes that whole day, whatever the start time.
  if (form.end === 'until' && form.until) parts.push(`UNTIL=${basic(form.until)}`);
  if (form.end === 'count') parts.push(`COUNT=${Math.max(1, Math.floor(form.count))}`);
  return parts.join(';');
}

function untilDay(wallMs: number): string {
  const { year, month, day } = civilFromDays(Math.floor(wallMs / 86_400_000));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function normalized(rule: string | null): string | null {
  const parsed = rule ? parseRule(rule) : null;
  if (!parsed?.ok) return null;
  const { source: _source, fast: _fast, byDay, ...rest } = parsed.rule;
  const days = byDay ? [...byDay].sort((a, b) => a.weekday - b.weekday || (a.n ?? 0) - (b.n ?? 0)) : null;
  return JSON.stringify({ ...rest, byDay: days });
}

function sameRule(a: string | null, b: string): boolean {
  const x = normalized(a);
  return x !== null && x === normalized(b);
}

export function fromRule(rrule: string | null, startDay: string): RepeatForm {
  const form = defaultRepeat(startDay);
  if (!rrule) return form;
  const parsed = parseRule(rrule);
  const custom = { ...form, kind: 'custom' as const, raw: rrule };
  if (!parsed.ok) return custom;
  const r = parsed.rule;
  if (r.byMonth || r.byMonthDay?.length === 0) return custom;
  const end: Partial<RepeatForm> = r.count !== null
    ? { end: 'count', count: r.count }
    : r.until
      ? { end: 'until', until: untilDay(r.until.kind === 'utc' ? r.until.ms : r.until.wallMs) }
      : {};
  // Only a rule the form would write back unchanged is shown as fields; BYDAY order does not matter.
  const rebuilt = (f: RepeatForm) => (sameRule(toRule(f, startDay), r.source) ? f : custom);
  if (r.freq === 'WEEKLY' && r.byDay && r.byDay.every((d) => d.n === null) && !r.byMonthDay) {
    return rebuilt({ ...form, ...end, kind: 'weekly', interval: r.interval, days: r.byDay.map((d) => WEEKDAY_CODES[d.weekday]!) });
  }
  if (r.freq === 'MONTHLY' && r.interval === 1) {
    if (r.byMonthDay && !r.byDay) return rebuilt({ ...form, ...end, kind: 'monthly-day' });
    if (r.byDay && !r.byMonthDay) return rebuilt({ ...form, ...end, kind: 'monthly-weekday' });
  }
  return custom;
}
