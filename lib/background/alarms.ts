// Everything the background schedules: calendar reminders, the daily reset of the checklist and
// the toolbar badge. Listeners are registered synchronously when the worker starts (an alarm
// or a notification click that wakes a stopped worker must find them); the work waits for the db.
import { browser, type Browser } from 'wxt/browser';
import type { Db } from '../db/open';
import { DAY_START_ALARM, refreshBadge } from './badge';
import { browserLocale } from './locale';
import { armReminders, catchUpReminders, fireReminder, openReminder, REFRESH_ALARM } from './reminders';

function report(what: string) {
  return (error: unknown) => console.error(`[CM Sidekick] ${what} failed`, error);
}

/** Re-arms reminders, shows the ones missed while nothing ran, closes a finished day and sets the badge. */
export async function refreshSchedule(db: Db, now: Date): Promise<void> {
  await catchUpReminders(db, now);
  await armReminders(db, now);
  await refreshBadge(db, now, browserLocale());
}

export async function handleAlarm(db: Db, alarm: Pick<Browser.alarms.Alarm, 'name'>, now: Date): Promise<void> {
  if (alarm.name === DAY_START_ALARM) {
    await refreshBadge(db, now, browserLocale());
  } else if (alarm.name === REFRESH_ALARM) {
    await armReminders(db, now);
  } else {
    await fireReminder(db, alarm.name, now);
  }
}

/**
 * Called once per worker start. The refresh runs on every start (cheap: two days of
 * reminders and one day's list), which covers install, browser start and a worker that
 * Chrome stopped; onStartup/onInstalled only ask for the same refresh again, coalesced.
 */
export function registerScheduling(db: () => Promise<Db>): () => Promise<void> {
  let running: Promise<void> | null = null;
  const refresh = (): Promise<void> => {
    running ??= db()
      .then((opened) => refreshSchedule(opened, new Date()))
      .catch(report('schedule refresh'))
      .finally(() => { running = null; });
    return running;
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    void db().then((opened) => handleAlarm(opened, alarm, new Date())).catch(report(`alarm ${alarm.name}`));
  });
  browser.notifications.onClicked.addListener((id) => {
    void openReminder(id).catch(report('opening a reminder'));
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  void refresh();
  return refresh;
}
