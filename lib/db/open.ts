import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_VERSION, MIGRATIONS } from './migrations';
import type { CmskDb } from './schema';

export const DB_NAME = 'cm-sidekick';
export type Db = IDBPDatabase<CmskDb>;

/** Opens (and upgrades) the database. Only the background service worker calls this. */
export async function openDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  const db = await openDB<unknown>(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      const target = newVersion ?? version;
      // Migrations run in order inside the one versionchange transaction: all or nothing.
      for (let v = oldVersion; v < target; v++) {
        const step = MIGRATIONS[v];
        if (!step) throw new Error(`No migration from database version ${v}`);
        await step(database, tx as IDBPTransaction<unknown, string[], 'versionchange'>);
      }
    },
  });
  return db as unknown as Db;
}
