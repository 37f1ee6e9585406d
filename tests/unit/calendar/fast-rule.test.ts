import { describe, expect, it } from 'vitest';
import { daysFromCivil, DAY_MS, formatWallMs } from '../../../lib/calendar/civil';
import { expandFast } from '../../../lib/calendar/fast-rule';
import { expandWithRrule } from '../../../lib/calendar/rrule-fallback';
import { parseRule } from '../../../lib/calendar/rule';

// The focused iterator exists for speed (see fast-rule.ts); rrule is the reference it must match.
const RULES = [
  'FREQ=DAILY', 'FREQ=DAILY;INTERVAL=3', 'FREQ=DAILY;BYDAY=MO,FR', 'FREQ=DAILY;BYMONTH=2,7', 'FREQ=DAILY;BYMONTHDAY=1,-1',
  'FREQ=WEEKLY', 'FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=SA', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;WKST=SU', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=SA,SU;WKST=MO', 'FREQ=WEEKLY;BYDAY=MO;BYMONTH=1,12',
  'FREQ=WEEKLY;BYDAY=MO;COUNT=10', 'FREQ=WEEKLY;INTERVAL=2;COUNT=7;BYDAY=MO,TH',
  'FREQ=MONTHLY', 'FREQ=MONTHLY;INTERVAL=2', 'FREQ=MONTHLY;BYMONTHDAY=31', 'FREQ=MONTHLY;BYMONTHDAY=-1', 'FREQ=MONTHLY;BYMONTHDAY=1,15,-2',
  'FREQ=MONTHLY;BYDAY=1MO', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=MONTHLY;BYDAY=2TU,4TU', 'FREQ=MONTHLY;BYDAY=5WE', 'FREQ=MONTHLY;BYDAY=-2SU',
  'FREQ=MONTHLY;BYDAY=MO', 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO;COUNT=5', 'FREQ=MONTHLY;BYMONTH=3,9;BYDAY=-1SU',
  'FREQ=YEARLY', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', 'FREQ=YEARLY;BYMONTHDAY=1', 'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1',
  'FREQ=YEARLY;INTERVAL=2;COUNT=3', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
];
const STARTS = ['2024-02-29T09:00', '2025-01-31T18:30', '2025-06-03T00:00', '2026-03-29T02:30', '2025-12-28T23:15'];

function wall(local: string): number {
  const [d, t] = local.split('T') as [string, string];
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const [h, mi] = t.split(':').map(Number) as [number, number];
  return daysFromCivil(y, m, day) * DAY_MS + (h * 60 + mi) * 60_000;
}

describe('fast-rule matches rrule', () => {
  for (const source of RULES) {
    it(source, () => {
      const parsed = parseRule(source);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.rule.fast).toBe(true);
      for (const start of STARTS) {
        for (const [from, to] of [['2024-01-01T00:00', '2027-12-31T23:59'], ['2026-05-10T00:00', '2026-09-01T00:00']] as const) {
          const w = { fromWall: wall(from), toWall: wall(to), untilWall: null, limit: 10_000 };
          const fast = expandFast(parsed.rule, wall(start), w).map((x) => formatWallMs(x, false));
          const ref = expandWithRrule(parsed.rule, wall(start), w).map((x) => formatWallMs(x, false));
          expect(fast, `${source} from ${start} in ${from}…${to}`).toEqual(ref);
        }
      }
    });
  }

  it('honours an UNTIL the same way', () => {
    const parsed = parseRule('FREQ=WEEKLY;BYDAY=MO,TH');
    if (!parsed.ok) throw new Error(parsed.reason);
    const w = { fromWall: wall('2026-01-01T00:00'), toWall: wall('2027-01-01T00:00'), untilWall: wall('2026-02-12T09:00'), limit: 100 };
    const fast = expandFast(parsed.rule, wall('2026-01-05T09:00'), w);
    expect(fast).toEqual(expandWithRrule(parsed.rule, wall('2026-01-05T09:00'), w));
    expect(fast).toHaveLength(12);
  });
});

describe('parseRule', () => {
  it('sends rules outside the focused subset to rrule', () => {
    for (const r of ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'FREQ=HOURLY;INTERVAL=6', 'FREQ=YEARLY;BYDAY=20MO', 'FREQ=WEEKLY;BYHOUR=9,17']) {
      const p = parseRule(r);
      expect(p.ok && !p.rule.fast, r).toBe(true);
    }
  });

  it('rejects rules that are not RFC 5545', () => {
    for (const r of ['', 'BYDAY=MO', 'FREQ=FORTNIGHTLY', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=MONTHLY;BYMONTHDAY=32', 'FREQ=WEEKLY;COUNT=0',
      'FREQ=WEEKLY;COUNT=3;UNTIL=20260101', 'FREQ=WEEKLY;UNTIL=2026-01-01', 'FREQ=WEEKLY;FREQ=DAILY', 'FREQ=WEEKLY;COLOR=red', 'FREQ=MONTHLY;BYDAY=0MO']) {
      expect(parseRule(r).ok, r).toBe(false);
    }
  });

  it('accepts an RRULE: prefix and lower case', () => {
    const p = parseRule('RRULE:freq=weekly;byday=mo');
    expect(p.ok && p.rule.source).toBe('FREQ=WEEKLY;BYDAY=MO');
  });
});
