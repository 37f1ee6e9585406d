import { browser } from 'wxt/browser';
import { openDb, type Db } from '../db/open';
import { getSettings } from '../db/settings-repo';
import { createRouter } from '../messaging/router';
import { createHandlers } from './handlers';
import { browserLocale, uiLocale } from './locale';
import { seedFirstRun } from './seed';

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

  browser.runtime.onMessage.addListener((message: unknown, sender) => routerPromise.then((route) => route(message, sender)));
}
