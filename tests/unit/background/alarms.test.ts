// Reminders through chrome.alarms (faked): armed once per occurrence, shown once, also across
// worker restarts, missed ones caught up, and a click opens the event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAlarm, refreshSchedule, registerScheduling } from '@/lib/background/alarms';
import { armReminders, fireReminder, REFRESH_ALARM } from '@/lib/background/reminders';
import { instantToLocal } from '@/lib/calendar/zone';
import { createTestBackend } from '../../helpers/backend';

const previousTz = process.env.TZ;
beforeAll(() => { process.env.TZ = 'Europe/Paris'; });
afterAll(() => { process.env.TZ = previousTz; });

// A live Q&A every Thursday at 18:00 in Paris (17:00Z in winter), reminder 30 minutes before.
const EVENT = { title: 'Live Q&A', start: '2026-12-03T18:00', timeZone: 'Europe/Paris', rrule: 'FREQ=WEEKLY;BYDAY=TH', durationMinutes: 60, reminderMinutes: 30 };
const NAME = 'reminder:id-1:2026-12-03T18:00';
const DUE = Date.parse('2026-12-03T16:30:00Z');

async function setup() {
  const clock = { now: new Date('2026-12-02T09:00:00Z') };
  const backend = await createTestBackend({ seed: true, now: () => clock.now });
  const saved = await backend.send('calendar/save', { event: EVENT });
  if (!saved.ok) throw new Error(saved.error.message);
  return { ...backend, clock };
}

const reminderAlarms = async () => (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('reminder:'));
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

describe('arming', () => {
  it('arms one alarm per occurrence with a deterministic name; arming again never duplicates', async () => {
    const { db, clock } = await setup();
    expect((await reminderAlarms()).map((a) => [a.name, a.scheduledTime])).toEqual([[NAME, DUE]]);
    await armReminders(db, clock.now);
    await refreshSchedule(db, clock.now);
    expect(await reminderAlarms()).toHaveLength(1);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 360 });
  });

  it('drops the alarm of an occurrence that was removed', async () => {
    const { send } = await setup();
    await send('calendar/delete', { eventId: 'id-1', localStart: '2026-12-03T18:00', scope: 'this' });
    expect(await reminderAlarms()).toEqual([]);
  });
});

describe('firing', () => {
  it('shows the notification once, with the icon and the time left', async () => {
    const { db, clock } = await setup();
    clock.now = new Date(DUE);
    await handleAlarm(db, { name: NAME }, clock.now);
    const all = await fakeBrowser.notifications.getAll();
    expect(all[NAME]).toMatchObject({ type: 'basic', title: 'Live Q&A', message: 'Starts in 30 min', iconUrl: 'chrome-extension://test-extension-id/icon/128.png' });
    // Chrome delivering the same alarm twice, or the catch-up meeting it: still one.
    await fakeBrowser.notifications.clear(NAME);
    await handleAlarm(db, { name: NAME }, clock.now);
    expect(await shown()).toEqual([]);
  });

  it('a restarted worker neither fires it again nor arms it again', async () => {
    const { db, clock } = await setup();
    await refreshSchedule(db, clock.now);
    clock.now = new Date(DUE);
    expect(await fireReminder(db, NAME, clock.now)).toBe(true);
    await fakeBrowser.notifications.clear(NAME);
    // A new worker: in-memory state is gone, storage.local and IndexedDB remain.
    clock.now = new Date(DUE + 5 * 60_000);
    await refreshSchedule(db, clock.now);
    expect(await shown()).toEqual([]);
    expect((await reminderAlarms()).map((a) => a.name)).not.toContain(NAME);
  });

  it('catches up a reminder missed while the browser was closed, once', async () => {
    const { db, clock } = await setup();
    await refreshSchedule(db, clock.now);
    // The browser was closed before 17:30 and reopens at 17:45: the alarm never fired.
    await fakeBrowser.alarms.clearAll();
    clock.now = new Date(DUE + 15 * 60_000);
    await refreshSchedule(db, clock.now);
    const all = await fakeBrowser.notifications.getAll();
    expect(all[NAME]?.message).toBe('Starts in 15 min');
    await fakeBrowser.notifications.clear(NAME);
    await refreshSchedule(db, new Date(DUE + 20 * 60_000));
    expect(await shown()).toEqual([]);
  });

  it('drops a reminder more than six hours late, and one for a date no longer in the series', async () => {
    const { db, send } = await setup();
    expect(await fireReminder(db, NAME, new Date(DUE + 7 * 3_600_000))).toBe(false);
    await send('calendar/delete', { eventId: 'id-1', localStart: '2026-12-10T18:00', scope: 'this' });
    expect(await fireReminder(db, 'reminder:id-1:2026-12-10T18:00', new Date(Date.parse('2026-12-10T16:30:00Z')))).toBe(false);
    expect(await shown()).toEqual([]);
  });

  it('speaks the CM language', async () => {
    const { db, send } = await setup();
    const settings = await send('settings/get', {});
    if (!settings.ok) throw new Error('settings');
    await send('settings/save', { ...settings.data, uiLang: 'fr' });
    await fireReminder(db, NAME, new Date(DUE));
    expect((await fakeBrowser.notifications.getAll())[NAME]?.message).toBe('Commence dans 30 min');
  });
});

describe('listeners', () => {
  it('an alarm that wakes the worker fires the reminder, and a click opens the event in the options page', async () => {
    // The listeners read the real clock: an event that starts in 30 minutes, due now.
    const { db, send } = await createTestBackend({ seed: true });
    const start = instantToLocal(Date.now() + 30 * 60_000, 'Europe/Paris');
    const saved = await send('calendar/save', { event: { ...EVENT, rrule: null, start } });
    if (!saved.ok) throw new Error(saved.error.message);
    const name = `reminder:${saved.data.events[0]!.id}:${start}`;
    registerScheduling(() => Promise.resolve(db));
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now() });
    await expect.poll(shown).toEqual([name]);
    await fakeBrowser.notifications.onClicked.trigger(name);
    await expect.poll(async () => (await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(`chrome-extension://test-extension-id/options.html#/calendar/${saved.data.events[0]!.id}`);
    await expect.poll(shown).toEqual([]);
  });
});
