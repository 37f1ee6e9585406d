import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../lib/calendar/expand';
import { dayBounds } from '../../../lib/checklist/day';
import { buildToday, isDue, openDay, remainingRequired, setDone, type BuildTodayInput } from '../../../lib/checklist/today';
import { makeEvent } from '../calendar/make-event';
import { makeItem } from './make-item';

const daily = makeItem({ id: 'watch', label: 'Veille', recurrence: { kind: 'daily' }, order: 10, why: 'Voir ce que font les concurrents.' });
const monday = makeItem({ id: 'team', label: 'Point équipe', recurrence: { kind: 'weekly', days: ['MO'] }, order: 20 });
const report = makeItem({ id: 'report', label: 'Rapport KPI', recurrence: { kind: 'monthly', day: 31 }, order: 30 });
const mentions = makeItem({ id: 'mentions', label: 'Mentions', recurrence: { kind: 'daily' }, order: 15, required: false });
const followUp = makeItem({ id: 'fu-1', label: 'Relancer @client_mecontent', recurrence: { kind: 'once', day: '2026-01-12' }, source: { kind: 'follow-up', url: 'https://x.com/client/status/1' } });
const once = makeItem({ id: 'once-1', label: 'Envoyer le visuel', recurrence: { kind: 'once', day: '2026-01-12' } });
const brandB = makeItem({ id: 'b-only', label: 'Marque B', recurrence: { kind: 'daily' }, brand: 'brand-b' });

const book = makeEvent({ id: 'book', title: 'Livre de la semaine', notes: 'Présenter le livre.\nDétails…', start: '2026-01-05T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO' });
const hidden = makeEvent({ id: 'hidden', start: '2026-01-05T09:00', rrule: 'FREQ=DAILY', inChecklist: false });
const late = makeEvent({ id: 'late', title: 'Live de nuit', start: '2026-01-13T02:00' });
const salon = makeEvent({ id: 'salon', title: 'Salon du livre', start: '2026-01-11', durationMinutes: 2 * 1440 });
const events = [book, hidden, late, salon];

function input(day: string, extra: Partial<BuildTodayInput> = {}): BuildTodayInput {
  return {
    items: [daily, monday, report, mentions, followUp, once, brandB],
    events,
    occurrences: expandOccurrences(events, dayBounds(day, 4, 'Europe/Paris')),
    day,
    brandId: 'brand-a',
    dayState: null,
    dayStartHour: 4,
    timeZone: 'Europe/Paris',
    ...extra,
  };
}

describe('isDue', () => {
  it('knows daily, weekly days, and monthly days with 31 on short months', () => {
    expect(isDue(monday, '2026-01-12')).toBe(true);
    expect(isDue(monday, '2026-01-13')).toBe(false);
    expect(['2026-01-31', '2026-02-28', '2026-04-30', '2026-03-31'].map((d) => isDue(report, d))).toEqual([true, true, true, true]);
    expect(['2026-03-30', '2026-02-27'].map((d) => isDue(report, d))).toEqual([false, false]);
    expect(isDue(report, '2028-02-29')).toBe(true);
    const fifteenth = makeItem({ id: 'x', recurrence: { kind: 'monthly', day: 15 } });
    expect(isDue(fifteenth, '2026-02-15') && !isDue(fifteenth, '2026-02-28')).toBe(true);
  });
});

describe('buildToday', () => {
  it("lists Monday's items in order: follow-ups, routine, calendar, one-off", () => {
    const today = buildToday(input('2026-01-12'));
    expect(today.map((i) => `${i.kind} ${i.key}`)).toEqual([
      'follow-up fu-1',
      'routine watch',
      'routine mentions',
      'routine team',
      'event event:salon:2026-01-11',
      'event event:book:2026-01-12T10:00',
      'event event:late:2026-01-13T02:00',
      'once once-1',
    ]);
    expect(today.map((i) => i.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(today[0]).toMatchObject({ url: 'https://x.com/client/status/1', required: true, done: false });
    expect(today[5]).toMatchObject({ label: 'Livre de la semaine', why: 'Présenter le livre.', time: '10:00', required: true });
    expect(today[4]).toMatchObject({ time: null });
  });

  it('puts a 02:00 event on the previous day when the day starts at 04:00, or on its date without a zone', () => {
    expect(buildToday(input('2026-01-13')).some((i) => i.key === 'event:late:2026-01-13T02:00')).toBe(false);
    const byDate = buildToday(input('2026-01-13', { dayStartHour: undefined, timeZone: undefined, occurrences: expandOccurrences(events, { from: new Date('2026-01-12T00:00:00Z'), to: new Date('2026-01-14T00:00:00Z') }) }));
    expect(byDate.filter((i) => i.kind === 'event').map((i) => i.key)).toEqual(['event:late:2026-01-13T02:00']);
  });

  it('filters by brand: null shows every brand', () => {
    expect(buildToday(input('2026-01-13')).some((i) => i.key === 'b-only')).toBe(false);
    expect(buildToday(input('2026-01-13', { brandId: 'brand-b' })).some((i) => i.key === 'b-only')).toBe(true);
    expect(buildToday(input('2026-01-13', { brandId: null })).some((i) => i.key === 'b-only')).toBe(true);
  });

  it('marks what was ticked that day, and ignores a record of another day', () => {
    let state = openDay('2026-01-12', 'brand-a');
    state = setDone(state, 'watch', true, new Date('2026-01-12T08:00:00Z'));
    state = setDone(state, 'event:book:2026-01-12T10:00', true, new Date('2026-01-12T09:05:00Z'));
    const today = buildToday(input('2026-01-12', { dayState: state }));
    expect(today.filter((i) => i.done).map((i) => i.key)).toEqual(['watch', 'event:book:2026-01-12T10:00']);
    // fu-1, team, salon, late, once-1 left; "mentions" is optional.
    expect(remainingRequired(today)).toBe(5);
    expect(remainingRequired(buildToday(input('2026-01-12', { dayState: { ...state, day: '2026-01-11' } })))).toBe(7);
    expect(setDone(state, 'watch', false, new Date()).done).toEqual({ 'event:book:2026-01-12T10:00': '2026-01-12T09:05:00.000Z' });
  });

  it('does not read inherited object keys as ticks', () => {
    const odd = makeItem({ id: 'constructor', recurrence: { kind: 'daily' } });
    const [item] = buildToday({ ...input('2026-01-13'), items: [odd], occurrences: [], dayState: openDay('2026-01-13', null) });
    expect(item).toMatchObject({ key: 'constructor', done: false });
  });

  it('keeps multi-day events on each of their days', () => {
    expect(buildToday(input('2026-01-11')).some((i) => i.key === 'event:salon:2026-01-11')).toBe(true);
    expect(buildToday(input('2026-01-13')).some((i) => i.key === 'event:salon:2026-01-11')).toBe(false);
  });
});
