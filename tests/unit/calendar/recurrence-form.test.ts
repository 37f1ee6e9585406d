import { describe, expect, it } from 'vitest';
import { defaultRepeat, fromRule, nthWeekday, toRule } from '../../../components/options/calendar/recurrence';

describe('the repeat choices of the event editor', () => {
  it('knows which weekday of its month a date is', () => {
    expect(nthWeekday('2026-12-07')).toEqual({ n: 1, weekday: 'MO' });
    expect(nthWeekday('2026-12-15')).toEqual({ n: 3, weekday: 'TU' });
    // 29 December is the last Tuesday: "last" rather than "fifth".
    expect(nthWeekday('2026-12-29')).toEqual({ n: -1, weekday: 'TU' });
  });

  it('writes weekly, every-N-weeks, monthly by day and by weekday rules with their end', () => {
    const base = defaultRepeat('2026-12-07');
    expect(toRule(base, '2026-12-07')).toBeNull();
    expect(toRule({ ...base, kind: 'weekly', days: ['FR', 'MO'] }, '2026-12-07')).toBe('FREQ=WEEKLY;BYDAY=MO,FR');
    expect(toRule({ ...base, kind: 'weekly', interval: 2, end: 'count', count: 6 }, '2026-12-07')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=6');
    expect(toRule({ ...base, kind: 'monthly-day', end: 'until', until: '2027-06-30' }, '2026-12-07')).toBe('FREQ=MONTHLY;BYMONTHDAY=7;UNTIL=20270630');
    expect(toRule({ ...base, kind: 'monthly-weekday' }, '2026-12-29')).toBe('FREQ=MONTHLY;BYDAY=-1TU');
  });

  it('reads back what it wrote, whatever the BYDAY order', () => {
    for (const rule of ['FREQ=WEEKLY;BYDAY=MO,FR', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=6', 'FREQ=MONTHLY;BYMONTHDAY=7;UNTIL=20270630', 'FREQ=MONTHLY;BYDAY=1MO']) {
      const form = fromRule(rule, '2026-12-07');
      expect(form.kind, rule).not.toBe('custom');
      expect(toRule(form, '2026-12-07')).toBe(rule);
    }
    expect(fromRule('FREQ=WEEKLY;BYDAY=FR,MO', '2026-12-07')).toMatchObject({ kind: 'weekly', days: ['FR', 'MO'] });
  });

  it('keeps any other rule as it is', () => {
    for (const rule of ['FREQ=YEARLY;BYMONTH=3', 'FREQ=DAILY', 'FREQ=MONTHLY;BYDAY=2TU;BYSETPOS=1', 'FREQ=MONTHLY;BYMONTHDAY=15']) {
      const form = fromRule(rule, '2026-12-07');
      expect(form.kind, rule).toBe('custom');
      expect(toRule(form, '2026-12-07')).toBe(rule);
    }
  });
});
