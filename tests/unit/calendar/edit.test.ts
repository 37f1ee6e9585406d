import { describe, expect, it } from 'vitest';
import { editOccurrence, removeOccurrence } from '../../../lib/calendar/edit';
import { expandOccurrences } from '../../../lib/calendar/expand';
import { makeEvent } from './make-event';

const now = new Date('2026-02-01T12:00:00.000Z');
const feb = { from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') };
const series = makeEvent({ id: 'book', start: '2026-01-05T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-02-16T10:00'] });
let n = 0;
const ids = (): string => `new-${++n}`;

describe('editOccurrence', () => {
  it('"this" skips the occurrence in the series and creates a one-off with the change', () => {
    const r = editOccurrence(series, '2026-02-09T10:00', { title: 'Livre de la semaine : spécial BD', start: '2026-02-09T11:30' }, 'this', ids, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [updated, oneOff] = r.data.write;
    expect(updated!.id).toBe('book');
    expect(updated!.exdates).toEqual(['2026-02-16T10:00', '2026-02-09T10:00']);
    expect(updated!.updatedAt).toBe(now.toISOString());
    expect(oneOff).toMatchObject({ title: 'Livre de la semaine : spécial BD', start: '2026-02-09T11:30', rrule: null, exdates: [], example: false });
    expect(oneOff!.id).toMatch(/^new-/);
    const shown = expandOccurrences(r.data.write, feb).map((o) => `${o.eventId === 'book' ? 'series' : 'one-off'} ${o.localStart}`);
    expect(shown).toEqual(['series 2026-02-02T10:00', 'one-off 2026-02-09T11:30', 'series 2026-02-23T10:00']);
  });

  it('"this" without a new start keeps the occurrence time', () => {
    const r = editOccurrence(series, '2026-02-02T10:00:00', { notes: 'Invité : une libraire' }, 'this', ids, now);
    expect(r.ok && r.data.write[1]!.start).toBe('2026-02-02T10:00');
  });

  it('refuses a date that is not an occurrence', () => {
    const r = editOccurrence(series, '2026-02-10T10:00', { title: 'x' }, 'this', ids, now);
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'calendar.edit.not-an-occurrence' }) });
    expect(editOccurrence(series, '2026-02-16T10:00', { title: 'x' }, 'this', ids, now).ok).toBe(false);
  });

  it('"series" edits the event, and moving its time moves the skipped days with it', () => {
    const r = editOccurrence(series, '2026-02-09T10:00', { start: '2026-01-05T09:00', reminderMinutes: 15 }, 'series', ids, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.write).toHaveLength(1);
    expect(r.data.write[0]).toMatchObject({ id: 'book', start: '2026-01-05T09:00', reminderMinutes: 15, exdates: ['2026-02-16T09:00'] });
  });

  it('returns an error value for an invalid change', () => {
    const r = editOccurrence(series, '2026-02-09T10:00', { title: '   ' }, 'series', ids, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('calendar.edit.invalid');
  });
});

describe('removeOccurrence', () => {
  it('"this" adds an EXDATE, "series" removes the event', () => {
    const one = removeOccurrence(series, '2026-02-23T10:00', 'this', now);
    expect(one.ok && one.data.write[0]!.exdates).toContain('2026-02-23T10:00');
    expect(removeOccurrence(series, '2026-02-23T10:00', 'series', now)).toEqual({ ok: true, data: { write: [], remove: ['book'] } });
  });
});
