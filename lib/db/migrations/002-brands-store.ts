// FROZEN: shipped migration. Never edit; add a new numbered file instead.
// Brands get their own store so each brand can be written (and imported) on its own,
// and clips get the indexes the watch library filters on.
import type { IDBPDatabase, IDBPTransaction } from 'idb';

export async function migrate002(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): Promise<void> {
  const brands = db.createObjectStore('brands', { keyPath: 'id' });
  const clips = tx.objectStore('clips');
  clips.createIndex('site', 'site');
  clips.createIndex('competitor', 'competitor');
  clips.createIndex('postId', 'postId');
  db.createObjectStore('meta');

  const settingsStore = tx.objectStore('settings');
  const settings: unknown = await settingsStore.get('settings');
  if (settings && typeof settings === 'object' && 'brands' in settings) {
    const { brands: list, ...rest } = settings as { brands: unknown } & Record<string, unknown>;
    if (Array.isArray(list)) {
      let order = 0;
      for (const brand of list) {
        if (brand && typeof brand === 'object' && 'id' in brand) await brands.put({ ...brand, order: order++ });
      }
    }
    await settingsStore.put(rest, 'settings');
  }
}
