import { beforeAll, describe, expect, it } from 'vitest';
import { queryAll } from '../../../lib/sites/query';
import { xSite } from '../../../lib/sites/x/adapter';
import { xSelectorCounts, xSelectors, type XCaptureId, type XSelectorName } from '../../../lib/sites/x/selectors';
import { capture, captures, loadCapture, parseCapture } from './capture';

const HOME = 'https://x.com/home';
const xCaptures = captures.filter((c) => c.site === 'x').map((c) => c.id as XCaptureId);
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe.each(xCaptures)('X selector canaries on %s', (id) => {
  beforeAll(() => loadCapture(id));

  it.each(Object.keys(xSelectors) as XSelectorName[])('%s', (name) => {
    const list = xSelectors[name];
    // The message names the selector, so a markup change on X points straight at the data.
    expect(queryAll(document, list).length, `xSelectors.${name} [${list.join(' | ')}] on ${id}`).toBe(xSelectorCounts[name][id]);
  });
});

describe('X selectors', () => {
  it('every alternative is a selector the browser parses', () => {
    for (const [name, list] of Object.entries(xSelectors)) {
      for (const selector of list) expect(() => document.querySelector(selector), `${name}: ${selector}`).not.toThrow();
    }
  });

  it('falls back to the cell rule when posts lose their test id', () => {
    loadCapture('x-bouncer-home');
    for (const article of document.querySelectorAll('article')) article.removeAttribute('data-testid');
    expect(xSite.findPosts(document)).toHaveLength(5);
  });
});

describe('X adapter on the home page capture (imbue-ai/bouncer)', () => {
  it('finds the five top-level posts the fixture list declares', () => {
    loadCapture('x-bouncer-home');
    const posts = xSite.findPosts(document);
    expect(posts).toHaveLength(capture('x-bouncer-home').topLevel);
    const read = posts.map((el) => xSite.readPost(el, HOME));
    expect(read.map((p) => p && [p.postId, p.authorHandle, p.authorName])).toEqual([
      ['2028628570692890800', 'trq212', 'Thariq'],
      ['2028669695344148946', 'DimitrisPapail', 'Dimitris Papailiopoulos'],
      ['2028533326966088188', 'NotionHQ', 'Notion'],
      ['2028800881932505187', 'chiefofautism', 'chiefofautism'],
      ['2028823724196343923', 'omarsar0', 'elvis'],
    ]);
    expect(read.every((p) => p && !p.isQuote && p.quotedPostId === null && !p.isReply)).toBe(true);
    expect(posts.map((el) => xSite.postKey(el))).toEqual(read.map((p) => p?.postId));
  });

  it('reads text, time, counts and https media of each post', () => {
    loadCapture('x-bouncer-home');
    const [thariq, dimitris, notion, chief, elvis] = xSite.findPosts(document).map((el) => xSite.readPost(el, HOME));
    // The saved page was pretty-printed: compare with layout whitespace squashed.
    expect(squash(thariq?.text ?? '')).toBe(
      "Voice mode is rolling out now in Claude Code. It’s live for ~5% of users today, and will be ramping through the coming weeks. You'll see a note on the welcome screen once you have access. /voice to toggle it on!",
    );
    expect(thariq?.time).toBe('2026-03-03T00:28:36.000Z');
    expect(thariq?.counts).toEqual({ replies: 897, reposts: 2169, likes: 15117, views: 2567999 });
    expect(thariq?.media).toEqual(['https://pbs.twimg.com/amplify_video_thumb/2028628068517183489/img/pqaAS9fN8tZTs8fY.jpg']);
    // An article post has no tweetText at all.
    expect(dimitris?.text).toBe('');
    expect(dimitris?.counts.views).toBe(123578);
    // The video poster is https; the saved page's ./twitter_files/ images are not kept.
    expect(notion?.media).toEqual(['https://pbs.twimg.com/media/HCbNLTubkAABOG8.jpg']);
    expect(squash(chief?.text ?? '')).toMatch(/^someone connected LIVING BRAIN CELLS to an LLM Cortical Labs grew 200,000 human neurons/u);
    expect(elvis?.media).toEqual([]);
    expect(elvis?.permalink).toBe('https://x.com/omarsar0/status/2028823724196343923');
  });

  it('puts the action bar where the counts are', () => {
    loadCapture('x-bouncer-home');
    const bar = xSite.actionBar(xSite.findPosts(document)[0] as Element);
    expect(bar?.getAttribute('role')).toBe('group');
    expect(bar?.querySelector('[data-testid="reply"]')).not.toBeNull();
  });

  it('finds the home composer, which answers nobody', () => {
    loadCapture('x-bouncer-home');
    const boxes = xSite.findReplyBoxes(document);
    expect(boxes.map((b) => b.getAttribute('data-testid'))).toEqual(['tweetTextarea_0']);
    expect(xSite.authorOfReplyBox(boxes[0] as HTMLElement)).toBeNull();
  });

  it('reads the light theme from the body colour', () => {
    expect(xSite.theme(parseCapture('x-bouncer-home'))).toBe('light');
  });
});

describe('X adapter on the single post capture (mlamp/tweetyoink sample)', () => {
  it('reads every field exactly', () => {
    loadCapture('x-tweetyoink-sample');
    const posts = xSite.findPosts(document);
    expect(posts).toHaveLength(1);
    expect(xSite.readPost(posts[0] as Element, HOME)).toEqual({
      site: 'x',
      postId: '1981398750557065646',
      permalink: 'https://x.com/TestUser123/status/1981398750557065646',
      authorName: 'Test User Account',
      authorHandle: 'TestUser123',
      text: "Democrat Shutdown Jeopardizes America's Skies",
      time: '2025-10-23T16:34:09.000Z',
      counts: { replies: 48, reposts: 152, likes: 553, views: 30142 },
      media: [],
      isReply: false,
      isQuote: false,
      quotedPostId: null,
    });
    const author = xSite.postAuthor(posts[0] as Element);
    expect(author?.handle).toBe('TestUser123');
    expect(author?.name()).toBe('Test User Account');
  });
});

describe('X adapter on the quoted post captures', () => {
  it('reads the outer post only, and the quoted post id from its photo link', () => {
    loadCapture('x-tweetyoink-quote');
    const posts = xSite.findPosts(document);
    expect(posts).toHaveLength(1);
    const post = xSite.readPost(posts[0] as Element, HOME);
    expect(post).toMatchObject({
      postId: '1983130065320780162',
      authorName: 'Test Quoter',
      authorHandle: 'TestQuoter',
      text: 'This is a quote tweet with additional commentary',
      time: '2025-10-28T11:13:47.000Z',
      counts: { replies: 2534, reposts: 4483, likes: 25616, views: 2596467 },
      isQuote: true,
      quotedPostId: '1983129251856470493',
    });
    // The photo belongs to the quoted post, not to the one quoting it.
    expect(post?.media).toEqual([]);
  });

  it('knows a quote without a link to the quoted post has no quoted id', () => {
    loadCapture('x-tweetyoink-quote-video');
    const [el] = xSite.findPosts(document);
    const post = xSite.readPost(el as Element, HOME);
    expect(post).toMatchObject({
      postId: '1983128852952998358',
      authorName: 'Quoting User',
      text: 'How to share Example.com links',
      counts: { replies: 972, reposts: 2370, likes: 11313, views: 2195266 },
      isQuote: true,
      quotedPostId: null,
      media: [],
    });
  });
});

describe.each(xCaptures)('X top-level check on %s', (id) => {
  it('agrees with findPosts on every post-like element: quoted posts are not top-level', () => {
    loadCapture(id);
    const top = new Set(xSite.findPosts(document));
    const candidates = [...document.querySelectorAll(xSite.postSelector)];
    expect(candidates.length).toBeGreaterThan(0);
    for (const el of candidates) expect(xSite.isTopLevelPost!(el)).toBe(top.has(el));
  });
});

describe.each(xCaptures)('X post tag on %s', (id) => {
  it('is the tag of everything the post selector matches, alternative by alternative', () => {
    loadCapture(id);
    for (const selector of [xSite.postSelector, ...xSite.postSelector.split(', ')]) {
      for (const el of document.querySelectorAll(selector)) expect(el.localName, selector).toBe(xSite.postTag);
    }
    expect(document.querySelectorAll(xSite.postSelector).length).toBeGreaterThan(0);
  });
});

describe('X top-level check on nested markup', () => {
  it('says no for a post inside a post or inside a quoted card, yes for the outer one', () => {
    document.body.innerHTML = '<article data-testid="tweet" id="outer"><div role="link"><article data-testid="tweet" id="in-card"></article></div><div><article data-testid="tweet" id="inner"></article></div></article><div id="plain"></div>';
    const byId = (id: string) => document.getElementById(id)!;
    expect(xSite.isTopLevelPost!(byId('outer'))).toBe(true);
    expect(xSite.isTopLevelPost!(byId('inner'))).toBe(false);
    expect(xSite.isTopLevelPost!(byId('in-card'))).toBe(false);
    expect(xSite.isTopLevelPost!(byId('plain'))).toBe(false);
    expect(xSite.findPosts(document)).toEqual([byId('outer')]);
  });
});

describe('X adapter on pages it does not know', () => {
  it('finds nothing and throws nothing', () => {
    document.body.innerHTML = '<main><article><h1>Blog</h1><a href="/a/status/1"><time datetime="2026-01-01T00:00:00Z">x</time></a></article><div role="group" aria-label="1 like"></div></main>';
    expect(xSite.findPosts(document)).toEqual([]);
    const article = document.querySelector('article') as Element;
    expect(xSite.readPost(article, HOME)).toBeNull();
    expect(xSite.readPost(document.body, 'not a url')).toBeNull();
    expect(xSite.postKey(document.body)).toBeNull();
    expect(xSite.postAuthor(document.body)).toBeNull();
    expect(xSite.actionBar(document.body)).toBeNull();
    expect(xSite.findReplyBoxes(document)).toEqual([]);
  });

  it('keys nothing for a post without its own permalink', () => {
    document.body.innerHTML = '<article data-testid="tweet"><div data-testid="User-Name"><a href="/a"><span>A</span></a></div><div data-testid="tweetText">hi</div></article>';
    expect(xSite.findPosts(document)).toHaveLength(1);
    expect(xSite.readPost(document.querySelector('article') as Element, HOME)).toBeNull();
  });

  it('stays out of direct messages', () => {
    expect(xSite.isSupportedPage(new URL('https://x.com/home'))).toBe(true);
    expect(xSite.isSupportedPage(new URL('https://twitter.com/a/status/1'))).toBe(true);
    expect(xSite.isSupportedPage(new URL('https://x.com/messages/123-456'))).toBe(false);
    expect(xSite.isSupportedPage(new URL('https://x.com/i/chat/123'))).toBe(false);
    expect(xSite.isSupportedPage(new URL('https://www.facebook.com/'))).toBe(false);
  });
});

describe('X reads in a batch', () => {
  it('reads each post once inside a batch, and afresh outside it', () => {
    loadCapture('x-tweetyoink-quote');
    const [post] = xSite.findPosts(document);
    const key = xSite.postKey(post!);
    expect(key).not.toBeNull();
    const link = [...post!.querySelectorAll('a[href*="/status/"]')].find((a) => a.getAttribute('href')?.includes(key!))!;
    const href = link.getAttribute('href')!;
    let queries = 0;
    const original = Element.prototype.querySelectorAll;
    Element.prototype.querySelectorAll = function (this: Element, selector: string) {
      queries++;
      return original.call(this, selector);
    } as typeof original;
    try {
      xSite.batch!(() => {
        expect(xSite.postKey(post!)).toBe(key);
        expect(xSite.actionBar(post!)).not.toBeNull();
        const first = queries;
        // What a second feature asks about the same post costs no new search of it…
        expect(xSite.postKey(post!)).toBe(key);
        xSite.actionBar(post!);
        expect(queries - first).toBe(1); // the action bar's own lookup; key and nested cards are kept
        // …and within the batch the page is taken as it was at its first read.
        link.setAttribute('href', href.replace(key!, '1234567890'));
        expect(xSite.postKey(post!)).toBe(key);
      });
      // Outside the batch, the post is read as it is now.
      expect(xSite.postKey(post!)).toBe('1234567890');
    } finally {
      Element.prototype.querySelectorAll = original;
      link.setAttribute('href', href);
    }
  });
});
