// People messages through the real router and database: upsert, batched lookups, delete and
// undo, merge, and replies recorded from templates/used.
import { describe, expect, it } from 'vitest';
import { CONTENT_SENDER, createTestBackend, PAGE_SENDER } from '../../helpers/backend';

const TEMPLATE = { title: 'Retard de livraison', body: 'Bonjour {{author.firstName|à vous}}', lang: 'fr' as const, platforms: ['any' as const], tags: [] };

describe('people messages', () => {
  it('keeps fields not sent, and only returns people worth a marker', async () => {
    const { send } = await createTestBackend();
    const first = await send('people/upsert', { site: 'x', key: 'jsmith', displayName: 'Jordan Smith', note: 'Commande #4521' }, CONTENT_SENDER);
    expect(first.ok && first.data.id).toBe('x:jsmith');
    await send('people/upsert', { site: 'x', key: 'jsmith', segment: 'engaged', tags: ['vip'] }, CONTENT_SENDER);
    await send('people/upsert', { site: 'x', key: 'nobody', displayName: 'No One' }, CONTENT_SENDER);
    const many = await send('people/get-many', { ids: ['x:jsmith', 'x:nobody', 'x:unknown'] }, CONTENT_SENDER);
    expect(many.ok).toBe(true);
    if (!many.ok) return;
    expect(many.data.people.map((p) => [p.id, p.note, p.segment, p.tags])).toEqual([['x:jsmith', 'Commande #4521', 'engaged', ['vip']]]);
  });

  it('does not let a content script list, delete or merge', async () => {
    const { send } = await createTestBackend();
    expect((await send('people/list', {}, CONTENT_SENDER)).ok).toBe(false);
    expect((await send('people/delete', { ids: ['x:a'] }, CONTENT_SENDER)).ok).toBe(false);
  });

  it('deletes and puts back the same record on undo', async () => {
    const { send } = await createTestBackend();
    await send('people/upsert', { site: 'facebook', key: 'marie.dupont', displayName: 'Marie Dupont', note: 'Ambassadrice', addInteraction: { kind: 'follow-up', at: '2026-11-30T10:00:00Z', detail: 'relancer' } }, PAGE_SENDER);
    const deleted = await send('people/delete', { ids: ['facebook:marie.dupont'] });
    expect(deleted.ok && deleted.data.deleted).toHaveLength(1);
    if (!deleted.ok) return;
    const d = deleted.data.deleted[0]!;
    const listed = await send('people/list', {});
    expect(listed.ok && listed.data.people).toEqual([]);
    await send('people/upsert', { site: d.site, key: d.key, displayName: d.displayName, note: d.note, interactions: d.interactions });
    const back = await send('people/list', {});
    expect(back.ok && back.data.people.map((p) => [p.id, p.note, p.interactions.length])).toEqual([['facebook:marie.dupont', 'Ambassadrice', 1]]);
  });

  it('merges a duplicate into another and deletes it', async () => {
    const { send } = await createTestBackend();
    await send('people/upsert', { site: 'x', key: 'jsmith', note: 'A' });
    await send('people/upsert', { site: 'x', key: 'jordan_s', note: 'B', tags: ['vip'] });
    const merged = await send('people/merge', { from: 'x:jordan_s', into: 'x:jsmith' });
    expect(merged.ok && [merged.data.person.note, merged.data.person.tags]).toEqual(['A\n\nB', ['vip']]);
    const listed = await send('people/list', {});
    expect(listed.ok && listed.data.people.map((p) => p.id)).toEqual(['x:jsmith']);
    const missing = await send('people/merge', { from: 'x:gone', into: 'x:jsmith' });
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });

  it('records a reply on the person when a template is inserted for them, once per use id', async () => {
    const { send } = await createTestBackend();
    const saved = await send('templates/save', TEMPLATE);
    if (!saved.ok) throw new Error(saved.error.message);
    const used = { id: saved.data.id, useId: 'use-1', author: { site: 'x', key: 'jsmith', name: 'Jordan Smith' } } as const;
    expect((await send('templates/used', used, CONTENT_SENDER)).ok).toBe(true);
    await send('templates/used', used, CONTENT_SENDER);
    const many = await send('people/get-many', { ids: ['x:jsmith'] }, CONTENT_SENDER);
    expect(many.ok && many.data.people.map((p) => [p.displayName, p.interactionCount, p.interactions.map((i) => [i.kind, i.detail])])).toEqual([['Jordan Smith', 1, [['reply', 'Retard de livraison']]]]);
    // First met today: the card suggests "newcomer", from the whole timeline.
    expect(many.ok && many.data.people[0]?.suggestedSegment).toBe('newcomer');
    // Without an author (a new post), only the template's use is counted.
    expect((await send('templates/used', { id: saved.data.id, useId: 'use-2' }, CONTENT_SENDER)).ok).toBe(true);
  });
});
