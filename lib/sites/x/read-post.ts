import type { Counts, Post } from '../../schema/clip';
import { parseCount, parseCountsLabel } from '../counts';
import { finishPost, httpsOnly, toIso } from '../post';
import { isInside, query, queryAll, queryAllOwn, queryOwn } from '../query';
import { readLine, readText } from '../text';
import { xSelectors as S } from './selectors';
import { permalinkOf, profileHandleOf, statusOf } from './urls';

const POST = S.post.join(', ');
const X_BASE = 'https://x.com/';

/** The post article for an element: the article itself, or the one inside a cell. */
export function resolvePost(el: Element): Element | null {
  return el.matches(POST) ? el : query(el, S.post);
}

/**
 * Reads made once per post inside readsBatched(): the tracker hands a post to every feature in
 * one go, and each asks for the same key and the same nested cards. Outside a batch nothing is
 * kept, so a read after the page changed a post is always fresh.
 */
let batch: { keys: WeakMap<Element, string | null>; nested: WeakMap<Element, Element[]> } | null = null;

export function readsBatched<T>(run: () => T): T {
  if (batch) return run();
  batch = { keys: new WeakMap(), nested: new WeakMap() };
  try {
    return run();
  } finally {
    batch = null;
  }
}

/**
 * What sits inside a post but belongs to another one: the quoted post's card, and any post
 * article nested inside (never seen on X today, but then it must not leak either).
 */
export function nestedIn(post: Element): Element[] {
  const kept = batch?.nested.get(post);
  if (kept) return kept;
  const found = findNested(post);
  batch?.nested.set(post, found);
  return found;
}

function findNested(post: Element): Element[] {
  const quoted = queryAll(post, S.quoted).filter((card) => card !== post && query(card, S.userName) !== null);
  const articles = [...post.querySelectorAll(POST)];
  const all = [...quoted, ...articles];
  // Only the outermost: a card inside a nested article is already covered.
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

interface OwnLink {
  link: Element;
  time: Element;
  handle: string | null;
  id: string;
}

/**
 * The post's own permalink: a status link around a time, whose nearest post-like ancestor
 * (an article or a quoted card) is this post. Cheap: no list of nested cards needed.
 */
function ownLink(post: Element, base: string): OwnLink | null {
  for (const time of queryAll(post, S.permalinkTime)) {
    const owner = time.closest(`${POST}, div[role="link"]`);
    if (owner !== post) continue;
    const link = time.closest('a[href*="/status/"]');
    const status = statusOf(link?.getAttribute('href') ?? null, base);
    if (link && status) return { link, time, ...status };
  }
  return null;
}

/** The X status id an element holds now, or null. */
export function xPostKey(el: Element): string | null {
  if (batch?.keys.has(el)) return batch.keys.get(el) ?? null;
  const post = resolvePost(el);
  const key = post ? (ownLink(post, X_BASE)?.id ?? null) : null;
  batch?.keys.set(el, key);
  return key;
}

/**
 * Display name and handle from a User-Name block: the first link with text is the name. Without
 * `withName` the name's text is never walked: the people marker needs only the handle per post.
 */
export function authorFromBlock(block: Element, base: string, withName = true): { name: string; handle: string | null } {
  // One pass that stops as soon as what is asked for is known: this runs for every post X recycles into a cell.
  let name: string | null = withName ? null : '';
  let linkHandle: string | null = null;
  for (const a of block.querySelectorAll('a[href]')) {
    if (name === null) {
      const line = readLine(a);
      if (line !== '') name = line;
    }
    linkHandle ??= profileHandleOf(a.getAttribute('href'), base);
    if (name !== null && linkHandle !== null) break;
  }
  name ??= readLine(block.querySelector('span') ?? block);
  const handle =
    linkHandle ??
    // "@" is a symbol, not a word: the handle's own text when the links are gone.
    /@([A-Za-z0-9_]{1,15})/u.exec(block.textContent ?? '')?.[1] ??
    null;
  return { name, handle };
}

/** Display name and handle of a post (from its avatar's test id when User-Name is missing). */
export function readAuthor(post: Element, nested: readonly Element[], base: string, withName = true): { name: string; handle: string | null } {
  const block = queryOwn(post, S.userName, nested);
  const author = block ? authorFromBlock(block, base, withName) : { name: '', handle: null };
  if (author.handle !== null) return author;
  const avatar = queryOwn(post, S.avatar, nested)?.getAttribute('data-testid') ?? '';
  return { ...author, handle: /^UserAvatar-Container-([A-Za-z0-9_]{1,15})$/u.exec(avatar)?.[1] ?? null };
}

/** X keeps a shortened link's full address in hidden spans of its text (or its title). */
function expandLink(link: Element): string | null {
  const title = link.getAttribute('title');
  if (title && /^https?:\/\//u.test(title)) return title;
  const full = (link.textContent ?? '').trim().replace(/…$/u, '');
  return /^https?:\/\/\S+$/u.test(full) ? full : null;
}

/**
 * A quoted post never has an action bar of its own on X, so the bar is looked for outside
 * nested articles only. (One capture, hand-anonymised, lost a closing tag and parses with the
 * outer post's bar inside the quoted card; the live site never does, and this reads both.)
 */
export function ownActionBar(post: Element, nested: readonly Element[]): Element | null {
  return queryOwn(post, S.actionBar, nested.filter((el) => el.matches(POST)));
}

function readCounts(post: Element, nested: readonly Element[]): Counts {
  const group = ownActionBar(post, nested);
  const fromLabel = parseCountsLabel(group?.getAttribute('aria-label'));
  // A label we could read names every non-zero count; a button it leaves out shows zero.
  const labelRead = Object.keys(fromLabel).length > 0;
  const pick = (metric: keyof Counts, selectors: readonly string[]): number | null => {
    const known = fromLabel[metric];
    if (known !== undefined) return known;
    const control = group ? query(group, selectors) : queryOwn(post, selectors, nested);
    if (!control) return null;
    return parseCount(control.getAttribute('aria-label')) ?? parseCount(control.textContent) ?? (labelRead ? 0 : null);
  };
  return {
    replies: pick('replies', S.replyButton),
    reposts: pick('reposts', S.repostButton),
    likes: pick('likes', S.likeButton),
    views: pick('views', S.viewsLink),
  };
}

/**
 * A reply shows profile links between the author row and the text ("Replying to @a"). The
 * captures hold no reply, so the rule is: a profile link that follows the User-Name block,
 * precedes the text and action bar, and is not part of the name, avatar, text, link card,
 * repost banner or a quoted post.
 */
function isReplyPost(post: Element, nested: readonly Element[], base: string): boolean {
  const block = queryOwn(post, S.userName, nested);
  if (!block) return false;
  const excluded = [
    block,
    ...queryAllOwn(post, S.avatar, nested),
    ...queryAllOwn(post, S.text, nested),
    ...queryAllOwn(post, S.card, nested),
    ...queryAllOwn(post, S.socialContext, nested),
    ...nested,
  ];
  const end = queryOwn(post, S.text, nested) ?? ownActionBar(post, nested);
  return queryAllOwn(post, S.replyContext, nested).some((link) => {
    if (isInside(link, excluded) || link.querySelector(S.socialContext.join(', '))) return false;
    if (!(block.compareDocumentPosition(link) & 4)) return false; // must follow the name
    if (end && !(link.compareDocumentPosition(end) & 4)) return false; // and precede the text
    return profileHandleOf(link.getAttribute('href'), base) !== null;
  });
}

function readMedia(post: Element, nested: readonly Element[]): string[] {
  const images = queryAllOwn(post, S.mediaImage, nested).map((img) => img.getAttribute('src'));
  const posters = queryAllOwn(post, S.mediaVideo, nested).map((video) => video.getAttribute('poster'));
  return httpsOnly([...images, ...posters]);
}

/** The quoted post's id, from a status link in its card (its photos link to it). */
function quotedIdOf(card: Element | undefined, outerId: string, bar: Element | null, base: string): string | null {
  if (!card) return null;
  for (const link of queryAll(card, S.statusLink)) {
    if (bar?.contains(link)) continue;
    const status = statusOf(link.getAttribute('href'), base);
    if (status && status.id !== outerId) return status.id;
  }
  return null;
}

/** Reads one X post; null when the element holds none we can key (no own permalink). */
export function readXPost(el: Element, pageUrl: string): Post | null {
  const post = resolvePost(el);
  if (!post) return null;
  const base = /^https?:\/\//u.test(pageUrl) ? pageUrl : X_BASE;
  const own = ownLink(post, base);
  if (!own) return null;
  const nested = nestedIn(post);
  const author = readAuthor(post, nested, base);
  const textEl = queryOwn(post, S.text, nested);
  const quoted = nested.filter((card) => !card.matches(POST));
  const handle = author.handle ?? own.handle;
  return finishPost({
    site: 'x',
    postId: own.id,
    permalink: permalinkOf(own.handle ?? handle, own.id),
    authorName: author.name,
    authorHandle: handle,
    text: textEl ? readText(textEl, { expandLink }) : '',
    time: toIso(own.time.getAttribute('datetime')),
    counts: readCounts(post, nested),
    media: readMedia(post, nested),
    isReply: isReplyPost(post, nested, base),
    isQuote: quoted.length > 0,
    quotedPostId: quotedIdOf(quoted[0], own.id, ownActionBar(post, nested), base),
  });
}
