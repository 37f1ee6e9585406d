import { describe, expect, it } from 'vitest';
import { dayBounds, dayKey } from '../../../lib/checklist/day';

const at = (iso: string): Date => new Date(iso);

describe('dayKey', () => {
  it('keeps the previous day until the day-start hour', () => {
    // Tuesday 2026-01-13 in Paris (UTC+1).
    expect(dayKey(at('2026-01-13T02:59:00Z'), 4, 'Europe/Paris')).toBe('2026-01-12');
    expect(dayKey(at('2026-01-13T03:00:00Z'), 4, 'Europe/Paris')).toBe('2026-01-13');
    expect(dayKey(at('2026-01-13T22:59:00Z'), 4, 'Europe/Paris')).toBe('2026-01-13');
    expect(dayKey(at('2026-01-13T23:00:00Z'), 0, 'Europe/Paris')).toBe('2026-01-14');
  });

  it('is right on the spring-forward night (2026-03-29, 02:00 → 03:00)', () => {
    expect(dayKey(at('2026-03-29T00:30:00Z'), 4, 'Europe/Paris')).toBe('2026-03-28'); // 01:30 CET
    expect(dayKey(at('2026-03-29T01:59:00Z'), 4, 'Europe/Paris')).toBe('2026-03-28'); // 03:59 CEST
    expect(dayKey(at('2026-03-29T02:00:00Z'), 4, 'Europe/Paris')).toBe('2026-03-29'); // 04:00 CEST
    // A day-start hour that the gap skips: the day starts when the clock jumps to 03:00.
    expect(dayKey(at('2026-03-29T00:59:00Z'), 2, 'Europe/Paris')).toBe('2026-03-28');
    expect(dayKey(at('2026-03-29T01:00:00Z'), 2, 'Europe/Paris')).toBe('2026-03-29');
  });

  it('is right on the fall-back night (2026-10-25, 03:00 → 02:00)', () => {
    expect(dayKey(at('2026-10-25T00:30:00Z'), 4, 'Europe/Paris')).toBe('2026-10-24'); // first 02:30
    expect(dayKey(at('2026-10-25T01:30:00Z'), 4, 'Europe/Paris')).toBe('2026-10-24'); // second 02:30
    expect(dayKey(at('2026-10-25T02:59:00Z'), 4, 'Europe/Paris')).toBe('2026-10-24'); // 03:59 CET
    expect(dayKey(at('2026-10-25T03:00:00Z'), 4, 'Europe/Paris')).toBe('2026-10-25'); // 04:00 CET
  });

  it('reads the CM zone, not UTC', () => {
    expect(dayKey(at('2026-01-13T07:30:00Z'), 4, 'America/Montreal')).toBe('2026-01-12'); // 02:30 local
    expect(dayKey(at('2026-01-13T00:30:00Z'), 4, 'Indian/Reunion')).toBe('2026-01-13'); // 04:30 local
  });
});

describe('dayBounds', () => {
  it('runs from the day-start hour to the next, 23 h across the spring night and 25 h across the autumn one', () => {
    const spring = dayBounds('2026-03-28', 4, 'Europe/Paris');
    expect([spring.from.toISOString(), spring.to.toISOString()]).toEqual(['2026-03-28T03:00:00.000Z', '2026-03-29T02:00:00.000Z']);
    const autumn = dayBounds('2026-10-24', 4, 'Europe/Paris');
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe(25 * 3_600_000);
  });

  it('agrees with dayKey at both ends', () => {
    const { from, to } = dayBounds('2026-10-25', 4, 'Europe/Paris');
    expect(dayKey(from, 4, 'Europe/Paris')).toBe('2026-10-25');
    expect(dayKey(new Date(to.getTime() - 1), 4, 'Europe/Paris')).toBe('2026-10-25');
    expect(dayKey(to, 4, 'Europe/Paris')).toBe('2026-10-26');
  });
});
