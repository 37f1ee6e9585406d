// The people marker on generated X and Facebook markup, with the real adapters, observer and
// router over fake-indexeddb: markers only for known people, one lookup per frame, the "Note"
// action from one delegated listener, the card's save on blur, and a clean teardown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { peopleMarker } from '../../lib/features/people-marker';
import { quickSave } from '../../lib/features/quick-save';
import { facebookSite } from '../../lib/sites/facebook/adapter';
import type { SiteAdapter } from '../../lib/sites/types';
import { xSite } from '../../lib/sites/x/adapter';
import { fbFeed } from '../fixtures/markup/facebook';
import { FB_FEED_POSTS, X_HOME_POSTS, X_STATUS_FOCUSED } from '../fixtures/markup/samples';
import { xTimeline } from '../fixtures/markup/x';
import { CONTENT_SENDER, createTestBackend } from '../helpers/backend';
import { SeeEverything, SeeNothing, frames } from '../helpers/content-dom';

type Backend = Awaited<ReturnType<typeof createTestBackend>>;
let backend: Backend;
const sent: string[] = [];
const asked: string[] = [];

vi.mock('../../lib/messaging/client', () => ({
  sendMessage: (type: Parameters<Backend['send']>[0], data: never) => {
    sent.push(type);
    if (type === 'people/get-many') asked.push(...(data as { ids: string[] }).ids);
    return backend.send(type, data, CONTENT_SENDER);
  },
}));

const MARKER = 'cmsk-ui[data-cmsk-ui="people-marker"]';
const NOTE = 'cmsk-ui[data-cmsk-ui="people-note"]';
const CARD = 'cmsk-ui[data-cmsk-ui="people-card"]';
const controllers: AbortController[] = [];

function start(site: SiteAdapter): AbortController {
  (globalThis as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(site.site === 'x' ? 'https://x.com/home' : 'https://www.facebook.com/');
  const controller = new AbortController();
  controllers.push(controller);
  peopleMarker.init({ site, signal: controller.signal });
  return controller;
}

// The home timeline plus a second post by Jordan Smith (the status page's focused post).
const TIMELINE = [...X_HOME_POSTS, X_STATUS_FOCUSED];
const postsBy = (handle: string) => xSite.findPosts(document).filter((p) => xSite.readPost(p, location.href)?.authorHandle === handle);

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

describe('people marker on X', () => {
  it('marks every post by a noted person, and only those, after one lookup about them alone', async () => {
    await backend.send('people/upsert', { site: 'x', key: 'jsmith', displayName: 'Jordan Smith', note: 'Commande #4521 en retard', segment: 'engaged' });
    document.body.innerHTML = xTimeline(TIMELINE);
    start(xSite);
    await frames();
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER)).toHaveLength(2));
    for (const post of postsBy('jsmith')) {
      const button = post.querySelector(MARKER)?.shadowRoot?.querySelector('button');
      expect(button?.getAttribute('aria-label')).toBe('Noted: Jordan Smith');
      expect(button?.textContent).toBe('E');
      expect(post.querySelector(MARKER)?.parentElement).toBe(xSite.actionBar(post));
    }
    expect(sent.filter((t) => t === 'people/get-many')).toHaveLength(1);
    // The filter of people on record rules out the timeline's other authors.
    expect(asked).toEqual(['x:jsmith']);
  });

  it('asks nothing about authors when nobody is on record', async () => {
    document.body.innerHTML = xTimeline(TIMELINE);
    start(xSite);
    await frames(4);
    expect(sent).toContain('people/filter');
    expect(sent).not.toContain('people/get-many');
    expect(document.querySelectorAll(MARKER)).toHaveLength(0);
  });

  it('offers "Note" on hover, saves the note from the card on blur, then marks all their posts', async () => {
    document.body.innerHTML = xTimeline(TIMELINE);
    start(xSite);
    await frames();
    expect(document.querySelectorAll(MARKER)).toHaveLength(0);
    const [first] = postsBy('jsmith');
    first!.querySelector('[data-testid="tweetText"]')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    const note = first!.querySelector(NOTE)?.shadowRoot?.querySelector('button');
    expect(note?.getAttribute('aria-label')).toBe('Note about Jordan Smith');
    note!.click();
    await vi.waitFor(() => expect(document.querySelector(CARD)).not.toBeNull());
    const card = document.querySelector(CARD)?.shadowRoot;
    expect(card?.querySelector('[role="dialog"]')?.textContent).toContain('About Jordan Smith');
    // The first name guessed from the display name is offered for the CM to confirm.
    const inputs = card!.querySelectorAll('input');
    expect(inputs[0]?.value).toBe('Jordan');
    const textarea = card!.querySelector('textarea')!;
    textarea.value = 'Client fidèle, commande en retard';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await frames(1);
    textarea.dispatchEvent(new FocusEvent('blur'));
    await vi.waitFor(async () => expect((await backend.db.get('authors', 'x:jsmith'))?.note).toBe('Client fidèle, commande en retard'));
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER)).toHaveLength(2));
    // Escape closes the card.
    card!.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(document.querySelector(CARD)).toBeNull());
  });

  it('leaves the page as it found it when stopped', async () => {
    await backend.send('people/upsert', { site: 'x', key: 'jsmith', note: 'x' });
    document.body.innerHTML = xTimeline(TIMELINE);
    const before = document.body.innerHTML;
    const c = start(xSite);
    await frames();
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER)).toHaveLength(2));
    c.abort();
    expect(document.querySelectorAll('cmsk-ui')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('people marker on Facebook', () => {
  it('offers "Note" on a post focused before the observer reported it in view', async () => {
    // Focusing a link scrolls its post into view; the IntersectionObserver reports it later.
    vi.stubGlobal('IntersectionObserver', SeeNothing);
    const author = FB_FEED_POSTS[1]!;
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    start(facebookSite);
    await frames();
    const post = facebookSite.findPosts(document).find((p) => (p.textContent ?? '').includes(author.author))!;
    (post.querySelector('a[href]') as HTMLElement).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(post.querySelector(NOTE)?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe(`Note about ${author.author}`);
  });

  it('keys people by profile path and marks their posts', async () => {
    const author = FB_FEED_POSTS[1]!;
    await backend.send('people/upsert', { site: 'facebook', key: (author.authorPath ?? '').replace(/^\//u, ''), note: 'Demande de livraison à Lyon' });
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    start(facebookSite);
    await frames();
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER).length).toBeGreaterThan(0));
    const marked = facebookSite.findPosts(document).filter((p) => p.querySelector(MARKER));
    expect(marked).toHaveLength(1);
    expect(marked[0]!.textContent).toContain(author.author);
    expect(marked[0]!.querySelector(MARKER)?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe(`Noted: ${author.author}`);
  });
});

describe('people marker on Facebook comments', () => {
  it('marks a noted commenter beside their name, outside the link, and leaves the post itself unmarked', async () => {
    const post = FB_FEED_POSTS[0]!;
    const commenter = post.comments![0]!;
    await backend.send('people/upsert', { site: 'facebook', key: commenter.authorPath!.replace(/^\//u, ''), segment: 'engaged', note: 'Aime le latte' });
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    start(facebookSite);
    await frames();
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER).length).toBe(1));
    const marker = document.querySelector(MARKER)!;
    const comment = facebookSite.findComments!(document).find((c) => c.contains(marker))!;
    expect(facebookSite.commentAuthor!(comment)?.name).toBe(commenter.author);
    // Right after the author's name, never inside the profile link.
    expect(marker.previousElementSibling).toBe(facebookSite.commentMarkerSlot!(comment));
    expect(marker.closest('a')).toBeNull();
    const el = facebookSite.findPosts(document).find((p) => p.contains(comment))!;
    expect(facebookSite.actionBar(el)?.querySelector(MARKER)).toBeNull();
    const button = marker.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe(`Noted: ${commenter.author}`);
    expect(button.textContent).toBe('E');
  });

  it('marks a comment that arrives after the post was shown (a thread the CM expands)', async () => {
    const post = FB_FEED_POSTS[0]!;
    const commenter = post.comments![1]!;
    await backend.send('people/upsert', { site: 'facebook', key: commenter.authorPath!.replace(/^\//u, ''), note: 'Commande #4521' });
    document.body.innerHTML = fbFeed([{ ...post, comments: [] }]);
    start(facebookSite);
    await frames();
    expect(document.querySelectorAll(MARKER)).toHaveLength(0);
    // The same post, now with its comments: Facebook renders them into the existing post.
    const holder = document.createElement('div');
    holder.innerHTML = fbFeed([post]);
    const fresh = facebookSite.findComments!(holder);
    const target = facebookSite.findPosts(document)[0]!;
    for (const c of fresh.filter((c) => !fresh.some((o) => o !== c && o.contains(c)))) target.append(c);
    await frames();
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER)).toHaveLength(1));
    expect(document.querySelector(MARKER)!.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toBe(`Noted: ${commenter.author}`);
  });
});

describe('people marker for the authors of saved posts', () => {
  const setUrl = (url: string) => (globalThis as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);

  it('marks every X post by someone whose post the CM saved, keyed as the marker keys them', async () => {
    setUrl('https://x.com/home');
    document.body.innerHTML = xTimeline(TIMELINE);
    const [saved] = postsBy('jsmith');
    const post = xSite.readPost(saved!, location.href);
    expect((await backend.send('clips/save', { post: post! }, CONTENT_SENDER)).ok).toBe(true);
    start(xSite);
    await frames();
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER)).toHaveLength(2));
    const buttons = postsBy('jsmith').map((p) => p.querySelector(MARKER)?.shadowRoot?.querySelector('button'));
    // No segment was set for them: the plain dot, not an initial the CM never chose.
    expect(buttons.map((b) => [b?.getAttribute('aria-label'), b?.textContent])).toEqual([['Noted: Jordan Smith', '●'], ['Noted: Jordan Smith', '●']]);
  });

  it('marks the author as soon as the CM saves their post in this tab, without a reload', async () => {
    setUrl('https://x.com/home');
    document.body.innerHTML = xTimeline(TIMELINE);
    start(xSite);
    const controller = new AbortController();
    controllers.push(controller);
    quickSave.init({ site: xSite, signal: controller.signal });
    await frames();
    expect(document.querySelectorAll(MARKER)).toHaveLength(0);
    const [post] = postsBy('jsmith');
    await vi.waitFor(() => expect(post!.querySelector('cmsk-ui[data-cmsk-ui="quick-save"]')).not.toBeNull());
    post!.querySelector('cmsk-ui[data-cmsk-ui="quick-save"]')!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Save post"]')!.click();
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER)).toHaveLength(2));
    expect(postsBy('jsmith').every((p) => p.querySelector(MARKER))).toBe(true);
  });

  it('marks the Facebook author of a saved post by their profile path', async () => {
    const author = FB_FEED_POSTS[0]!;
    setUrl('https://www.facebook.com/');
    document.body.innerHTML = fbFeed(FB_FEED_POSTS);
    const el = facebookSite.findPosts(document).find((p) => (p.textContent ?? '').includes(author.text.slice(0, 20)))!;
    // What hovering the timestamp does on the live site: the permalink appears.
    el.querySelector('a[href="#"]')!.setAttribute('href', `https://www.facebook.com${author.authorPath}/posts/${author.id}`);
    const post = facebookSite.readPost(el, location.href);
    expect((await backend.send('clips/save', { post: post! }, CONTENT_SENDER)).ok).toBe(true);
    expect((await backend.db.getAllKeys('authors'))).toEqual([`facebook:${author.authorPath!.slice(1)}`]);
    start(facebookSite);
    await frames();
    // Their post, and their reply in its comments.
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER)).toHaveLength(2));
    expect(facebookSite.actionBar(el)?.querySelector(MARKER)?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe(`Noted: ${author.author}`);
    const reply = facebookSite.findComments!(el).find((c) => facebookSite.commentAuthor!(c)?.name === author.author)!;
    expect(facebookSite.commentMarkerSlot!(reply)?.nextElementSibling?.matches(MARKER)).toBe(true);
  });
});
