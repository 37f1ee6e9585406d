// Our own reading of an RRULE value. It validates rules on import and on save, and tells the
// expander whether the focused iterator (fast-rule.ts) covers the rule or rrule must run it.
import { daysFromCivil, DAY_MS, WEEKDAY_CODES, type WeekdayCode } from './civil';

export const FREQS = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'] as const;
export type Freq = (typeof FREQS)[number];

/** weekday: Monday = 0 … Sunday = 6; n: ordinal such as 1 (1MO) or -1 (-1FR), null for every such day. */
export interface ByDay {
  weekday: number;
  n: number | null;
}

export type Until =
  | { kind: 'utc'; ms: number }
  | { kind: 'floating'; wallMs: number; dateOnly: boolean };

export interface ParsedRule {
  /** The value without any "RRULE:" prefix, upper-cased, as rrule and .ics files expect it. */
  source: string;
  freq: Freq;
  interval: number;
  count: number | null;
  until: Until | null;
  byDay: ByDay[] | null;
  byMonthDay: number[] | null;
  byMonth: number[] | null;
  wkst: number;
  /** True when fast-rule.ts expands the rule; the rare rest goes through rrule. */
  fast: boolean;
}

export type RuleResult = { ok: true; rule: ParsedRule } | { ok: false; reason: string };

const ADVANCED = ['BYSETPOS', 'BYYEARDAY', 'BYWEEKNO', 'BYHOUR', 'BYMINUTE', 'BYSECOND'] as const;
const ADVANCED_BOUNDS: Record<(typeof ADVANCED)[number], [number, number, boolean]> = {
  BYSETPOS: [-366, 366, false],
  BYYEARDAY: [-366, 366, false],
  BYWEEKNO: [-53, 53, false],
  BYHOUR: [0, 23, true],
  BYMINUTE: [0, 59, true],
  BYSECOND: [0, 60, true],
};

function intList(value: string, min: number, max: number, zeroOk: boolean): number[] | null {
  const out: number[] = [];
  for (const part of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n < min || n > max || (n === 0 && !zeroOk)) return null;
    out.push(n);
  }
  return out;
}

function weekdayIndex(code: string): number {
  return WEEKDAY_CODES.indexOf(code as WeekdayCode);
}

function parseByDay(value: string): ByDay[] | null {
  const out: ByDay[] = [];
  for (const part of value.split(',')) {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(part);
    if (!m || m[2] === undefined) return null;
    const n = m[1] === undefined ? null : Number(m[1]);
    if (n !== null && (n === 0 || Math.abs(n) > 53)) return null;
    out.push({ weekday: weekdayIndex(m[2]), n });
  }
  return out;
}

function parseUntil(value: string): Until | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const wallMs = daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000;
  if (m[7] === 'Z') return { kind: 'utc', ms: wallMs };
  return { kind: 'floating', wallMs, dateOnly: m[4] === undefined };
}

/** Which rules the focused iterator covers; see fast-rule.ts for why it exists. */
function isFast(r: Omit<ParsedRule, 'fast' | 'source'>, advanced: boolean): boolean {
  if (advanced) return false;
  const ordinals = r.byDay?.some((d) => d.n !== null) ?? false;
  switch (r.freq) {
    case 'DAILY':
      return !ordinals;
    case 'WEEKLY':
      return !ordinals && r.byMonthDay === null;
    case 'MONTHLY':
      return !(ordinals && r.byMonthDay !== null);
    case 'YEARLY':
      return r.byDay === null || (r.byMonth !== null && !(ordinals && r.byMonthDay !== null));
    default:
      return false;
  }
}

const ruleCache = new Map<string, RuleResult>();

export function parseRule(value: string): RuleResult {
  const cached = ruleCache.get(value);
  if (cached) return cached;
  const result = parseRuleUncached(value);
  if (ruleCache.size > 5_000) ruleCache.clear();
  ruleCache.set(value, result);
  return result;
}

function parseRuleUncached(value: string): RuleResult {
  // Upper case: rrule and some calendar apps only read upper-case names and weekday codes.
  const source = value.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (source.length === 0) return { ok: false, reason: 'empty rule' };
  const seen = new Set<string>();
  let freq: Freq | null = null;
  let interval = 1;
  let count: number | null = null;
  let until: Until | null = null;
  let byDay: ByDay[] | null = null;
  let byMonthDay: number[] | null = null;
  let byMonth: number[] | null = null;
  let wkst = 0;
  let advanced = false;
  for (const part of source.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return { ok: false, reason: `"${part}" is not NAME=VALUE` };
    const key = part.slice(0, eq).toUpperCase();
    const val = part.slice(eq + 1).toUpperCase();
    if (seen.has(key)) return { ok: false, reason: `${key} appears twice` };
    seen.add(key);
    const bad = (): RuleResult => ({ ok: false, reason: `${key}=${val} is not valid` });
    switch (key) {
      case 'FREQ':
        if (!(FREQS as readonly string[]).includes(val)) return bad();
        freq = val as Freq;
        break;
      case 'INTERVAL':
      case 'COUNT': {
        if (!/^\d{1,6}$/.test(val) || Number(val) < 1) return bad();
        if (key === 'INTERVAL') interval = Number(val);
        else count = Number(val);
        break;
      }
      case 'UNTIL':
        until = parseUntil(val);
        if (!until) return bad();
        break;
      case 'BYDAY':
        byDay = parseByDay(val);
        if (!byDay) return bad();
        break;
      case 'BYMONTHDAY':
        byMonthDay = intList(val, -31, 31, false);
        if (!byMonthDay) return bad();
        break;
      case 'BYMONTH':
        byMonth = intList(val, 1, 12, false);
        if (!byMonth) return bad();
        break;
      case 'WKST':
        wkst = weekdayIndex(val);
        if (wkst < 0) return bad();
        break;
      default: {
        if (!(ADVANCED as readonly string[]).includes(key)) return { ok: false, reason: `unknown rule part ${key}` };
        const [min, max, zeroOk] = ADVANCED_BOUNDS[key as (typeof ADVANCED)[number]];
        if (!intList(val, min, max, zeroOk)) return bad();
        advanced = true;
      }
    }
  }
  if (freq === null) return { ok: false, reason: 'FREQ is missing' };
  // RFC 5545 §3.3.10: COUNT and UNTIL MUST NOT occur together.
  if (count !== null && until !== null) return { ok: false, reason: 'COUNT and UNTIL cannot both be set' };
  const base = { freq, interval, count, until, byDay, byMonthDay, byMonth, wkst };
  return { ok: true, rule: { ...base, source, fast: isFast(base, advanced) } };
}
