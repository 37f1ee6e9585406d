// The quick-save feature on generated X and Facebook markup (the same generators as the fixture
// pages and the benchmark), with the real adapters, observer and router over fake-indexeddb.
// happy-dom has no layout, so IntersectionObserver is replaced by one that sees every post.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSettings } from '../../lib/content/i18n';
import { quickSave } from '../../lib/features/quick-save';
import { watchTerms } from '../../lib/features/watch-terms';
import { defaultSettings } from '../../lib/db/settings-repo';
import { facebookSite } from '../../lib/sites/facebook/adapter';
import type { SiteAdapter } from '../../lib/sites/types';
import { xSite } from '../../lib/sites/x/adapter';
import { fbFeed } from '../fixtures/markup/facebook';
import { FB_FEED_POSTS, makeXPosts, QUOTE_POST, X_HOME_POSTS } from '../fixtures/markup/samples';
import { xCellContent, xTimeline } from '../fixtures/markup/x';
import { CONTENT_SENDER, createTestBackend } from '../helpers/backend';
import { SeeEverything, frames } from '../helpers/content-dom';

type Backend = Awaited<ReturnType<typeof createTestBackend>>;
let backend: Backend;
const sent: string[] = [];
const asked: unknown[] = [];

vi.mock('../../lib/messaging/client', () => ({
  sendMessage: (type: Parameters<Backend['send']>[0], data: never) => {
    sent.push(type);
    if (type === 'clips/state') asked.push(...(data as { postIds: string[] }).postIds);
    return backend.send(type, data, CONTENT_SENDER);
  },
}));

const HOST = 'cmsk-ui[data-cmsk-ui="quick-save"]';
const controllers: AbortController[] = [];

/** The adapters resolve the page's relative links against its address, as on the real site. */
function at(url: string): void {
  (globalThis as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);
}

function start(site: SiteAdapter): AbortController {
  at(site.site === 'x' ? 'https://x.com/home' : 'https://www.facebook.com/');
  const controller = new AbortController();
  controllers.push(controller);
  quickSave.init({ site, signal: controller.signal });
  return controller;
}

const pressedIn = (post: Element) => post.querySelector(HOST)?.shadowRoot?.querySelector('.cmsk-save__button')?.getAttribute('aria-pressed') ?? null;

beforeEach(async () => {
  backend = await createTestBackend();
  sent.length = 0;
  asked.length = 0;
  vi.stubGlobal('IntersectionObserver', SeeEverything);
});

afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('quick-save on X markup', () => {
  it('mounts exactly one named button per top-level post, none on quoted posts, with no question to an empty library', async () => {
    document.body.innerHTML = xTimeline(X_HOME_POSTS);
    start(xSite);
    await frames();
    const posts = xSite.findPosts(document);
    expect(posts).toHaveLength(X_HOME_POSTS.length);
    for (const post of posts) {
      expect(post.querySelectorAll(HOST)).toHaveLength(1);
      expect(post.querySelector(HOST)?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe('Save post');
      // In the post's own action bar, outside any quoted card.
      expect(post.querySelector(HOST)?.closest('div[role="link"]')).toBeNull();
      expect(post.querySelector(HOST)?.parentElement).toBe(xSite.actionBar(post));
    }
    // The library's filter rules every post out: nothing is saved, nothing to ask.
    expect(sent.filter((t) => t === 'clips/saved-filter')).toHaveLength(1);
    expect(sent.filter((t) => t === 'clips/state')).toHaveLength(0);
  });

  it('asks the library only about the posts its filter lets through, and shows those saved', async () => {
    const posts = makeXPosts(300, 21);
    document.body.innerHTML = xTimeline(posts);
    const first = start(xSite);
    await frames();
    const saved = [posts[3]!.id, posts[150]!.id, posts[299]!.id];
    for (const id of saved) {
      const post = xSite.findPosts(document).find((p) => xSite.postKey(p) === id)!;
      post.querySelector(HOST)?.shadowRoot?.querySelector<HTMLButtonElement>('.cmsk-save__button')?.click();
      await vi.waitFor(() => expect(pressedIn(post)).toBe('true'));
    }
    first.abort();
    sent.length = 0;
    asked.length = 0;
    start(xSite);
    await frames();
    const again = xSite.findPosts(document);
    await vi.waitFor(() => expect(again.filter((p) => pressedIn(p) === 'true').map((p) => xSite.postKey(p)).sort()).toEqual([...saved].sort()));
    // One question, about the saved posts and the filter's few false positives (~1%).
    expect(sent.filter((t) => t === 'clips/state')).toHaveLength(1);
    expect(asked).toEqual(expect.arrayContaining(saved));
    expect(asked.length).toBeLessThan(saved.length + 15);
  });

  it('saves on click, shows it pressed, and another page start sees it saved', async () => {
    document.body.innerHTML = xTimeline(X_HOME_POSTS);
    const first = start(xSite);
    await frames();
    const post = xSite.findPosts(document).find((p) => xSite.postKey(p) === QUOTE_POST.id);
    post?.querySelector(HOST)?.shadowRoot?.querySelector<HTMLButtonElement>('.cmsk-save__button')?.click();
    await vi.waitFor(() => expect(pressedIn(post!)).toBe('true'));
    const stored = await backend.db.get('clips', `x:${QUOTE_POST.id}`);
    expect(stored?.authorHandle).toBe(QUOTE_POST.handle);
    // The quoted post's text is not the outer post's.
    expect(stored?.text).toBe(QUOTE_POST.text);
    first.abort();
    start(xSite);
    await frames();
    const again = xSite.findPosts(document);
    await vi.waitFor(() => expect(again.some((p) => pressedIn(p) === 'true')).toBe(true));
    expect(again.filter((p) => pressedIn(p) === 'true').map((p) => xSite.postKey(p))).toEqual([QUOTE_POST.id]);
  });

  it('shows a post saved in another window as saved once this window is focused again', async () => {
    document.body.innerHTML = xTimeline(X_HOME_POSTS);
    start(xSite);
    await frames();
    const post = xSite.findPosts(document)[2]!;
    // The other window saves it: the library has it, this tab's filter does not.
    const saved = await backend.send('clips/save', { post: xSite.readPost(post, location.href)! }, CONTENT_SENDER);
    expect(saved.ok).toBe(true);
    await frames();
    expect(pressedIn(post)).toBe('false');
    window.dispatchEvent(new FocusEvent('focus'));
    await vi.waitFor(() => expect(pressedIn(post)).toBe('true'));
    expect(xSite.findPosts(document).filter((p) => pressedIn(p) === 'true')).toEqual([post]);
  });

  it('after thousands of cell replacements every button belongs to its post, saved state included', async () => {
    const initial = makeXPosts(30, 11);
    document.body.innerHTML = xTimeline(initial);
    start(xSite);
    await frames();
    const savedPost = initial[4]!;
    const target = xSite.findPosts(document)[4]!;
    target.querySelector(HOST)?.shadowRoot?.querySelector<HTMLButtonElement>('.cmsk-save__button')?.click();
    await vi.waitFor(() => expect(pressedIn(target)).toBe('true'));
    const cells = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
    const pool = [...makeXPosts(400, 12), savedPost];
    const markup = pool.map((p) => xCellContent(p));
    let n = 0;
    for (let frame = 0; frame < 200; frame++) {
      for (let i = 0; i < 10; i++, n++) {
        const cell = cells[(n * 7) % cells.length]!;
        cell.innerHTML = markup[(n * 13) % markup.length]!;
      }
      if (frame % 3 === 0) await frames(1);
    }
    expect(n).toBe(2000);
    // The saved post lands in a cell one last time.
    cells[0]!.innerHTML = xCellContent(savedPost);
    await frames(4);
    const posts = xSite.findPosts(document);
    // Every cell churned: each shows its post once it has kept it a moment (lib/content/post-tracker.ts).
    await vi.waitFor(() => expect(document.querySelectorAll(HOST)).toHaveLength(posts.length));
    await vi.waitFor(() => expect(posts.filter((p) => pressedIn(p) === 'true')).toHaveLength(1));
    for (const post of posts) {
      expect(post.querySelectorAll(HOST)).toHaveLength(1);
      expect(pressedIn(post)).toBe(xSite.postKey(post) === savedPost.id ? 'true' : 'false');
    }
    expect(posts.some((p) => xSite.postKey(p) === savedPost.id)).toBe(true);
  }, 60_000);

  it('leaves the page as it found it when stopped', async () => {
    document.body.innerHTML = xTimeline(X_HOME_POSTS.slice(0, 8));
    const before = document.body.innerHTML;
    const controller = start(xSite);
    await frames();
    expect(document.querySelectorAll(HOST).length).toBe(8);
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    // And nothing comes back on later page changes.
    document.querySelector('[data-testid="cellInnerDiv"]')!.innerHTML = xCellContent(X_HOME_POSTS[9]!);
    await frames();
    expect(document.querySelectorAll('cmsk-ui')).toHaveLength(0);
  });
});

describe('quick-save on Facebook markup', () => {
  it('puts one button on each feed post and none on comments', async () => {
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    start(facebookSite);
    await frames();
    const posts = facebookSite.findPosts(document);
    expect(posts).toHaveLength(FB_FEED_POSTS.length);
    for (const post of posts) expect(post.querySelectorAll(HOST)).toHaveLength(1);
    const inComments = [...document.querySelectorAll(HOST)].filter((host) => host.closest('[role="article"]:not([aria-posinset])'));
    expect(inComments).toEqual([]);
  });
});

describe('watch terms on X markup', () => {
  it('badges the posts holding a watch term, leaves their text alone, and cleans up', async () => {
    document.body.innerHTML = xTimeline(X_HOME_POSTS);
    const before = document.body.innerHTML;
    const texts = () => [...document.querySelectorAll('[data-testid="tweetText"]')].map((el) => el.innerHTML);
    const original = texts();
    at('https://x.com/home');
    contentSettings.value = { ...defaultSettings('fr'), watchTerms: ['#cafe', 'Lyon'] };
    const controller = new AbortController();
    controllers.push(controller);
    watchTerms.init({ site: xSite, signal: controller.signal });
    await frames();
    const marked = xSite.findPosts(document).filter((post) => post.querySelector('cmsk-ui[data-cmsk-ui="watch-terms"]'));
    const expected = X_HOME_POSTS.filter((p) => /#cafe\b|\bLyon\b/iu.test(p.text)).map((p) => p.id);
    expect(marked.map((post) => xSite.postKey(post)).sort()).toEqual(expected.sort());
    expect(marked[0]?.querySelector('cmsk-ui[data-cmsk-ui="watch-terms"]')?.shadowRoot?.textContent).toMatch(/Veille : |Watched: /u);
    expect(texts()).toEqual(original);
    controller.abort();
    contentSettings.value = null;
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('style[data-cmsk-ui]')).toBeNull();
  });
});
