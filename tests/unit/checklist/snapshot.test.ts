import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayBounds, dayKey } from '@/lib/checklist/day';
import { currentSnapshot, todaySnapshot, wallDayKey } from '@/lib/checklist/snapshot';
import type { TodayView } from '@/lib/protocol/checklist';

// The browser's zone is the CM's: Paris, with its DST nights.
const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

const view = (day: string): TodayView => ({
  day,
  items: [{ key: 'routine-watch', label: 'Morning watch', why: '', required: true, done: false, kind: 'routine', order: 0, time: null, url: null }],
  remaining: 1,
  required: 1,
  brands: [{ id: 'brand-default', name: 'My brand' }],
  activeBrandId: 'brand-default',
  uiLang: 'auto',
  theme: 'auto',
});

/** What the background stores for `day` with the day starting at `hour`. */
const stored = (day: string, hour = 4) => todaySnapshot(view(day), hour, dayBounds(day, hour, 'Europe/Paris').to);

describe('wallDayKey', () => {
  it('is the day dayKey() gives on the browser clock, across DST nights and around the day start', () => {
    const starts = [Date.parse('2026-03-28T00:00:00Z'), Date.parse('2026-10-24T00:00:00Z'), Date.parse('2026-12-01T00:00:00Z')];
    for (const start of starts) {
      for (let m = 0; m < 3 * 24 * 60; m += 17) {
        const now = new Date(start + m * 60_000);
        for (const hour of [0, 4, 13, 23]) expect(wallDayKey(now, hour), `${now.toISOString()} ${hour}`).toBe(dayKey(now, hour, 'Europe/Paris'));
      }
    }
  });
});

describe('currentSnapshot', () => {
  it("is today's list while today lasts", () => {
    expect(currentSnapshot(stored('2026-12-01'), new Date('2026-12-01T09:00:00Z'))?.view).toEqual(view('2026-12-01'));
    // 03:30 in Paris on the 2nd is still the 1st's list.
    expect(currentSnapshot(stored('2026-12-01'), new Date('2026-12-02T02:30:00Z'))?.view.day).toBe('2026-12-01');
  });

  it('is never shown once its day is over: at the day start and after', () => {
    expect(currentSnapshot(stored('2026-12-01'), new Date('2026-12-02T03:00:00Z'))).toBeNull();
    expect(currentSnapshot(stored('2026-12-01'), new Date('2026-12-05T09:00:00Z'))).toBeNull();
  });

  it('is not shown when the clock says another day even before its end (clock or zone moved back)', () => {
    expect(currentSnapshot(stored('2026-12-01'), new Date('2026-11-30T09:00:00Z'))).toBeNull();
  });

  it('follows the day start it was built with: 13:00 keeps the morning on yesterday', () => {
    // 11:00 in Paris on the 2nd, day start 13:00: still the 1st.
    expect(currentSnapshot(stored('2026-12-01', 13), new Date('2026-12-02T10:00:00Z'))?.view.day).toBe('2026-12-01');
    expect(currentSnapshot(stored('2026-12-02', 13), new Date('2026-12-02T10:00:00Z'))).toBeNull();
  });

  it("carries the header's day ready-made in both languages", () => {
    expect(stored('2026-12-01').dayLabels).toEqual({ en: 'Tuesday, December 1', fr: 'mardi 1 décembre' });
  });

  it('ignores anything that is not a snapshot of this shape', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const good = stored('2026-12-01');
    const broken: unknown[] = [
      undefined, null, 'x', [], {},
      { ...good, v: 2 },
      { ...good, until: '1796184000000' },
      { ...good, dayStartHour: 24 },
      { ...good, view: { ...good.view, day: '1 Dec' } },
      { ...good, view: { ...good.view, items: [{ key: 'a', label: 5 }] } },
      { ...good, view: { ...good.view, items: 'nope' } },
      { ...good, view: { ...good.view, theme: 'neon' } },
      { ...good, view: { ...good.view, brands: [{ id: 1 }] } },
      { ...good, dayLabels: { en: 'Tuesday, December 1' } },
    ];
    for (const raw of broken) expect(currentSnapshot(raw, now), JSON.stringify(raw)).toBeNull();
  });
});
