import type { Counts, Post } from '../../schema/clip';
import { parseCount } from '../counts';
import { finishPost, httpsOnly, toIso } from '../post';
import { outermost, queryAllOwn, queryOwn, queryOwnWhere } from '../query';
import { readLine, readText } from '../text';
import { facebookSelectors as S } from './selectors';
import { facebookPostRef, facebookProfileUrl, outboundTarget, type FacebookPostRef } from './urls';

export const POST = S.post.join(', ');
export const FEED_UNIT = '[aria-posinset]';
const FB_BASE = 'https://www.facebook.com/';

/**
 * A permalink page has no feed, so its comments are top-level articles too. A comment's first
 * link to the post is its own timestamp, which names the comment.
 */
export function looksLikeComment(article: Element): boolean {
  if (article.matches(FEED_UNIT)) return false;
  const first = article.querySelector('a[href*="comment_id="], a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="]');
  return first?.getAttribute('href')?.includes('comment_id=') ?? false;
}

/** A top-level post: the outermost feed unit or article, never a comment. */
export function isTopLevelPost(el: Element): boolean {
  return el.matches(POST) && !el.parentElement?.closest(POST) && !looksLikeComment(el);
}

/** The post an element belongs to (its feed unit first), or null for comments and strays. */
export function resolvePost(el: Element): Element | null {
  // A comment is not a post, even though it sits in one.
  if (el.matches('[role="article"]') && !el.matches(FEED_UNIT) && el.parentElement?.closest(POST)) return null;
  let top = el.closest(POST);
  for (let up = top?.parentElement?.closest(POST); up; up = up.parentElement?.closest(POST)) top = up;
  if (top) return isTopLevelPost(top) ? top : null;
  const inner = el.querySelector(FEED_UNIT) ?? el.querySelector(POST);
  return inner && isTopLevelPost(inner) ? inner : null;
}

/** Comments (and their replies) inside a post: none of their fields are the post's. */
export function commentsIn(post: Element): Element[] {
  return outermost([...post.querySelectorAll('[role="article"]')].filter((el) => el !== post));
}

const hasText = (el: Element): boolean => readLine(el) !== '';

/** The author's name and profile link, from the header. */
export function readAuthor(post: Element, nested: readonly Element[], base = FB_BASE): { name: string; profileUrl: string | null; header: Element | null } {
  const found = queryOwnWhere(post, S.profileName, nested, hasText);
  if (!found) return { name: '', profileUrl: null, header: null };
  const link = found.matches('a[href]') ? found : found.querySelector('a[href]');
  const header = found.closest('[data-ad-rendering-role="profile_name"]') ?? found.closest('h2, h3, h4, h5, h6') ?? found.parentElement;
  return { name: readLine(link ?? found), profileUrl: facebookProfileUrl(link?.getAttribute('href') ?? null, base), header };
}

/** The post's id from its own links, in the order of `S.permalink`. */
export function readRef(post: Element, nested: readonly Element[], base = FB_BASE): FacebookPostRef | null {
  for (const selector of S.permalink) {
    for (const link of queryAllOwn(post, [selector], nested)) {
      const ref = facebookPostRef(link.getAttribute('href'), base);
      if (ref) return ref;
    }
  }
  return null;
}

/** Facebook shows a long link cut ("…"); its redirect holds the whole address. */
function expandLink(link: Element): string | null {
  const shown = readLine(link);
  if (!/(?:…|\.\.\.)$/u.test(shown)) return null;
  return outboundTarget(link.getAttribute('href'));
}

/** The first number written in an element's text ("40 Comments" → 40, "1K" → 1000). */
function countIn(el: Element | null): number | null {
  if (!el) return null;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = parseCount(node.nodeValue);
    if (value !== null) return value;
  }
  return null;
}

function readCounts(post: Element, nested: readonly Element[]): Counts {
  // Only legacy markup marks its counts by address; Comet's are unmarked, localised text.
  return {
    replies: countIn(queryOwn(post, S.commentCount, nested)),
    reposts: countIn(queryOwn(post, S.shareCount, nested)),
    likes: countIn(queryOwn(post, S.reactionCount, nested)),
    views: null,
  };
}

export function readFacebookPost(el: Element, pageUrl: string): Post | null {
  const post = resolvePost(el);
  if (!post) return null;
  const base = /^https?:\/\//u.test(pageUrl) ? pageUrl : FB_BASE;
  const nested = commentsIn(post);
  const ref = readRef(post, nested, base);
  // No id, no record: a position or a text hash would become a second clip once the real
  // permalink appears (Facebook often sets it on hover; read again at click time).
  if (!ref) return null;
  const author = readAuthor(post, nested, base);
  const message = queryOwn(post, S.storyMessage, nested);
  const utime = queryOwn(post, S.time, nested)?.getAttribute('data-utime');
  const images = queryAllOwn(post, S.media, nested).map((img) => img.getAttribute('src'));
  const posters = queryAllOwn(post, S.videoPoster, nested).map((video) => video.getAttribute('poster'));
  return finishPost({
    site: 'facebook',
    postId: ref.id,
    permalink: ref.permalink,
    authorName: author.name,
    authorHandle: author.profileUrl,
    text: message ? readText(message, { expandLink, skip: S.textSkip.join(', '), blocks: true }) : '',
    time: utime && /^\d+$/u.test(utime) ? toIso(Number(utime)) : null,
    counts: readCounts(post, nested),
    media: httpsOnly([...images, ...posters]),
    isReply: false,
    isQuote: false,
    quotedPostId: null,
  });
}

/** The post's id, or null (cheap: a few attribute reads). */
export function facebookPostKey(el: Element): string | null {
  const post = resolvePost(el);
  return post ? (readRef(post, commentsIn(post))?.id ?? null) : null;
}
