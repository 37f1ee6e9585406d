import { describe, expect, it } from 'vitest';
import { closeDay, completion, streak } from '../../../lib/checklist/history';
import type { TodayItem } from '../../../lib/checklist/today';
import type { ChecklistDay } from '../../../lib/schema/checklist';

const item = (key: string, required = true): TodayItem => ({ key, label: key, why: '', required, done: false, kind: 'routine', order: 0, time: null, url: null });
const t = '2026-01-12T10:00:00.000Z';

function day(d: string, required: number, ticked: number, optionalTicked = 0): ChecklistDay {
  const items = [...Array.from({ length: required }, (_, i) => ({ key: `r${i}`, label: `r${i}`, required: true })), { key: 'opt', label: 'opt', required: false }];
  const done: Record<string, string> = {};
  for (let i = 0; i < ticked; i++) done[`r${i}`] = t;
  if (optionalTicked) done.opt = t;
  return { day: d, brand: null, done, items, closed: true };
}

describe('closeDay', () => {
  it('snapshots the items and keeps only their ticks', () => {
    const closed = closeDay({ day: '2026-01-12', brand: null, done: { a: t, removed: t }, items: [], closed: false }, [item('a'), item('b', false)]);
    expect(closed).toEqual({ day: '2026-01-12', brand: null, done: { a: t }, items: [{ key: 'a', label: 'a', required: true }, { key: 'b', label: 'b', required: false }], closed: true });
  });
});

describe('completion', () => {
  it('counts per day, adding up brands, with null for a day never closed', () => {
    const c = completion([day('2026-01-12', 4, 3, 1), { ...day('2026-01-12', 2, 2), brand: 'b' }, { day: '2026-01-11', brand: null, done: {}, items: [], closed: false }]);
    expect(c).toEqual([
      { day: '2026-01-11', total: 0, done: 0, required: 0, requiredDone: 0, ratio: null, complete: false },
      { day: '2026-01-12', total: 8, done: 6, required: 6, requiredDone: 5, ratio: 5 / 6, complete: false },
    ]);
  });
});

describe('streak', () => {
  const history = [day('2026-01-08', 3, 3), day('2026-01-09', 3, 2), day('2026-01-10', 3, 3), day('2026-01-11', 2, 2, 0), day('2026-01-12', 4, 4)];
  it('counts consecutive complete days before today; optional items do not matter', () => {
    expect(streak(history, '2026-01-13')).toBe(3);
    // Today itself is not counted, finished or not.
    expect(streak(history, '2026-01-12')).toBe(2);
  });
  it('is broken by an unfinished or a missing day', () => {
    expect(streak(history, '2026-01-10')).toBe(0);
    expect(streak(history.filter((d) => d.day !== '2026-01-11'), '2026-01-13')).toBe(1);
    expect(streak([], '2026-01-13')).toBe(0);
  });
  it('crosses month and year ends', () => {
    expect(streak([day('2025-12-31', 1, 1), day('2026-01-01', 1, 1)], '2026-01-02')).toBe(2);
  });
});
