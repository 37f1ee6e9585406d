import { openDb, type Db } from '@/lib/db/open';
import { createHandlers } from '@/lib/background/handlers';
import { seedFirstRun } from '@/lib/background/seed';
import { createRouter, type SenderInfo } from '@/lib/messaging/router';
import type { MessageType, RequestOf, ResponseOf, Result } from '@/lib/messages';
import { ALL_STORES } from '@/lib/db/schema';
import { getSettings } from '@/lib/db/settings-repo';
import { uiLocale } from '@/lib/background/locale';

export const EXTENSION_ID = 'test-extension-id';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
export const PAGE_SENDER: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}options.html` };
export const CONTENT_SENDER: SenderInfo = { id: EXTENSION_ID, url: 'https://x.com/home', tab: { id: 1, url: 'https://x.com/home' } };

let counter = 0;

/** A real router over a real (fake-indexeddb) database, as the background wires them. */
export async function createTestBackend(opts: { now?: () => Date; seed?: boolean } = {}) {
  const db = await openDb(`cmsk-test-${++counter}-${Math.random()}`);
  // Most tests start from an empty profile; first-run content has its own tests.
  if (opts.seed) await seedFirstRun(db, { now: new Date('2026-12-01T09:00:00Z'), locale: 'en', timeZone: 'Europe/Paris' });
  let ids = 0;
  const route = createRouter(createHandlers(db, { browserLocale: () => 'en', now: opts.now ?? (() => new Date('2026-12-01T09:00:00Z')), newId: () => `id-${++ids}` }), {
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    // As in the background: errors speak the CM's chosen language.
    locale: async () => uiLocale(await getSettings(db), 'en'),
  });
  async function send<T extends MessageType>(type: T, data: RequestOf<T>, sender: SenderInfo = PAGE_SENDER): Promise<Result<ResponseOf<T>>> {
    return (await route({ cmsk: 1, type, data }, sender)) as Result<ResponseOf<T>>;
  }
  return { db, route, send };
}

/** Every record of every store, to prove that a rejected request changed nothing. */
export async function snapshot(db: Db): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const store of ALL_STORES) {
    const tx = db.transaction(store, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    out[store] = keys.map((k, i) => [k, values[i]]);
  }
  return JSON.stringify(out);
}
