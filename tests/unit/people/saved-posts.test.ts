// A saved post joins its author's timeline (issue #8), through the real router and database:
// the first save adds one `clip` interaction, nothing else does, and a rejected save writes nothing.
import { describe, expect, it } from 'vitest';
import type { Post } from '@/lib/schema/clip';
import { CONTENT_SENDER, createTestBackend, snapshot } from '../../helpers/backend';
import { makePost } from '../clips/make-clip';

const HOUR = 3_600_000;

function clock(start = '2026-12-01T09:00:00.000Z') {
  let now = new Date(start);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

async function backend() {
  const c = clock();
  const b = await createTestBackend({ now: c.now });
  const timeline = async (id: string) => (await b.db.get('authors', id))?.interactions ?? [];
  return { ...b, clock: c, timeline };
}

const FB_POST: Post = makePost({
  site: 'facebook',
  postId: 'pfbid02AbCdEfGh1234567890',
  permalink: 'https://www.facebook.com/marie.dupont/posts/pfbid02AbCdEfGh1234567890',
  authorName: 'Marie Dupont',
  authorHandle: 'https://www.facebook.com/marie.dupont/',
  text: 'Le latte noisette sans hésiter !',
});

describe('saving a post records it on its author', () => {
  it('adds one clip interaction on the first save, creating the person from the post', async () => {
    const { send, timeline } = await backend();
    const post = makePost({ authorHandle: 'Cafe_Lumiere', authorName: 'Café Lumière ☕' });
    expect((await send('clips/save', { post }, CONTENT_SENDER)).ok).toBe(true);
    // Keyed as the people marker keys X authors: the handle in lower case.
    expect(await timeline('x:cafe_lumiere')).toEqual([{
      kind: 'clip',
      at: '2026-12-01T09:00:00.000Z',
      detail: post.text,
      post: { site: 'x', postId: post.postId, permalink: post.permalink },
    }]);
    const many = await send('people/get-many', { ids: ['x:cafe_lumiere'] }, CONTENT_SENDER);
    // Worth a marker (interacted with), but nothing the CM did not write is set on the record.
    expect(many.ok && many.data.people.map((p) => [p.displayName, p.segment, p.tags, p.note, p.interactionCount, p.suggestedSegment])).toEqual([
      ['Café Lumière ☕', null, [], '', 1, 'newcomer'],
    ]);
  });

  it('adds nothing when the same post is saved again, retried, or saved after being deleted', async () => {
    const { send, db, clock: c, timeline } = await backend();
    const post = makePost();
    await send('clips/save', { post }, CONTENT_SENDER);
    c.advance(2 * HOUR);
    await send('clips/save', { post: { ...post, counts: { ...post.counts, likes: 30 } }, details: { tags: ['menu'] } }, CONTENT_SENDER);
    await send('clips/save', { post }, CONTENT_SENDER);
    expect(await timeline('x:cafe_lumiere')).toHaveLength(1);
    // The CM deletes it from the library and saves it again later: still one post saved.
    await send('clips/delete', { ids: [`x:${post.postId}`] });
    c.advance(24 * HOUR);
    await send('clips/save', { post }, CONTENT_SENDER);
    expect(await db.count('clips')).toBe(1);
    expect((await timeline('x:cafe_lumiere')).map((i) => i.at)).toEqual(['2026-12-01T09:00:00.000Z']);
  });

  it('adds one interaction per post, oldest first', async () => {
    const { send, clock: c, timeline } = await backend();
    const first = makePost({ text: 'Première' });
    const second = makePost({ text: 'Deuxième' });
    await send('clips/save', { post: first }, CONTENT_SENDER);
    c.advance(HOUR);
    await send('clips/save', { post: second }, CONTENT_SENDER);
    expect((await timeline('x:cafe_lumiere')).map((i) => [i.detail, i.post?.postId])).toEqual([['Première', first.postId], ['Deuxième', second.postId]]);
  });

  it('adds nothing for engagement samples of a saved post seen again in the feed', async () => {
    const { send, db, clock: c, timeline } = await backend();
    const post = makePost();
    await send('clips/save', { post }, CONTENT_SENDER);
    const before = await db.get('authors', 'x:cafe_lumiere');
    c.advance(2 * HOUR);
    const samples = await send('clips/samples', { site: 'x', samples: [{ postId: post.postId, counts: { ...post.counts, likes: 99 } }] }, CONTENT_SENDER);
    expect(samples.ok && samples.data.recorded).toBe(1);
    expect(await timeline('x:cafe_lumiere')).toHaveLength(1);
    expect(await db.get('authors', 'x:cafe_lumiere')).toEqual(before);
  });

  it('keeps what the CM wrote about a person already known, and refreshes their name', async () => {
    const { send, timeline } = await backend();
    await send('people/upsert', { site: 'facebook', key: 'marie.dupont', displayName: 'Marie D.', note: 'Ambassadrice', segment: 'veteran', tags: ['vip'], addInteraction: { kind: 'reply', at: '2026-11-01T10:00:00.000Z', detail: 'Merci' } });
    await send('clips/save', { post: FB_POST }, CONTENT_SENDER);
    const listed = await send('people/list', {});
    expect(listed.ok && listed.data.people.map((p) => [p.id, p.displayName, p.note, p.segment, p.tags])).toEqual([['facebook:marie.dupont', 'Marie Dupont', 'Ambassadrice', 'veteran', ['vip']]]);
    expect((await timeline('facebook:marie.dupont')).map((i) => [i.kind, i.detail, i.post?.permalink ?? null])).toEqual([
      ['reply', 'Merci', null],
      ['clip', 'Le latte noisette sans hésiter !', FB_POST.permalink],
    ]);
  });

  it('names a post without text by its address, and cuts a long text to its first words', async () => {
    const { send, timeline } = await backend();
    const photo = makePost({ text: '' });
    const long = makePost({ text: `${'Très long texte '.repeat(20)}😀` });
    await send('clips/save', { post: photo }, CONTENT_SENDER);
    await send('clips/save', { post: long }, CONTENT_SENDER);
    const [a, b] = await timeline('x:cafe_lumiere');
    expect(a?.detail).toBe(photo.permalink);
    expect(b?.detail).toHaveLength(100);
    expect(b?.detail.endsWith('…')).toBe(true);
  });

  it('saves the post but records no one when the post does not say who wrote it', async () => {
    const { send, db } = await backend();
    for (const authorHandle of [null, 'not a handle', 'https://evil.example/marie']) {
      const post = makePost({ authorHandle, ...(authorHandle?.startsWith('https') ? { site: 'facebook' as const } : {}) });
      expect((await send('clips/save', { post }, CONTENT_SENDER)).ok).toBe(true);
    }
    expect(await db.count('clips')).toBe(3);
    expect(await db.count('authors')).toBe(0);
  });

  it('rejects a malformed save whole: no clip, no person', async () => {
    const { send, db } = await backend();
    const before = await snapshot(db);
    const bad: unknown[] = [
      { post: { ...makePost(), permalink: 'javascript:alert(1)' } },
      { post: { ...makePost(), authorName: 'x'.repeat(501) } },
      { post: { ...makePost(), postId: '' } },
      { post: { ...makePost(), site: 'mastodon' } },
      { post: makePost(), details: {}, author: { site: 'x', key: 'someone' } },
    ];
    for (const data of bad) {
      const result = await send('clips/save', data as never, CONTENT_SENDER);
      expect(!result.ok && result.error.code).toBe('bad-request');
    }
    expect(await snapshot(db)).toBe(before);
  });
});
