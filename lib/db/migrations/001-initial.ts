// FROZEN: shipped migration. Never edit; add a new numbered file instead.
// It imports nothing from live code so that later changes to schemas cannot alter what it did.
import type { IDBPDatabase, IDBPTransaction } from 'idb';

export function migrate001(db: IDBPDatabase<unknown>, _tx: IDBPTransaction<unknown, string[], 'versionchange'>): void {
  const templates = db.createObjectStore('templates', { keyPath: 'id' });
  templates.createIndex('updatedAt', 'updatedAt');
  const clips = db.createObjectStore('clips', { keyPath: 'id' });
  clips.createIndex('savedAt', 'savedAt');
  db.createObjectStore('calendar', { keyPath: 'id' });
  db.createObjectStore('checklistItems', { keyPath: 'id' });
  // Keyed out of line by `${brand}|${day}`: one record per brand and day.
  db.createObjectStore('checklistDays');
  db.createObjectStore('authors', { keyPath: 'id' });
  // Single record under the key 'settings'; version 1 kept brands inside it.
  db.createObjectStore('settings');
}
