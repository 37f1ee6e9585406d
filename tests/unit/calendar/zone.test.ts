import { describe, expect, it } from 'vitest';
import { instantToLocal, isValidTimeZone, zonedWallClockToInstant } from '../../../lib/calendar/zone';

describe('zonedWallClockToInstant', () => {
  it('uses the offset in force on that date', () => {
    expect(zonedWallClockToInstant('2026-01-15T09:00', 'Europe/Paris').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(zonedWallClockToInstant('2026-07-15T09:00', 'Europe/Paris').toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(zonedWallClockToInstant('2026-07-15T09:00', 'Indian/Reunion').toISOString()).toBe('2026-07-15T05:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward (02:30 → 03:30 CEST)', () => {
    const t = zonedWallClockToInstant('2026-03-29T02:30', 'Europe/Paris');
    expect(t.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToLocal(t, 'Europe/Paris')).toBe('2026-03-29T03:30');
  });

  it('picks the first of the two 02:30 on the fall-back night', () => {
    expect(zonedWallClockToInstant('2026-10-25T02:30', 'Europe/Paris').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedWallClockToInstant('2026-10-25T03:00', 'Europe/Paris').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(zonedWallClockToInstant('2026-10-25T01:59', 'Europe/Paris').toISOString()).toBe('2026-10-24T23:59:00.000Z');
  });

  it('round-trips with instantToLocal, and rejects bad input', () => {
    expect(instantToLocal(new Date('2026-10-25T01:30:00Z'), 'Europe/Paris')).toBe('2026-10-25T02:30');
    expect(instantToLocal(new Date('2026-10-24T22:30:00Z'), 'Europe/Paris', true)).toBe('2026-10-25');
    expect(() => zonedWallClockToInstant('2026-02-30T09:00', 'Europe/Paris')).toThrow(RangeError);
    expect(() => zonedWallClockToInstant('2026-02-03T09:00', 'Nowhere/City')).toThrow(RangeError);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Romance Standard Time')).toBe(false);
  });
});
