import { browser } from 'wxt/browser';
import { openDb, type Db } from '../db/open';
import { getSettings } from '../db/settings-repo';
import { createRouter } from '../messaging/router';
import { registerScheduling } from './alarms';
import { registerCommands } from './commands';
import { createHandlers } from './handlers';
import { browserLocale, uiLocale } from './locale';
import { seedFirstRun } from './seed';

const RESCHEDULE_AFTER = new Set(['backup/import', 'settings/save', 'brands/activate']);

/**
 * Starts everything the background owns. Listeners are registered synchronously, before any
 * await, so a message that wakes a stopped service worker is not missed.
 */
export function startBackground(): void {
  let dbPromise: Promise<Db> | null = null;
  const db = (): Promise<Db> => {
    dbPromise ??= openDb().then(async (opened) => {
      await seedFirstRun(opened, { now: new Date(), locale: browserLocale() });
      return opened;
    });
    return dbPromise;
  };

  const routerPromise = db().then((opened) =>
    createRouter(createHandlers(opened, { browserLocale }), {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      locale: async () => uiLocale(await getSettings(opened)),
      onError: (error, type) => console.error(`[CM Sidekick] ${type} failed`, error),
    }),
  );

  // Reminders, the daily reset and the badge: alarm, notification and start-up listeners.
  const refreshSchedule = registerScheduling(db);
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    routerPromise.then(async (route) => {
      const result = await route(message, sender);
      // These writes can change today's list or the reminders without passing through the
      // calendar and checklist handlers: an import, a new day-start hour, another brand.
      if (result?.ok && RESCHEDULE_AFTER.has((message as { type?: string }).type ?? '')) void refreshSchedule();
      return result;
    }),
  );
  registerCommands();
}
