import { describe, expect, it } from 'vitest';
import { decodeFilter, mayHold } from '@/lib/id-filter';
import type { ListCursor } from '@/lib/protocol/clips';
import { CONTENT_SENDER, createTestBackend } from '../../helpers/backend';
import { makePost } from './make-clip';

function clock(start = '2026-12-01T09:00:00.000Z') {
  let now = new Date(start);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const HOUR = 3_600_000;

describe('clips repository through the router', () => {
  it('saves a post once, whatever the number of saves, and refreshes its counts', async () => {
    const c = clock();
    const { send, db } = await createTestBackend({ now: c.now });
    const post = makePost();
    const first = await send('clips/save', { post }, CONTENT_SENDER);
    expect(first.ok).toBe(true);
    c.advance(2 * HOUR);
    const again = await send('clips/save', { post: { ...post, counts: { replies: 5, reposts: 2, likes: 30, views: null } } }, CONTENT_SENDER);
    expect(again.ok && again.data).toMatchObject({ id: `x:${post.postId}`, sampleCount: 2, counts: { replies: 5, likes: 30, views: 40 } });
    expect(await db.count('clips')).toBe(1);
    const stored = await db.get('clips', `x:${post.postId}`);
    expect(stored?.samples.map((s) => s.likes)).toEqual([3, 30]);
    expect(stored?.savedAt).toBe('2026-12-01T09:00:00.000Z');
  });

  it('a double click is one observation, not two samples', async () => {
    const c = clock();
    const { send, db } = await createTestBackend({ now: c.now });
    const post = makePost();
    await send('clips/save', { post }, CONTENT_SENDER);
    c.advance(2 * HOUR);
    await send('clips/save', { post }, CONTENT_SENDER);
    c.advance(500);
    await send('clips/save', { post: { ...post, counts: { ...post.counts, likes: 9 } } }, CONTENT_SENDER);
    expect((await db.get('clips', `x:${post.postId}`))?.samples.map((s) => s.likes)).toEqual([3, 9]);
  });

  it('infers the competitor from the watch list on a plain save, and keeps tags on re-save', async () => {
    const { send } = await createTestBackend({ seed: true });
    const settings = await send('settings/get', {});
    if (!settings.ok) throw new Error('no settings');
    await send('settings/save', { ...settings.data, watchList: [{ handle: '@Cafe_Lumiere', competitor: 'Café Lumière' }] });
    const post = makePost();
    const saved = await send('clips/save', { post, details: { tags: ['promo'] } }, CONTENT_SENDER);
    expect(saved.ok && saved.data.competitor).toBe('Café Lumière');
    const again = await send('clips/save', { post, details: { tags: ['lyon'] } }, CONTENT_SENDER);
    expect(again.ok && again.data.tags).toEqual(['promo', 'lyon']);
    const other = await send('clips/save', { post: makePost({ authorHandle: 'someone_else' }) }, CONTENT_SENDER);
    expect(other.ok && other.data.competitor).toBeNull();
  });

  it('answers clips/state for a whole batch in one message', async () => {
    const { send } = await createTestBackend();
    const saved = [makePost(), makePost()];
    for (const post of saved) await send('clips/save', { post }, CONTENT_SENDER);
    const ids = [saved[0]!.postId, 'not-saved', saved[1]!.postId, ...Array.from({ length: 200 }, (_, i) => `other-${i}`)];
    const state = await send('clips/state', { site: 'x', postIds: ids }, CONTENT_SENDER);
    expect(state.ok && state.data.saved).toEqual([saved[0]!.postId, saved[1]!.postId]);
    // Same id on the other site is another post.
    const fb = await send('clips/state', { site: 'facebook', postIds: [saved[0]!.postId] }, CONTENT_SENDER);
    expect(fb.ok && fb.data.saved).toEqual([]);
    // The options page may not ask: it is a content-script message.
    expect((await send('clips/state', { site: 'x', postIds: [] })).ok).toBe(false);
  });

  it("answers clips/saved-filter with a filter of the site's saved posts only", async () => {
    const { send } = await createTestBackend();
    const xPosts = [makePost(), makePost()];
    for (const post of xPosts) await send('clips/save', { post }, CONTENT_SENDER);
    const fbPost = makePost({ site: 'facebook', postId: 'pfbid0fb1', permalink: 'https://www.facebook.com/cafe/posts/pfbid0fb1' });
    await send('clips/save', { post: fbPost }, CONTENT_SENDER);
    const x = await send('clips/saved-filter', { site: 'x' }, CONTENT_SENDER);
    const fb = await send('clips/saved-filter', { site: 'facebook' }, CONTENT_SENDER);
    const xFilter = decodeFilter(x.ok ? x.data : null)!;
    const fbFilter = decodeFilter(fb.ok ? fb.data : null)!;
    expect(xPosts.every((p) => mayHold(xFilter, p.postId))).toBe(true);
    expect(mayHold(fbFilter, fbPost.postId)).toBe(true);
    expect(xPosts.some((p) => mayHold(fbFilter, p.postId))).toBe(false);
    expect(mayHold(xFilter, fbPost.postId)).toBe(false);
    expect((await send('clips/saved-filter', { site: 'x' })).ok).toBe(false);
    // Bad requests get a clear error, as every message does.
    const bad = await send('clips/saved-filter', { site: 'myspace', extra: 1 } as never, CONTENT_SENDER);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('bad-request');
    const people = await send('people/filter', {}, CONTENT_SENDER);
    expect(people.ok && decodeFilter(people.data)).not.toBeNull();
  });

  it('records feed samples at most once per post per hour, for saved posts only', async () => {
    const c = clock();
    const { send, db } = await createTestBackend({ now: c.now });
    const post = makePost();
    await send('clips/save', { post }, CONTENT_SENDER);
    const seen = (likes: number) => send('clips/samples', { site: 'x', samples: [{ postId: post.postId, counts: { ...post.counts, likes } }, { postId: 'unsaved', counts: post.counts }] }, CONTENT_SENDER);
    c.advance(10 * 60_000);
    expect(await seen(4)).toMatchObject({ ok: true, data: { recorded: 0 } });
    c.advance(HOUR);
    expect(await seen(7)).toMatchObject({ ok: true, data: { recorded: 1 } });
    expect(await seen(8)).toMatchObject({ ok: true, data: { recorded: 0 } });
    const stored = await db.get('clips', `x:${post.postId}`);
    expect(stored?.samples.map((s) => s.likes)).toEqual([3, 7]);
    expect(stored?.counts.likes).toBe(7);
    expect(await db.count('clips')).toBe(1);
  });

  it('lists newest first in pages, edits, deletes, restores and exports', async () => {
    const c = clock();
    const { send } = await createTestBackend({ now: c.now });
    const posts = Array.from({ length: 7 }, () => makePost());
    for (const post of posts) {
      c.advance(1000);
      await send('clips/save', { post }, CONTENT_SENDER);
    }
    const ids: string[] = [];
    let after: ListCursor | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof send<'clips/list'>>> = await send('clips/list', { after, limit: 3 });
      if (!page.ok) throw new Error(page.error.message);
      ids.push(...page.data.clips.map((clip) => clip.postId));
      if (!page.data.next) break;
      after = page.data.next;
    }
    expect(ids).toEqual(posts.map((p) => p.postId).reverse());

    const target = `x:${posts[0]!.postId}`;
    const edited = await send('clips/update', { ids: [target], set: { note: 'À suivre', competitor: 'Acme', tags: ['a'] }, addTags: ['b'] });
    expect(edited.ok && edited.data.clips[0]).toMatchObject({ note: 'À suivre', competitor: 'Acme', tags: ['a', 'b'] });
    const deleted = await send('clips/delete', { ids: [target, 'x:missing'] });
    if (!deleted.ok) throw new Error('delete failed');
    expect(deleted.data.deleted.map((c) => c.id)).toEqual([target]);
    expect((await send('clips/state', { site: 'x', postIds: [posts[0]!.postId] }, CONTENT_SENDER)).ok).toBe(true);
    await send('clips/restore', { clips: deleted.data.deleted });
    const exported = await send('clips/export', {});
    expect(exported.ok && exported.data.format).toBe('cm-sidekick');
    expect(exported.ok && exported.data.clips).toHaveLength(7);
    expect(exported.ok && exported.data.clips.find((c) => c.id === target)?.note).toBe('À suivre');
    const some = await send('clips/export', { ids: [target] });
    expect(some.ok && some.data.clips.map((c) => c.id)).toEqual([target]);
  });

  it('refuses a hostile post at the boundary and stores nothing', async () => {
    const { send, db } = await createTestBackend();
    const bad = await send('clips/save', { post: { ...makePost(), permalink: 'javascript:alert(1)' } }, CONTENT_SENDER);
    expect(bad.ok).toBe(false);
    const long = await send('clips/save', { post: { ...makePost(), text: 'x'.repeat(20_001) } }, CONTENT_SENDER);
    expect(long.ok).toBe(false);
    expect(await db.count('clips')).toBe(0);
  });
});
