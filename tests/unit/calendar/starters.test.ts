import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../lib/calendar/expand';
import { starterEvents } from '../../../lib/calendar/starters';
import { CalendarEventSchema } from '../../../lib/schema/calendar';

describe('starterEvents', () => {
  // A Wednesday.
  const now = new Date('2026-01-07T15:00:00Z');

  it('gives the two weekly rendez-vous in French', () => {
    const [book, reading] = starterEvents('fr', now, 'Europe/Paris');
    expect(book).toMatchObject({ title: 'Livre de la semaine', start: '2026-01-12T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', example: true, inChecklist: true, reminderMinutes: 30, tags: ['recurring-topic'], timeZone: 'Europe/Paris' });
    expect(reading).toMatchObject({ title: 'Que lisez-vous ?', start: '2026-01-10T11:00', rrule: 'FREQ=WEEKLY;BYDAY=SA' });
  });

  it('and in English, valid against the schema, every Monday and Saturday', () => {
    const events = starterEvents('en', now, 'America/Montreal');
    expect(events.map((e) => e.title)).toEqual(['Book of the week', 'What are you reading?']);
    for (const e of events) expect(CalendarEventSchema.parse(e)).toEqual(e);
    const weekdays = expandOccurrences(events, { from: now, to: new Date('2026-02-07T00:00:00Z') }).map((o) => new Date(`${o.localStart.slice(0, 10)}T00:00:00Z`).getUTCDay());
    expect(new Set(weekdays)).toEqual(new Set([1, 6]));
    expect(weekdays).toHaveLength(8);
  });
});
