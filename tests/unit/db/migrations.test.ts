import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { MIGRATIONS, DB_VERSION } from '@/lib/db/migrations';
import { openDb } from '@/lib/db/open';
import { getSettings } from '@/lib/db/settings-repo';
import { listTemplates } from '@/lib/db/templates-repo';

const NOW = '2026-12-01T09:00:00.000Z';

/** Data as each version wrote it, added right after the database reached that version. */
const DATA_BY_VERSION: Record<number, Record<string, Array<{ key?: string; value: unknown }>>> = {
  1: {
    templates: [{ value: { id: 't1', title: 'Retard de livraison', body: 'Bonjour {{author.firstName|à vous}}', tags: ['delivery'], lang: 'fr', platforms: ['any'], brand: null, shortcut: 'retard', example: false, usage: { count: 2, lastUsedAt: NOW }, createdAt: NOW, updatedAt: NOW } }],
    clips: [{ value: { id: 'x:1', site: 'x', postId: '1', permalink: 'https://x.com/a/status/1', authorName: 'A', authorHandle: 'a', text: 'hello', time: NOW, counts: { replies: 1, reposts: 2, likes: 3, views: 4 }, media: [], isReply: false, isQuote: false, quotedPostId: null, tags: [], competitor: 'Rival', note: '', samples: [], savedAt: NOW, updatedAt: NOW } }],
    calendar: [{ value: { id: 'e1', title: 'Livre de la semaine', notes: '', brand: null, platforms: ['any'], start: '2026-12-07T10:00', timeZone: 'Europe/Paris', durationMinutes: null, rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: [], reminderMinutes: 30, tags: [], inChecklist: true, example: false, createdAt: NOW, updatedAt: NOW } }],
    checklistItems: [{ value: { id: 'c1', label: 'Veille du matin', why: '', recurrence: { kind: 'daily' }, required: true, brand: null, order: 0, source: { kind: 'routine', url: null }, example: false, createdAt: NOW, updatedAt: NOW } }],
    checklistDays: [{ key: '*|2026-11-30', value: { day: '2026-11-30', brand: null, done: { c1: NOW }, items: [{ key: 'c1', label: 'Veille du matin', required: true }], closed: true } }],
    authors: [{ value: { id: 'x:karim', site: 'x', key: 'karim', displayName: 'Karim', firstName: 'Karim', segment: 'engaged', tags: ['vip'], note: 'Fidèle', interactions: [], updatedAt: NOW } }],
    // Version 1 kept the brands inside the settings record.
    settings: [{ key: 'settings', value: { uiLang: 'fr', theme: 'dark', dayStartHour: 5, myName: 'Léa', brands: [{ id: 'b1', name: 'Acme', lang: 'fr', register: 'tu', signature: 'L’équipe Acme' }, { id: 'b2', name: 'Zeta', lang: 'en', register: 'vous', signature: '' }], activeBrandId: 'b2', watchList: [], watchTerms: [], mutedHints: [], notes: '' } }],
  },
  2: {
    templates: [{ value: { id: 't2', title: 'Merci', body: 'Merci {{author.firstName}} !', tags: [], lang: 'fr', platforms: ['x'], brand: 'b1', shortcut: null, example: true, usage: { count: 0, lastUsedAt: null }, createdAt: NOW, updatedAt: NOW } }],
  },
};

/** Opens a database and upgrades it only as far as `version`, with the migrations of that time. */
async function openAt(name: string, version: number) {
  return openDB(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]!(db, tx as never);
    },
  });
}

describe('database migrations', () => {
  it('are numbered from 1 without gaps', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  for (let from = 1; from < DB_VERSION; from++) {
    it(`upgrade from version ${from} with data in it loses nothing`, async () => {
      const name = `migrate-from-${from}-${Math.random()}`;
      // Build the database as it was at `from`, writing each version's data as that version did.
      for (let v = 1; v <= from; v++) {
        const db = await openAt(name, v);
        for (const [store, rows] of Object.entries(DATA_BY_VERSION[v] ?? {})) {
          for (const row of rows) await (row.key === undefined ? db.put(store, row.value) : db.put(store, row.value, row.key));
        }
        db.close();
      }

      const db = await openDb(name);
      expect(db.version).toBe(DB_VERSION);
      const templates = await listTemplates(db);
      const expectedTemplates = Object.values(DATA_BY_VERSION).filter((_, i) => i + 1 <= from).flatMap((d) => d.templates ?? []).length;
      expect(templates).toHaveLength(expectedTemplates);
      expect(templates.find((t) => t.id === 't1')?.usage).toEqual({ count: 2, lastUsedAt: NOW });
      expect(await db.get('clips', 'x:1')).toMatchObject({ competitor: 'Rival', counts: { likes: 3 } });
      expect(await db.get('calendar', 'e1')).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=MO' });
      expect(await db.get('checklistItems', 'c1')).toMatchObject({ label: 'Veille du matin' });
      expect(await db.get('checklistDays', '*|2026-11-30')).toMatchObject({ done: { c1: NOW } });
      expect(await db.get('authors', 'x:karim')).toMatchObject({ note: 'Fidèle', segment: 'engaged' });

      const settings = await getSettings(db);
      expect(settings).toMatchObject({ uiLang: 'fr', theme: 'dark', dayStartHour: 5, myName: 'Léa', activeBrandId: 'b2' });
      // Brands keep their order after moving to their own store.
      expect(settings?.brands.map((b) => b.name)).toEqual(['Acme', 'Zeta']);
      expect(settings?.brands[0]).toEqual({ id: 'b1', name: 'Acme', lang: 'fr', register: 'tu', signature: 'L’équipe Acme' });
      expect(await db.get('settings', 'settings')).not.toHaveProperty('brands');
      db.close();
    });
  }

  it('a fresh install creates every store at the latest version', async () => {
    const db = await openDb(`fresh-${Math.random()}`);
    expect([...db.objectStoreNames].sort()).toEqual(['authors', 'brands', 'calendar', 'checklistDays', 'checklistItems', 'clips', 'meta', 'settings', 'templates']);
    expect([...db.transaction('clips').store.indexNames].sort()).toEqual(['competitor', 'postId', 'savedAt', 'site']);
    db.close();
  });
});
