import { describe, expect, it } from 'vitest';
import { handleKey, inferCompetitor } from '@/lib/clips/competitor';
import { createTermMatcher } from '@/lib/clips/watch-match';
import { PostSchema } from '@/lib/schema/clip';
import { MAX_SHORT, MAX_TEXT } from '@/lib/schema/common';
import { finishPost, POST_BOUNDS } from '@/lib/sites/post';

describe('watch terms', () => {
  it('finds whole words, accent- and case-blind, hashtags included', () => {
    const match = createTermMatcher(['Café Lumière', 'café', '#déçu', 'Acme']);
    expect(match('Un latte au CAFE LUMIERE ce matin')).toEqual(['Café Lumière']);
    expect(match('une cafetière neuve')).toEqual([]);
    expect(match('Service client injoignable #decu')).toEqual(['#déçu']);
    expect(match('acme, et un café')).toEqual(['Acme', 'café']);
    expect(createTermMatcher([])('anything')).toEqual([]);
  });
});

describe('competitor inference', () => {
  const list = [{ handle: '@Cafe_Lumiere', competitor: 'Café Lumière' }, { handle: 'https://www.facebook.com/journallocal/', competitor: 'Le Journal' }];
  it('agrees on handles, @handles and profile addresses', () => {
    expect(handleKey('https://x.com/cafe_lumiere')).toBe('cafe_lumiere');
    expect(handleKey('https://www.facebook.com/profile.php?id=123')).toBe('123');
    expect(inferCompetitor({ authorHandle: 'cafe_lumiere', authorName: 'x' }, list)).toBe('Café Lumière');
    expect(inferCompetitor({ authorHandle: 'https://www.facebook.com/journallocal', authorName: 'x' }, list)).toBe('Le Journal');
    expect(inferCompetitor({ authorHandle: 'someone', authorName: 'x' }, list)).toBeNull();
  });
});

describe('content-side post bounds', () => {
  it('repeat the schema bounds', () => {
    expect(POST_BOUNDS.short).toBe(MAX_SHORT);
    expect(POST_BOUNDS.text).toBe(MAX_TEXT);
  });

  it('turn a hostile read into a post the schema accepts, or none', () => {
    const post = finishPost({
      site: 'x', postId: '123', permalink: 'javascript:alert(1)', authorName: 'n'.repeat(900), authorHandle: 'h'.repeat(900),
      text: '<script>alert(1)</script>'.repeat(2000), time: 'not a date', counts: { replies: -1, reposts: 1.5, likes: Number.NaN, views: 7 },
      media: ['http://insecure/a.jpg', 'blob:https://x.com/1', 'https://pbs.twimg.com/media/a.jpg', ...Array.from({ length: 30 }, (_, i) => `https://pbs.twimg.com/${i}.jpg`)],
      isReply: false, isQuote: false, quotedPostId: 'q'.repeat(300),
    });
    expect(post).not.toBeNull();
    expect(PostSchema.safeParse(post).success).toBe(true);
    expect(post?.permalink).toBeNull();
    expect(post?.counts).toEqual({ replies: null, reposts: null, likes: null, views: 7 });
    expect(post?.media).toHaveLength(20);
    expect(post?.media[0]).toBe('https://pbs.twimg.com/media/a.jpg');
    expect(finishPost({ site: 'x', postId: '', permalink: null, authorName: '', authorHandle: null, text: '', time: null, counts: { replies: null, reposts: null, likes: null, views: null }, media: [], isReply: false, isQuote: false, quotedPostId: null })).toBeNull();
  });
});
