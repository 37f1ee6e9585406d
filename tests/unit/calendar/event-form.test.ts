import { describe, expect, it } from 'vitest';
import { formFor, saveRequest, validate } from '../../../components/options/calendar/event-form';
import { nextDay } from '../../../components/options/calendar/grid';
import { makeEvent } from './make-event';

const series = makeEvent({ id: 'book', start: '2026-12-07T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', durationMinutes: 30, reminderMinutes: 30 });

describe('the event editor', () => {
  it('opens a date of a series on that date, scope "this event only"', () => {
    const form = formFor({ kind: 'edit', event: series, localStart: '2026-12-21T10:00' }, 'Europe/Paris');
    expect(form).toMatchObject({ date: '2026-12-21', time: '10:00', scope: 'this', repeat: { kind: 'weekly', days: ['MO'] }, reminder: '30', duration: '30' });
  });

  it('"this event only" sends the form date and time, without the rule', () => {
    const target = { kind: 'edit', event: series, localStart: '2026-12-21T10:00' } as const;
    const req = saveRequest(target, { ...formFor(target, 'Europe/Paris'), time: '18:00', title: 'Guest' });
    expect(req).toEqual({
      type: 'calendar/edit-occurrence',
      data: expect.objectContaining({ eventId: 'book', localStart: '2026-12-21T10:00', scope: 'this', changes: expect.not.objectContaining({ rrule: expect.anything() }) }),
    });
    expect(req.type === 'calendar/edit-occurrence' && req.data.changes).toMatchObject({ start: '2026-12-21T18:00', title: 'Guest' });
  });

  it('"the series" keeps the first date and takes the new time and rule', () => {
    const target = { kind: 'edit', event: series, localStart: '2026-12-21T10:00' } as const;
    const form = formFor(target, 'Europe/Paris');
    const req = saveRequest(target, { ...form, scope: 'series', time: '09:30', repeat: { ...form.repeat, days: ['MO', 'TH'] } });
    expect(req.type === 'calendar/edit-occurrence' && req.data).toMatchObject({ scope: 'series', changes: { start: '2026-12-07T09:30', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH' } });
  });

  it('a new all-day event with no platform ticked is for any platform, and needs a title', () => {
    const target = { kind: 'new', day: '2026-12-09' } as const;
    const form = { ...formFor(target, 'Europe/Paris'), allDay: true, title: ' Winter contest ', reminder: 'none', duration: '' };
    expect(saveRequest(target, form)).toEqual({
      type: 'calendar/save',
      data: { event: expect.objectContaining({ title: 'Winter contest', start: '2026-12-09', platforms: ['any'], reminderMinutes: null, durationMinutes: null, rrule: null }) },
    });
    expect(validate({ ...form, title: '', timeZone: 'Mars/Olympus' })).toEqual(['calendar.error.title', 'calendar.error.time-zone']);
  });
});

describe('the grid keyboard', () => {
  it('moves by day, week, week ends and period', () => {
    expect(nextDay('ArrowRight', '2026-12-31', 'week')).toBe('2027-01-01');
    expect(nextDay('ArrowUp', '2026-12-03', 'month')).toBe('2026-11-26');
    expect(nextDay('Home', '2026-12-03', 'week')).toBe('2026-11-30');
    expect(nextDay('End', '2026-12-03', 'week')).toBe('2026-12-06');
    expect(nextDay('PageDown', '2026-12-03', 'week')).toBe('2026-12-10');
    // A month later on the same day, or its last day.
    expect(nextDay('PageDown', '2027-01-31', 'month')).toBe('2027-02-28');
    expect(nextDay('Tab', '2026-12-03', 'week')).toBeNull();
  });
});
