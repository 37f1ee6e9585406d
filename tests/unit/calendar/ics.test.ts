import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../lib/calendar/expand';
import { parseIcs, toIcs, type ParseIcsResult } from '../../../lib/calendar/ics';
import type { CalendarEvent } from '../../../lib/schema/calendar';
import { googleExport, outlookExport } from './ics-samples';
import { makeEvent } from './make-event';

const now = new Date('2026-02-01T12:00:00.000Z');
let counter = 0;
const options = { defaultTimeZone: 'Europe/Paris', now, idFactory: () => `gen-${++counter}` };

function events(r: ParseIcsResult): CalendarEvent[] {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.events;
}
function errorCodes(r: ParseIcsResult): string[] {
  return r.ok ? [] : r.errors.map((e) => e.code);
}

const sample: CalendarEvent[] = [
  makeEvent({
    id: 'book', start: '2026-01-05T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-02-02T10:00', '2026-03-30T10:00'],
    durationMinutes: 30, reminderMinutes: 30, tags: ['recurring-topic', 'livres, BD'], example: true,
    notes: 'Présenter le livre ; demander qui l’a lu.\nRépondre à chaque commentaire, même \\ les grincheux.',
    title: 'Livre de la semaine — « coup de cœur » de l’équipe éditoriale, avec un titre assez long pour être plié 📚📖',
  }),
  makeEvent({ id: 'reading', start: '2026-01-10T10:30', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;UNTIL=20261226T235959Z', brand: 'brand-2', platforms: ['facebook', 'x'] }),
  makeEvent({ id: 'audit', start: '2026-01-31', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', exdates: ['2026-04-30'], inChecklist: false, durationMinutes: 1440 }),
  makeEvent({ id: 'kpi', start: '2026-02-06T16:00', timeZone: 'America/Montreal', rrule: 'FREQ=MONTHLY;BYDAY=1FR;COUNT=12', reminderMinutes: 0 }),
  makeEvent({ id: 'launch', start: '2026-06-15T08:00', timeZone: 'UTC', durationMinutes: 45 }),
];

describe('toIcs', () => {
  const ics = toIcs(sample);
  it('writes a VCALENDAR with CRLF lines folded at 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^\r\n]/);
  });

  it('writes the properties calendar apps read', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('UID:book\r\n');
    expect(unfolded).toContain('DTSTAMP:20260101T000000Z\r\n');
    expect(unfolded).toContain('DTSTART;TZID=Europe/Paris:20260105T100000\r\nDURATION:PT30M\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\n');
    expect(unfolded).toContain('EXDATE;TZID=Europe/Paris:20260202T100000,20260330T100000\r\n');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260131\r\nX-CMSK-TZID:Europe/Paris\r\nDURATION:P1D\r\n');
    expect(unfolded).toContain('EXDATE;VALUE=DATE:20260430\r\n');
    expect(unfolded).toContain('CATEGORIES:recurring-topic,livres\\, BD\r\n');
    expect(unfolded).toContain('DESCRIPTION:Présenter le livre \\; demander qui l’a lu.\\nRépondre à chaque commentaire\\, même \\\\ les grincheux.\r\n');
    expect(unfolded).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\n');
    expect(unfolded).toContain('TRIGGER:-PT30M\r\nEND:VALARM\r\n');
  });

  it('adds a VTIMEZONE per zone, with the French DST rules', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n');
    expect(unfolded).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n');
    expect(unfolded).toContain('TZID:America/Montreal\r\nBEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(unfolded).toContain('TZID:UTC\r\nBEGIN:STANDARD\r\nDTSTART:20260101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n');
  });

  it('writes a floating UNTIL as UTC, as RFC 5545 requires with a TZID', () => {
    const e = makeEvent({ start: '2026-03-02T09:00', rrule: 'FREQ=WEEKLY;UNTIL=20260330T090000' });
    expect(toIcs([e])).toContain('RRULE:FREQ=WEEKLY;UNTIL=20260330T070000Z\r\n');
  });
});

describe('round trip', () => {
  it('gives back the same events, ids from UID', () => {
    const back = events(parseIcs(toIcs(sample), { ...options, defaultTimeZone: 'Asia/Tokyo' }));
    expect(back).toEqual(sample);
  });
});

describe('parseIcs: Google Calendar export', () => {
  const got = events(parseIcs(googleExport, options));
  const byId = new Map(got.map((e) => [e.id, e]));

  it('reads the series with its zone, duration, exception, reminder and notes', () => {
    expect(got).toHaveLength(4);
    expect(byId.get('7kq2n1v3abc@google.com')).toMatchObject({
      title: 'Livre de la semaine', start: '2026-01-05T10:00', timeZone: 'Europe/Paris', durationMinutes: 30,
      rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-02-23T10:00', '2026-02-02T10:00'], reminderMinutes: 30,
      notes: "Présenter le livre de la semaine, demander qui l'a lu et pourquoi.\nLien : https://exemple.fr/livres",
      createdAt: '2025-12-20T10:15:00.000Z', updatedAt: '2026-01-02T08:10:00.000Z', inChecklist: true, example: false,
    });
  });

  it('turns a moved occurrence (RECURRENCE-ID) into an exception plus a one-off, and skips cancelled events', () => {
    const feb = expandOccurrences(got, { from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') });
    expect(feb.map((o) => o.localStart)).toEqual(['2026-02-02T11:00', '2026-02-09T10:00', '2026-02-16T10:00']);
    expect(byId.get('7kq2n1v3abc@google.com/2026-02-02T10:00')).toMatchObject({ title: 'Livre de la semaine (spécial BD)', rrule: null });
    expect(got.some((e) => e.title === 'Live annulé')).toBe(false);
  });

  it('reads all-day events, categories and UTC times', () => {
    expect(byId.get('salon2026@google.com')).toMatchObject({ start: '2026-03-14', durationMinutes: 2880, tags: ['Salon', 'Partenaires'] });
    expect(byId.get('webinar-0320@google.com')).toMatchObject({ start: '2026-03-20T18:00', timeZone: 'Europe/Paris', durationMinutes: 60 });
  });

  it('reads UTC times on the default zone wall clock', () => {
    const montreal = events(parseIcs(googleExport.replace('X-WR-TIMEZONE:Europe/Paris\r\n', ''), { ...options, defaultTimeZone: 'America/Montreal' }));
    expect(montreal.find((e) => e.id === 'webinar-0320@google.com')).toMatchObject({ start: '2026-03-20T13:00', timeZone: 'America/Montreal' });
  });
});

describe('parseIcs: Outlook export', () => {
  const r = parseIcs(outlookExport, options);
  const got = events(r);

  it('maps Windows zone names and labels to IANA zones', () => {
    expect(got[0]).toMatchObject({
      title: 'Point équipe', start: '2026-03-02T09:30', timeZone: 'Europe/Paris', durationMinutes: 30,
      rrule: 'FREQ=WEEKLY;COUNT=10;BYDAY=MO;WKST=SU', exdates: ['2026-04-06T09:30', '2026-04-13T09:30'], reminderMinutes: 15,
      notes: "Point hebdo avec l'équipe : chiffres de la semaine; sujets à venir.",
    });
    expect(got[1]).toMatchObject({ title: "Live Q&A avec l'autrice", start: '2026-03-12T14:00', timeZone: 'Europe/Brussels', durationMinutes: 90 });
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('keeps 09:30 Paris time across the DST change', () => {
    const all = expandOccurrences([got[0]!], { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
    expect(all).toHaveLength(8);
    expect(all.find((o) => o.localStart === '2026-03-30T09:30')?.start.toISOString()).toBe('2026-03-30T07:30:00.000Z');
  });

  it('warns and uses the default zone for a TZID it cannot map', () => {
    const text = outlookExport.replace('"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"', '"Customized Time Zone"');
    const res = parseIcs(text, { ...options, defaultTimeZone: 'Europe/Paris' });
    expect(res.ok && res.warnings.map((w) => w.code)).toEqual(['calendar.ics.unknown-zone']);
    expect(events(res)[1]!.timeZone).toBe('Europe/Paris');
  });
});

describe('parseIcs: invalid files import nothing', () => {
  const wrap = (...vevent: string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...vevent, 'END:VCALENDAR'].join('\r\n');
  const good = ['BEGIN:VEVENT', 'UID:ok', 'DTSTART:20260105T090000Z', 'SUMMARY:Bon', 'END:VEVENT'];

  it('rejects a file that is not a calendar', () => {
    expect(errorCodes(parseIcs('Subject,Start Date\nLivre,2026-01-05', options))).toEqual(['calendar.ics.not-calendar']);
    expect(errorCodes(parseIcs('', options))).toEqual(['calendar.ics.not-calendar']);
  });

  it('rejects a VEVENT without DTSTART, with its line', () => {
    const r = parseIcs(wrap(...good, 'BEGIN:VEVENT', 'UID:x', 'SUMMARY:Sans date', 'END:VEVENT'), options);
    expect(r).toEqual({ ok: false, errors: [expect.objectContaining({ line: 8, code: 'calendar.ics.missing-start' })] });
  });

  it('rejects impossible dates, bad rules, bad durations and ends before starts', () => {
    expect(errorCodes(parseIcs(wrap('BEGIN:VEVENT', 'DTSTART:20260231T090000', 'END:VEVENT'), options))).toEqual(['calendar.ics.bad-date']);
    expect(errorCodes(parseIcs(wrap('BEGIN:VEVENT', 'DTSTART:2026-01-05', 'END:VEVENT'), options))).toEqual(['calendar.ics.bad-date']);
    expect(errorCodes(parseIcs(wrap('BEGIN:VEVENT', 'DTSTART:20260105T090000', 'RRULE:FREQ=SOMETIMES', 'END:VEVENT'), options))).toEqual(['calendar.ics.bad-rule']);
    expect(errorCodes(parseIcs(wrap('BEGIN:VEVENT', 'DTSTART:20260105T090000', 'EXDATE:20260112T090000,nope', 'END:VEVENT'), options))).toEqual(['calendar.ics.bad-date']);
    expect(errorCodes(parseIcs(wrap('BEGIN:VEVENT', 'DTSTART:20260105T090000', 'DURATION:1 hour', 'END:VEVENT'), options))).toEqual(['calendar.ics.bad-duration']);
    expect(errorCodes(parseIcs(wrap('BEGIN:VEVENT', 'DTSTART:20260105T090000', 'DTEND:20260105T080000', 'END:VEVENT'), options))).toEqual(['calendar.ics.end-before-start']);
  });

  it('rejects a file cut short or with mismatched components', () => {
    expect(errorCodes(parseIcs(['BEGIN:VCALENDAR', ...good.slice(0, 3)].join('\r\n'), options))).toEqual(['calendar.ics.unbalanced']);
    expect(errorCodes(parseIcs(wrap('BEGIN:VEVENT', 'DTSTART:20260105T090000', 'END:VTODO'), options))).toEqual(['calendar.ics.unbalanced']);
    expect(errorCodes(parseIcs(wrap(...good, 'this line has no colon'), options))).toEqual(['calendar.ics.bad-line']);
  });

  it('rejects more than 10,000 events and files over 5 MB', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => `BEGIN:VEVENT\r\nUID:${i}\r\nDTSTART:20260105T090000Z\r\nEND:VEVENT`);
    expect(errorCodes(parseIcs(wrap(...many), options))).toEqual(['calendar.ics.too-many-events']);
    const huge = wrap('BEGIN:VEVENT', 'DTSTART:20260105T090000Z', `DESCRIPTION:${'é'.repeat(2_700_000)}`, 'END:VEVENT');
    expect(errorCodes(parseIcs(huge, options))).toEqual(['calendar.ics.too-large']);
  });

  it('is all or nothing: one bad event fails the whole file and lists every problem', () => {
    const r = parseIcs(wrap(...good, 'BEGIN:VEVENT', 'DTSTART:20261340', 'END:VEVENT', 'BEGIN:VEVENT', 'END:VEVENT'), options);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => [e.line, e.code])).toEqual([[9, 'calendar.ics.bad-date'], [11, 'calendar.ics.missing-start']]);
    expect('events' in r).toBe(false);
  });

  it('reads minimal files leniently: LF endings, no SUMMARY, unknown properties', () => {
    const r = parseIcs('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260105\nX-FOO;BAR="a:b":baz\nEND:VEVENT\nEND:VCALENDAR\n', { ...options, lang: 'fr' });
    expect(events(r)[0]).toMatchObject({ title: '(sans titre)', start: '2026-01-05', durationMinutes: null, id: expect.stringMatching(/^gen-/) });
  });
});
