import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { migrate001 } from './001-initial';
import { migrate002 } from './002-brands-store';

type Migration = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void | Promise<void>;

/** Index i upgrades the database from version i to i + 1. Append only. */
export const MIGRATIONS: readonly Migration[] = [migrate001, migrate002];
export const DB_VERSION = MIGRATIONS.length;
