import { describe, expect, it } from 'vitest';
import { expandOccurrences, occursAt } from '../../../lib/calendar/expand';
import { makeEvent, year2026 } from './make-event';

const jan2026 = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') };
const locals = (list: { localStart: string }[]): string[] => list.map((o) => o.localStart);
const isoStarts = (list: { start: Date }[]): string[] => list.map((o) => o.start.toISOString());

describe('weekly recurrences', () => {
  it('repeats on the given weekdays', () => {
    const e = makeEvent({ start: '2026-01-05T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE' });
    expect(locals(expandOccurrences([e], jan2026))).toEqual([
      '2026-01-05T09:00', '2026-01-07T09:00', '2026-01-12T09:00', '2026-01-14T09:00',
      '2026-01-19T09:00', '2026-01-21T09:00', '2026-01-26T09:00', '2026-01-28T09:00',
    ]);
  });

  it('every 2 weeks keeps the phase of the start week', () => {
    const e = makeEvent({ start: '2026-01-06T18:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' });
    const range = { from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-03-15T00:00:00Z') };
    expect(locals(expandOccurrences([e], range))).toEqual(['2026-02-03T18:00', '2026-02-17T18:00', '2026-03-03T18:00']);
  });

  it('without BYDAY repeats on the start weekday', () => {
    const e = makeEvent({ start: '2026-01-10T10:00', rrule: 'FREQ=WEEKLY' });
    expect(locals(expandOccurrences([e], jan2026))).toEqual(['2026-01-10T10:00', '2026-01-17T10:00', '2026-01-24T10:00', '2026-01-31T10:00']);
  });
});

describe('monthly recurrences', () => {
  it('by day of month', () => {
    const e = makeEvent({ start: '2026-01-15T14:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=4' });
    expect(locals(expandOccurrences([e], year2026))).toEqual(['2026-01-15T14:00', '2026-02-15T14:00', '2026-03-15T14:00', '2026-04-15T14:00']);
  });

  it('by weekday: first Monday', () => {
    const e = makeEvent({ start: '2026-01-05T09:00', rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=6' });
    expect(locals(expandOccurrences([e], year2026)).map((s) => s.slice(0, 10))).toEqual([
      '2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06', '2026-05-04', '2026-06-01',
    ]);
  });

  it('by weekday: last Friday', () => {
    const e = makeEvent({ start: '2026-01-30T17:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR' });
    expect(locals(expandOccurrences([e], year2026)).map((s) => s.slice(0, 10))).toEqual([
      '2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29', '2026-06-26',
      '2026-07-31', '2026-08-28', '2026-09-25', '2026-10-30', '2026-11-27', '2026-12-25',
    ]);
  });

  it('on the 31st skips months without one (RFC 5545)', () => {
    const e = makeEvent({ start: '2026-01-31T10:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31' });
    expect(locals(expandOccurrences([e], year2026)).map((s) => s.slice(5, 10))).toEqual(['01-31', '03-31', '05-31', '07-31', '08-31', '10-31', '12-31']);
    const plain = makeEvent({ start: '2026-01-31T10:00', rrule: 'FREQ=MONTHLY' });
    expect(expandOccurrences([plain], year2026)).toHaveLength(7);
  });

  it('on the last day (BYMONTHDAY=-1) hits every month, Feb 29 in leap years', () => {
    const e = makeEvent({ start: '2026-01-31T10:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' });
    const days = locals(expandOccurrences([e], year2026)).map((s) => s.slice(5, 10));
    expect(days).toEqual(['01-31', '02-28', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31']);
    const leap = expandOccurrences([e], { from: new Date('2028-02-01T00:00:00Z'), to: new Date('2028-03-01T00:00:00Z') });
    expect(locals(leap)).toEqual(['2028-02-29T10:00']);
  });
});

describe('bounds and exceptions', () => {
  it('COUNT counts from the start even when the range begins later', () => {
    const e = makeEvent({ start: '2026-01-05T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4' });
    const range = { from: new Date('2026-01-20T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') };
    expect(locals(expandOccurrences([e], range))).toEqual(['2026-01-26T09:00']);
  });

  it('UNTIL in UTC is inclusive and read in the event zone', () => {
    // 09:00 in Paris in January is 08:00Z.
    const e = makeEvent({ start: '2026-01-05T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260119T080000Z' });
    expect(locals(expandOccurrences([e], jan2026))).toEqual(['2026-01-05T09:00', '2026-01-12T09:00', '2026-01-19T09:00']);
    const before = makeEvent({ start: '2026-01-05T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260119T075959Z' });
    expect(expandOccurrences([before], jan2026)).toHaveLength(2);
  });

  it('a date-only UNTIL includes that day', () => {
    const e = makeEvent({ start: '2026-01-05T21:00', rrule: 'FREQ=DAILY;UNTIL=20260107' });
    expect(locals(expandOccurrences([e], jan2026))).toEqual(['2026-01-05T21:00', '2026-01-06T21:00', '2026-01-07T21:00']);
  });

  it('EXDATE removes occurrences, whatever the seconds notation', () => {
    const e = makeEvent({ start: '2026-01-05T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-01-12T09:00', '2026-01-19T09:00:00'] });
    expect(locals(expandOccurrences([e], jan2026))).toEqual(['2026-01-05T09:00', '2026-01-26T09:00']);
  });

  it('a one-off event appears once, and an unreadable rule still shows its start', () => {
    const once = makeEvent({ id: 'a', start: '2026-01-08T11:00' });
    const broken = makeEvent({ id: 'b', start: '2026-01-09T11:00', rrule: 'FREQ=SOMETIMES' });
    expect(expandOccurrences([once, broken], jan2026).map((o) => `${o.eventId} ${o.localStart}`)).toEqual(['a 2026-01-08T11:00', 'b 2026-01-09T11:00']);
  });

  it('an event in an unknown zone is left out', () => {
    expect(expandOccurrences([makeEvent({ start: '2026-01-08T11:00', timeZone: 'Mars/Olympus' })], jan2026)).toEqual([]);
  });

  it('includes an occurrence still running when the range starts, and sorts across events', () => {
    const webinar = makeEvent({ id: 'webinar', start: '2026-01-14T23:30', durationMinutes: 90 });
    const post = makeEvent({ id: 'post', start: '2026-01-15T00:30', timeZone: 'UTC' });
    const range = { from: new Date('2026-01-14T23:00:00Z'), to: new Date('2026-01-16T00:00:00Z') };
    const got = expandOccurrences([post, webinar], range);
    expect(got.map((o) => o.eventId)).toEqual(['webinar', 'post']);
    expect(got[0]!.end!.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });
});

describe('time zones and DST (France: 2026-03-29 and 2026-10-25)', () => {
  it('a weekly 09:00 Paris event stays at 09:00 local across both changes', () => {
    const e = makeEvent({ start: '2026-03-15T09:00', rrule: 'FREQ=WEEKLY;BYDAY=SU' });
    const spring = expandOccurrences([e], { from: new Date('2026-03-20T00:00:00Z'), to: new Date('2026-04-06T00:00:00Z') });
    expect(locals(spring)).toEqual(['2026-03-22T09:00', '2026-03-29T09:00', '2026-04-05T09:00']);
    expect(isoStarts(spring)).toEqual(['2026-03-22T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-04-05T07:00:00.000Z']);
    const autumn = expandOccurrences([e], { from: new Date('2026-10-17T00:00:00Z'), to: new Date('2026-11-02T00:00:00Z') });
    expect(isoStarts(autumn)).toEqual(['2026-10-18T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-11-01T08:00:00.000Z']);
  });

  it('a rule run by rrule (BYSETPOS) also keeps local time across DST', () => {
    // Last weekday of the month: BYSETPOS is outside the focused iterator.
    const e = makeEvent({ start: '2026-01-30T09:00', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' });
    const got = expandOccurrences([e], { from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-05-01T00:00:00Z') });
    expect(locals(got)).toEqual(['2026-02-27T09:00', '2026-03-31T09:00', '2026-04-30T09:00']);
    expect(isoStarts(got)).toEqual(['2026-02-27T08:00:00.000Z', '2026-03-31T07:00:00.000Z', '2026-04-30T07:00:00.000Z']);
  });

  it('is the same wall clock in another zone', () => {
    const e = makeEvent({ start: '2026-03-02T12:00', timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY' });
    const got = expandOccurrences([e], { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-17T00:00:00Z') });
    // US clocks change on 2026-03-08.
    expect(isoStarts(got)).toEqual(['2026-03-02T17:00:00.000Z', '2026-03-09T16:00:00.000Z', '2026-03-16T16:00:00.000Z']);
  });

  it('all-day occurrences are whole local days, the 23-hour DST day included', () => {
    const e = makeEvent({ start: '2026-03-22', rrule: 'FREQ=WEEKLY' });
    const got = expandOccurrences([e], { from: new Date('2026-03-28T00:00:00Z'), to: new Date('2026-03-30T00:00:00Z') });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ localStart: '2026-03-29', allDay: true });
    expect(got[0]!.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(got[0]!.end!.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('a multi-day all-day event covers its days', () => {
    const e = makeEvent({ start: '2026-06-10', durationMinutes: 3 * 1440 });
    const got = expandOccurrences([e], { from: new Date('2026-06-12T10:00:00Z'), to: new Date('2026-06-12T11:00:00Z') });
    expect(locals(got)).toEqual(['2026-06-10']);
    expect(got[0]!.end!.toISOString()).toBe('2026-06-12T22:00:00.000Z');
  });
});

describe('occursAt', () => {
  const e = makeEvent({ start: '2026-01-05T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-01-12T09:00'] });
  it('knows the occurrences of a series', () => {
    expect(occursAt(e, '2026-01-19T09:00')).toBe(true);
    expect(occursAt(e, '2026-01-19T09:00:00')).toBe(true);
    expect(occursAt(e, '2026-01-19T10:00')).toBe(false);
    expect(occursAt(e, '2026-01-20T09:00')).toBe(false);
    expect(occursAt(e, '2026-01-12T09:00')).toBe(false);
    expect(occursAt(e, '2025-12-29T09:00')).toBe(false);
  });
});
