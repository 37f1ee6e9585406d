// @vitest-environment happy-dom
// Which post a reply box answers, through the adapter only, and the draft as the engine reads it.
import { afterEach, describe, expect, it } from 'vitest';
import { answeredPost, normaliseDraft, readDraft } from '@/lib/features/tone-hints/answered-post';
import type { Post } from '@/lib/schema/clip';
import type { ReplyTarget, SiteAdapter } from '@/lib/sites/types';

const post = (id: string, text: string): Post => ({
  site: 'x', postId: id, permalink: `https://x.com/a/status/${id}`, authorName: 'A', authorHandle: 'a', text, time: null,
  counts: { replies: null, reposts: null, likes: null, views: null }, media: [], isReply: false, isQuote: false, quotedPostId: null,
});

// Posts are <article data-id>; the adapter reads their text. Nothing else of the page is known.
const site: SiteAdapter = {
  site: 'x',
  postSelector: 'article',
  findPosts: (root) => [...root.querySelectorAll('article')],
  readPost: (el) => (el.getAttribute('data-id') ? post(el.getAttribute('data-id')!, el.textContent ?? '') : null),
  postKey: (el) => el.getAttribute('data-id'),
  postAuthor: () => null,
  actionBar: () => null,
  isSupportedPage: () => true,
  theme: () => 'light',
  findReplyBoxes: (root) => [...root.querySelectorAll<HTMLElement>('[data-box]')],
  authorOfReplyBox: () => null,
};
const target = (postId: string | null): ReplyTarget => ({ name: 'A', handle: 'a', profileUrl: null, postId });
const box = () => document.querySelector<HTMLElement>('[data-box]')!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('answeredPost', () => {
  it('reads the post the adapter names, wherever it is', () => {
    document.body.innerHTML = '<article data-id="1">first</article><div data-box contenteditable="true"></div><article data-id="2">second</article>';
    expect(answeredPost(site, box(), target('2'))?.text).toBe('second');
  });

  it('reads nothing when the named post is not a post on the page (a comment)', () => {
    document.body.innerHTML = '<article data-id="1">first<div data-box contenteditable="true"></div></article>';
    expect(answeredPost(site, box(), target('comment-9'))).toBeNull();
  });

  it('without a name, takes the post around the box, or the nearest one above it', () => {
    document.body.innerHTML = '<article data-id="1">first</article><article data-id="2">second<div data-box contenteditable="true"></div></article><article data-id="3">third</article>';
    expect(answeredPost(site, box(), null)?.text).toBe('second');
    document.body.innerHTML = '<article data-id="1">first</article><article data-id="2">second</article><div data-box contenteditable="true"></div><article data-id="3">third</article>';
    expect(answeredPost(site, box(), target(null))?.text).toBe('second');
  });

  it('stays inside a dialog: the timeline behind it is about other things', () => {
    document.body.innerHTML = '<article data-id="1">timeline</article><div role="dialog"><div data-box contenteditable="true"></div></div>';
    expect(answeredPost(site, box(), null)).toBeNull();
    document.body.innerHTML = '<article data-id="1">timeline</article><div role="dialog"><article data-id="2">shown</article><div data-box contenteditable="true"></div></div>';
    expect(answeredPost(site, box(), null)?.text).toBe('shown');
  });

  it('reads nothing above a new post', () => {
    document.body.innerHTML = '<div data-box contenteditable="true"></div><article data-id="1">below</article>';
    expect(answeredPost(site, box(), null)).toBeNull();
  });
});

describe('the draft', () => {
  it('is plain text with line breaks, without the editors’ markers', () => {
    expect(normaliseDraft('Bonjour\u00a0Camille\r\nligne\u200b deux\n\n')).toBe('Bonjour Camille\nligne deux');
    expect(normaliseDraft('')).toBe('');
  });

  it('is read from the box’s text, as page data', () => {
    document.body.innerHTML = '<div data-box contenteditable="true"><div>VOUS ÊTES NULS !!!</div></div>';
    expect(readDraft(box())).toBe('VOUS ÊTES NULS !!!');
  });
});
