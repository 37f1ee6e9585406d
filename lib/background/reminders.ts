// Calendar reminders as chrome.alarms and notifications. Alarm names are deterministic
// (alarmName), so arming again replaces instead of adding; each reminder fired is recorded
// in storage.local, so neither a restart nor the catch-up of missed reminders shows one twice.
import { browser } from 'wxt/browser';
import { MINUTE_MS } from '../calendar/civil';
import { occursAt } from '../calendar/expand';
import { dueReminders, MAX_LATE_MS, nextReminders, parseAlarmName } from '../calendar/reminders';
import { zonedWallClockToInstant } from '../calendar/zone';
import { getEvent, listEvents } from '../db/calendar-repo';
import type { Db } from '../db/open';
import { getSettings } from '../db/settings-repo';
import { translate, type Locale } from '../i18n';
import { browserLocale, uiLocale } from './locale';

/** Alarms are armed two days ahead and topped up by REFRESH_ALARM; Chrome caps how many an extension holds. */
export const HORIZON_MS = 48 * 60 * MINUTE_MS;
export const MAX_ARMED = 200;
export const REFRESH_ALARM = 'reminders:refresh';
const REFRESH_PERIOD_MINUTES = 6 * 60;
const STORAGE_KEY = 'reminders';
/** A fired reminder can never be due again once this old (dueReminders looks back MAX_LATE_MS). */
const KEEP_FIRED_MS = MAX_LATE_MS + 24 * 60 * MINUTE_MS;

interface ReminderLog {
  /** Last time the catch-up ran: reminders due between then and now were missed. */
  lastCheckedAt: number | null;
  /** Alarm name → when it was shown. */
  fired: Record<string, number>;
}

async function readLog(): Promise<ReminderLog> {
  const raw: unknown = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  const log: ReminderLog = { lastCheckedAt: null, fired: {} };
  if (!raw || typeof raw !== 'object') return log;
  if ('lastCheckedAt' in raw && typeof raw.lastCheckedAt === 'number') log.lastCheckedAt = raw.lastCheckedAt;
  if ('fired' in raw && raw.fired && typeof raw.fired === 'object') {
    for (const [name, at] of Object.entries(raw.fired)) if (typeof at === 'number') log.fired[name] = at;
  }
  return log;
}

async function writeLog(log: ReminderLog, now: number): Promise<void> {
  const fired = Object.fromEntries(Object.entries(log.fired).filter(([, at]) => now - at < KEEP_FIRED_MS));
  await browser.storage.local.set({ [STORAGE_KEY]: { lastCheckedAt: log.lastCheckedAt, fired } });
}

// The catch-up at start and a late alarm can both reach the same reminder; one at a time
// through this chain, the second finds it recorded.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Arms the reminders of the next two days, drops alarms no longer wanted; never two for one occurrence.
 * One run at a time, through the same chain as firing: a calendar write and a schedule refresh
 * (worker start, settings/save…) can overlap, and a run that read the alarms and events before
 * the other created an alarm would clear that alarm as "no longer wanted".
 */
export function armReminders(db: Db, now: Date): Promise<number> {
  return serially(() => armNow(db, now));
}

async function armNow(db: Db, now: Date): Promise<number> {
  const [events, log, alarms] = await Promise.all([listEvents(db), readLog(), browser.alarms.getAll()]);
  const wanted = new Map<string, number>();
  for (const r of nextReminders(events, now, HORIZON_MS, MAX_ARMED)) {
    if (!(r.alarmName in log.fired)) wanted.set(r.alarmName, r.when);
  }
  const armed = new Map(alarms.filter((a) => parseAlarmName(a.name)).map((a) => [a.name, a.scheduledTime]));
  await Promise.all([...armed.keys()].filter((name) => !wanted.has(name)).map((name) => browser.alarms.clear(name)));
  for (const [name, when] of wanted) {
    if (armed.get(name) !== when) await browser.alarms.create(name, { when });
  }
  if (!alarms.some((a) => a.name === REFRESH_ALARM)) {
    await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: REFRESH_PERIOD_MINUTES, periodInMinutes: REFRESH_PERIOD_MINUTES });
  }
  return wanted.size;
}

function bodyFor(locale: Locale, start: number, now: number, timeZone: string, localStart: string): string {
  const minutes = Math.round((start - now) / MINUTE_MS);
  if (minutes >= 1) return translate(locale, 'calendar.reminder.body', { minutes });
  if (minutes >= -1) return translate(locale, 'calendar.reminder.body-now');
  const time = localStart.length > 10 ? localStart.slice(11, 16) : new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(start);
  return translate(locale, 'calendar.reminder.body-late', { time });
}

/**
 * Shows the reminder of one occurrence unless it was shown already, the occurrence no longer
 * exists (edited or deleted since it was armed) or it is too late to matter.
 */
export function fireReminder(db: Db, name: string, now: Date): Promise<boolean> {
  return serially(async () => {
    const parsed = parseAlarmName(name);
    if (!parsed) return false;
    const log = await readLog();
    if (name in log.fired) return false;
    const event = await getEvent(db, parsed.eventId);
    if (!event || event.reminderMinutes === null || !occursAt(event, parsed.localStart)) return false;
    const start = zonedWallClockToInstant(parsed.localStart, event.timeZone).getTime();
    const when = start - event.reminderMinutes * MINUTE_MS;
    // Chrome may fire a little early after sleep; a call well before its time is not its time.
    if (now.getTime() < when - MINUTE_MS) return false;
    log.fired[name] = now.getTime();
    await writeLog(log, now.getTime());
    if (now.getTime() - when > MAX_LATE_MS) return false;
    const locale = uiLocale(await getSettings(db), browserLocale());
    await browser.notifications.create(name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(locale, 'calendar.reminder.title', { title: event.title }),
      message: bodyFor(locale, start, now.getTime(), event.timeZone, parsed.localStart),
    });
    return true;
  });
}

/** Reminders that fell due while the browser or the worker was not running, each shown once. */
export async function catchUpReminders(db: Db, now: Date): Promise<number> {
  const log = await readLog();
  let shown = 0;
  if (log.lastCheckedAt !== null) {
    for (const r of dueReminders(await listEvents(db), log.lastCheckedAt, now)) {
      if (await fireReminder(db, r.alarmName, now)) shown++;
    }
  }
  await serially(async () => {
    const latest = await readLog();
    await writeLog({ ...latest, lastCheckedAt: now.getTime() }, now.getTime());
  });
  return shown;
}

/** The options page on the event, for a click on its reminder. */
export function eventPageUrl(eventId: string): string {
  return browser.runtime.getURL(`/options.html#/calendar/${encodeURIComponent(eventId)}`);
}

export async function openReminder(notificationId: string): Promise<boolean> {
  const parsed = parseAlarmName(notificationId);
  if (!parsed) return false;
  await browser.tabs.create({ url: eventPageUrl(parsed.eventId) });
  await browser.notifications.clear(notificationId);
  return true;
}

