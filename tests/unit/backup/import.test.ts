import { describe, expect, it } from 'vitest';
import { createTestBackend, snapshot } from '../../helpers/backend';
import { createRng, HOSTILE_STRINGS, POLLUTION_KEYS, randomValue, withProtoKey } from '../../helpers/fuzz';
import { parseBackupText } from '@/lib/backup/file';

const body = "Bonjour {{author.firstName|à vous}},\nDésolés pour ce retard, on regarde tout de suite.\n\nL'équipe Acme";

describe('backup import', () => {
  it('imports a hand-written file holding only templates with a title and a body', async () => {
    const { send } = await createTestBackend();
    const result = await send('backup/import', { backup: { templates: [{ title: 'Retard', body }, { title: 'Merci', body: 'Merci !' }] } });
    expect(result).toEqual({ ok: true, data: { templates: 2, clips: 0, calendar: 0, checklist: 0, checklistHistory: 0, authors: 0, settings: false } });
    const list = await send('templates/list', {});
    expect(list.ok && list.data.map((t) => [t.title, t.body, t.lang, t.platforms])).toEqual([
      ['Merci', 'Merci !', 'fr', ['any']],
      ['Retard', body, 'fr', ['any']],
    ]);
  });

  it('replaces the record with the same id and keeps the others', async () => {
    const { send } = await createTestBackend();
    await send('backup/import', { backup: { templates: [{ id: 'a', title: 'A', body: '1' }, { id: 'b', title: 'B', body: '2' }] } });
    await send('backup/import', { backup: { templates: [{ id: 'a', title: 'A2', body: '1 bis' }] } });
    const list = await send('templates/list', {});
    expect(list.ok && list.data.map((t) => `${t.id}:${t.title}`)).toEqual(['a:A2', 'b:B']);
  });

  it('keeps one record per post when the same clip is imported twice', async () => {
    const { db, send } = await createTestBackend();
    const clip = { site: 'x', postId: '123', authorName: 'Rival', text: 'Promo', permalink: 'https://x.com/rival/status/123' };
    await send('backup/import', { backup: { clips: [clip] } });
    await send('backup/import', { backup: { clips: [{ ...clip, id: 'something-else', text: 'Promo !' }] } });
    const all = await db.getAll('clips');
    expect(all.map((c) => [c.id, c.text])).toEqual([['x:123', 'Promo !']]);
  });

  it('merges brands by id and refuses settings that name a missing active brand', async () => {
    const { db, send } = await createTestBackend();
    const ok = await send('backup/import', { backup: { settings: { brands: [{ id: 'acme', name: 'Acme', register: 'tu' }], dayStartHour: 6 } } });
    expect(ok.ok).toBe(true);
    const settings = await send('settings/get', {});
    expect(settings.ok && settings.data.brands.map((b) => b.id)).toEqual(['brand-default', 'acme']);
    expect(settings.ok && settings.data.dayStartHour).toBe(6);

    const before = await snapshot(db);
    const bad = await send('backup/import', { backup: { templates: [{ title: 'T', body: 'B' }], settings: { activeBrandId: 'nope' } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-backup', details: [{ path: 'settings.activeBrandId' }] } });
    expect(await snapshot(db)).toBe(before);
  });

  it('writes nothing from a file with one bad record and says which record and why', async () => {
    const { db, send } = await createTestBackend();
    const before = await snapshot(db);
    const result = await send('backup/import', {
      backup: { templates: [{ title: 'Good', body: 'ok' }, { title: 'Good 2', body: 'ok' }, { title: 'No body' }, { title: 42, body: 'x' }] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe('This file cannot be imported: 2 problem(s) found. Nothing was imported.');
      expect(result.error.details).toEqual([
        { path: 'templates[2].body', message: 'is missing' },
        { path: 'templates[3].title', message: 'should be text, not a number' },
      ]);
    }
    expect(await snapshot(db)).toBe(before);
  });

  it('explains problems in French when the CM uses French', async () => {
    const { send } = await createTestBackend();
    const current = await send('settings/get', {});
    if (!current.ok) throw new Error('no settings');
    await send('settings/save', { ...current.data, uiLang: 'fr' });
    const result = await send('backup/import', { backup: { templates: [{ body: 'x' }, { title: 'T', body: 'B', lang: 'de' }] } });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-backup',
        message: "Ce fichier ne peut pas être importé : 2 problème(s) trouvé(s). Rien n'a été importé.",
        details: [
          { path: 'templates[0].title', message: 'est manquant' },
          { path: 'templates[1].lang', message: "devrait valoir l'un de : \"fr\", \"en\"" },
        ],
      },
    });
  });

  it('refuses a file from a newer version and unknown top-level fields', async () => {
    const { send } = await createTestBackend();
    expect(await send('backup/import', { backup: { format: 'cm-sidekick', version: 2, templates: [] } })).toMatchObject({ ok: false, error: { details: [{ path: 'version' }] } });
    expect(await send('backup/import', { backup: { template: [{ title: 'a', body: 'b' }] } })).toMatchObject({ ok: false, error: { details: [{ path: 'the file', message: 'has unknown field(s): template' }] } });
  });

  it('export then import into an empty profile is lossless', async () => {
    const a = await createTestBackend();
    await a.send('backup/import', {
      backup: {
        templates: [{ id: 't1', title: 'Retard', body, tags: ['retard', 'livraison'], lang: 'fr', platforms: ['x', 'facebook'], shortcut: 'retard', usage: { count: 4, lastUsedAt: '2026-11-30T10:00:00.000Z' } }],
        clips: [{ site: 'facebook', postId: '99', authorName: 'Rival', authorHandle: 'https://www.facebook.com/rival', text: '<script>alert(1)</script>', permalink: 'https://www.facebook.com/rival/posts/99', time: '2026-11-29T08:00:00.000Z', counts: { replies: 3, reposts: null, likes: 10, views: null }, samples: [{ at: '2026-11-29T09:00:00.000Z', replies: 1, reposts: null, likes: 5, views: null }], tags: ['promo'], competitor: 'Rival', note: 'À suivre' }],
        calendar: [{ id: 'e1', title: 'Livre de la semaine', start: '2026-12-07T10:00', timeZone: 'Europe/Paris', rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-12-28T10:00'], reminderMinutes: 30, tags: ['recurring-topic'] }],
        checklist: [{ id: 'c1', label: 'Veille', why: 'Voir ce que font les concurrents', recurrence: { kind: 'weekly', days: ['MO', 'TH'] }, required: false }],
        checklistHistory: [{ day: '2026-11-30', brand: null, done: { c1: '2026-11-30T08:00:00.000Z' }, items: [{ key: 'c1', label: 'Veille', required: false }], closed: true }],
        authors: [{ site: 'x', key: 'karim', displayName: 'Karim B.', firstName: 'Karim', segment: 'veteran', tags: ['vip'], note: '3e réclamation', interactions: [{ kind: 'reply', at: '2026-11-30T08:00:00.000Z', detail: 'Retard' }] }],
        settings: { brands: [{ id: 'acme', name: 'Acme', lang: 'fr', register: 'tu', signature: "L'équipe Acme" }], activeBrandId: 'acme', myName: 'Léa', watchTerms: ['#acme'] },
      },
    });
    const exported = await a.send('backup/export', {});
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const file = JSON.parse(JSON.stringify(exported.data)) as typeof exported.data;
    expect(file.format).toBe('cm-sidekick');
    expect(file.clips[0]?.text).toBe('<script>alert(1)</script>');

    const b = await createTestBackend();
    const imported = await b.send('backup/import', { backup: file });
    expect(imported).toMatchObject({ ok: true, data: { templates: 1, clips: 1, calendar: 1, checklist: 1, checklistHistory: 1, authors: 1, settings: true } });
    const again = await b.send('backup/export', {});
    expect(again.ok && { ...again.data, exportedAt: file.exportedAt }).toEqual(file);
  });
});

describe('backup files', () => {
  it('rejects what is not JSON and files over the size limit, before anything is sent', () => {
    expect(parseBackupText('{"templates": [', 20)).toEqual({ ok: false, key: 'error.invalid-json' });
    expect(parseBackupText('{}', 100 * 1024 * 1024)).toMatchObject({ ok: false, key: 'error.file-too-large' });
    expect(parseBackupText('\uFEFF{"templates":[]}', 20)).toEqual({ ok: true, value: { templates: [] } });
  });
});

describe('backup import fuzz', () => {
  it('survives 1,000 malformed or hostile files: no crash, no partial write, a clear error each time', async () => {
    const { db, send } = await createTestBackend();
    const rng = createRng(42);
    const valid = { title: 'ok', body: 'ok' };
    const collections = ['templates', 'clips', 'calendar', 'checklist', 'checklistHistory', 'authors'];
    let rejected = 0;
    for (let i = 0; i < 1_000; i++) {
      const collection = rng.pick(collections);
      let file: unknown;
      switch (i % 8) {
        case 0: file = randomValue(rng); break;
        // Good records first, then one hostile: either all three are written or none is.
        case 1: file = { templates: [valid, valid, { title: rng.pick(HOSTILE_STRINGS), body: randomValue(rng) }] }; break;
        case 2: file = withProtoKey({ templates: [valid, { title: 'x' }] }, { polluted: true }); break;
        case 3: file = { [collection]: [randomValue(rng), randomValue(rng)] }; break;
        case 4: file = { templates: [valid], settings: { brands: randomValue(rng), [rng.pick(POLLUTION_KEYS)]: { polluted: true }, activeBrandId: 'missing' } }; break;
        case 5: file = { templates: [valid], clips: [{ site: 'x', postId: '1', authorName: 'a', text: 'b', permalink: rng.pick(['javascript:alert(1)', 'http://x.com/a', 'not a url']) }] }; break;
        case 6: file = { templates: [{ ...valid, title: 'a'.repeat(600) }, { ...valid, tags: Array.from({ length: 60 }, (_, k) => `t${k}`) }] }; break;
        default: file = { format: rng.pick(['cm-sidekick', 'other', 1]), version: rng.pick([0, 2, '1']), templates: [valid] };
      }
      const before = await snapshot(db);
      const countBefore = await db.count('templates');
      const result = await send('backup/import', { backup: file });
      if (result.ok) {
        // A file that was in fact valid (HTML in a title is just text) is written whole.
        const written = (file as { templates?: Array<{ title: string }> }).templates ?? [];
        expect(await db.count('templates')).toBe(countBefore + written.length);
        const titles = (await db.getAll('templates')).map((t) => t.title);
        for (const t of written) expect(titles).toContain(t.title.trim());
        continue;
      }
      rejected++;
      expect(['invalid-backup', 'bad-request']).toContain(result.error.code);
      expect(result.error.message).toMatch(/Nothing was imported|nothing was changed/);
      expect(result.error.details?.length).toBeGreaterThan(0);
      for (const d of result.error.details ?? []) expect(d.message).not.toMatch(/undefined|\[object/);
      expect(await snapshot(db)).toBe(before);
    }
    expect(rejected).toBeGreaterThan(900);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
