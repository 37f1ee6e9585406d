import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CalendarEventInput } from '@/lib/schema/calendar';
import { createTestBackend, snapshot } from '../../helpers/backend';
import { googleExport } from '../calendar/ics-samples';

const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

// Tuesday 1 December 2026, 10:00 in Paris.
const NOW = new Date('2026-12-01T09:00:00Z');

async function setup() {
  const backend = await createTestBackend({ now: () => NOW });
  const ok = async <T>(p: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(r.error.message);
    return r.data;
  };
  const list = () => ok(backend.send('calendar/list', {}));
  return { ...backend, ok, list };
}

const weekly: CalendarEventInput = {
  title: 'Book of the week', start: '2026-12-07T10:00', timeZone: 'Europe/Paris', rrule: 'FREQ=WEEKLY;BYDAY=MO', durationMinutes: 30, reminderMinutes: 15, tags: ['recurring-topic'],
};
const reminderAlarms = async () => (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('reminder:')).map((a) => [a.name, a.scheduledTime]);

describe('calendar/save', () => {
  it('creates an event, stamps it and arms its reminder', async () => {
    const { send, ok, list } = await setup();
    const { events, undo } = await ok(send('calendar/save', { event: { ...weekly, start: '2026-12-02T10:00', rrule: null } }));
    expect(events[0]).toMatchObject({ id: 'id-1', title: 'Book of the week', createdAt: NOW.toISOString(), example: false });
    expect(undo).toEqual({ put: [], remove: ['id-1'] });
    expect(await list()).toHaveLength(1);
    // 10:00 in Paris is 09:00Z; the reminder is 15 minutes before.
    expect(await reminderAlarms()).toEqual([['reminder:id-1:2026-12-02T10:00', Date.parse('2026-12-02T08:45:00Z')]]);
  });

  it('refuses an unknown time zone, an unreadable rule and an impossible date, writing nothing', async () => {
    const { send, db } = await setup();
    const before = await snapshot(db);
    for (const bad of [{ timeZone: 'Mars/Olympus' }, { rrule: 'FREQ=SOMETIMES' }, { start: '2026-02-30T10:00' }]) {
      expect(await send('calendar/save', { event: { ...weekly, ...bad } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await snapshot(db)).toBe(before);
  });
});

describe('occurrences', () => {
  it('"this event only" moves one date into its own event; undo puts the series back as it was', async () => {
    const { send, ok, list } = await setup();
    const { events: [series] } = await ok(send('calendar/save', { event: weekly }));
    const { events, undo } = await ok(send('calendar/edit-occurrence', { eventId: series!.id, localStart: '2026-12-14T10:00', changes: { title: 'Special edition', start: '2026-12-14T18:00' }, scope: 'this' }));
    const oneOff = events.find((e) => e.id !== series!.id)!;
    expect(oneOff).toMatchObject({ title: 'Special edition', start: '2026-12-14T18:00', rrule: null, recurrenceOf: { eventId: series!.id, localStart: '2026-12-14T10:00' } });
    expect((await list()).find((e) => e.id === series!.id)?.exdates).toEqual(['2026-12-14T10:00']);
    await ok(send('calendar/restore', undo));
    const after = await list();
    expect(after).toHaveLength(1);
    expect(after[0]?.exdates).toEqual([]);
  });

  it('"the series" changes the event itself', async () => {
    const { send, ok, list } = await setup();
    const { events: [series] } = await ok(send('calendar/save', { event: weekly }));
    await ok(send('calendar/edit-occurrence', { eventId: series!.id, localStart: '2026-12-14T10:00', changes: { title: 'Livre de la semaine' }, scope: 'series' }));
    expect((await list()).map((e) => e.title)).toEqual(['Livre de la semaine']);
  });

  it('refuses a date that is not part of the series, in the CM language', async () => {
    const { send, ok } = await setup();
    const { events: [series] } = await ok(send('calendar/save', { event: weekly }));
    const r = await send('calendar/edit-occurrence', { eventId: series!.id, localStart: '2026-12-15T10:00', changes: { title: 'x' }, scope: 'this' });
    expect(r).toMatchObject({ ok: false, error: { message: 'This date is not part of the series any more. Reload the calendar and try again.' } });
  });

  it('deletes one date, or the series with its edited dates, each with undo', async () => {
    const { send, ok, list } = await setup();
    const { events: [series] } = await ok(send('calendar/save', { event: weekly }));
    await ok(send('calendar/edit-occurrence', { eventId: series!.id, localStart: '2026-12-21T10:00', changes: { title: 'Moved' }, scope: 'this' }));
    const one = await ok(send('calendar/delete', { eventId: series!.id, localStart: '2026-12-07T10:00', scope: 'this' }));
    expect((await list()).find((e) => e.id === series!.id)?.exdates).toEqual(['2026-12-21T10:00', '2026-12-07T10:00']);
    await ok(send('calendar/restore', one.undo));
    expect((await list()).find((e) => e.id === series!.id)?.exdates).toEqual(['2026-12-21T10:00']);

    const all = await ok(send('calendar/delete', { eventId: series!.id, localStart: '2026-12-07T10:00', scope: 'series' }));
    expect(await list()).toEqual([]);
    expect(await reminderAlarms()).toEqual([]);
    await ok(send('calendar/restore', all.undo));
    expect((await list()).map((e) => e.title).sort()).toEqual(['Book of the week', 'Moved']);
  });
});

describe('.ics', () => {
  it('imports a Google Calendar export and exports it back', async () => {
    const { send, ok, list } = await setup();
    const result = await ok(send('calendar/import-ics', { text: googleExport, timeZone: 'Europe/Paris' }));
    expect(result.imported).toBeGreaterThan(0);
    const events = await list();
    expect(events).toHaveLength(result.imported);
    expect(events.some((e) => e.rrule === 'FREQ=WEEKLY;BYDAY=MO')).toBe(true);
    const { ics, count } = await ok(send('calendar/export-ics', {}));
    expect(count).toBe(result.imported);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('UID:7kq2n1v3abc@google.com');
  });

  it('an invalid file writes nothing and lists its problems by line', async () => {
    const { send, db } = await setup();
    const before = await snapshot(db);
    const broken = googleExport.replace('DTSTART;TZID=Europe/Paris:20260105T100000', 'DTSTART;TZID=Europe/Paris:2026-01-05');
    const r = await send('calendar/import-ics', { text: broken, timeZone: 'Europe/Paris' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/^Nothing was imported: \d+ problem\(s\) found in the file\.$/);
    expect(r.error.details?.[0]?.message).toMatch(/^Line \d+: a date cannot be read\.$/);
    expect(await snapshot(db)).toBe(before);
    expect((await send('calendar/import-ics', { text: 'hello', timeZone: 'Europe/Paris' })).ok).toBe(false);
    expect(await snapshot(db)).toBe(before);
  });
});
