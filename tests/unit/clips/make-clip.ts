import type { ClipSummary } from '@/lib/protocol/clips';
import type { Post } from '@/lib/schema/clip';

let seq = 0;

export function makePost(overrides: Partial<Post> = {}): Post {
  const postId = overrides.postId ?? String(1_800_000_000_000_000_000n + BigInt(++seq));
  return {
    site: 'x',
    postId,
    permalink: `https://x.com/cafe_lumiere/status/${postId}`,
    authorName: 'Café Lumière',
    authorHandle: 'cafe_lumiere',
    text: 'Nouvelle carte d’automne disponible dès demain !',
    time: '2026-11-30T08:00:00.000Z',
    counts: { replies: 1, reposts: 2, likes: 3, views: 40 },
    media: [],
    isReply: false,
    isQuote: false,
    quotedPostId: null,
    ...overrides,
  };
}

export function makeSummary(overrides: Partial<ClipSummary> = {}): ClipSummary {
  const post = makePost(overrides);
  return {
    ...post,
    id: `${post.site}:${post.postId}`,
    tags: [],
    competitor: null,
    note: '',
    savedAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    first: { at: '2026-12-01T09:00:00.000Z', ...post.counts },
    sampleCount: 1,
    ...overrides,
  };
}
