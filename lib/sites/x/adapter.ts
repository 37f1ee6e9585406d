import { isElement, isHtmlElement, matchesAny, queryAll } from '../query';
import type { PostAuthorRead, ReplyTarget, SiteAdapter, Theme } from '../types';
import { authorFromBlock, nestedIn, ownActionBar, readAuthor, readsBatched, readXPost, resolvePost, xPostKey } from './read-post';
import { xSelectors as S } from './selectors';
import { isXHost, profileUrlOf, statusOf } from './urls';

const POST = S.post.join(', ');

/** A post inside another post (or a quoted card) is part of it, never a post of its own. */
const isNested = (el: Element) => !!el.parentElement?.closest(`${POST}, div[role="link"]`);

function findPosts(root: ParentNode): Element[] {
  const self = isElement(root) && matchesAny(root, S.post) ? [root] : [];
  const found = new Set([...self, ...queryAll(root, S.post)]);
  return [...found].filter((el) => !isNested(el));
}

function isTopLevelPost(el: Element): boolean {
  return matchesAny(el, S.post) && !isNested(el);
}

const CELL = S.cell.join(', ');
const cellOf = (post: Element) => post.closest(CELL);

function actionBar(el: Element): Element | null {
  const post = resolvePost(el);
  return post ? ownActionBar(post, nestedIn(post)) : null;
}

function isSupportedPage(url: URL): boolean {
  if (!isXHost(url.hostname)) return false;
  // Direct messages: private conversations are none of our business.
  return !/^\/(?:messages|i\/chat)(?:\/|$)/u.test(url.pathname);
}

// X paints the body with its theme colour (inline style): one read per call, no layout.
const THEMES: Readonly<Record<string, Theme>> = {
  'rgb(255,255,255)': 'light',
  'rgb(21,32,43)': 'dim',
  'rgb(0,0,0)': 'dark',
};

function theme(doc: Document): Theme {
  const body = doc.body as HTMLElement | null;
  if (!body) return 'light';
  const colour = body.style.backgroundColor || (doc.defaultView?.getComputedStyle(body).backgroundColor ?? '');
  return THEMES[colour.replace(/\s+/gu, '')] ?? 'light';
}

function findReplyBoxes(root: ParentNode): HTMLElement[] {
  const self = isElement(root) && matchesAny(root, S.composer) ? [root] : [];
  return [...self, ...queryAll(root, S.composer)].filter(isHtmlElement);
}

function targetOf(post: Element): ReplyTarget {
  const { name, handle } = readAuthor(post, nestedIn(post), 'https://x.com/');
  return { name, handle, profileUrl: handle ? profileUrlOf(handle) : null, postId: xPostKey(post) };
}

/** Posts that come before `box` in the document, nearest last. */
function postsBefore(scope: ParentNode, box: Element): Element[] {
  // DOCUMENT_POSITION_FOLLOWING (4): the box comes after the post.
  return findPosts(scope).filter((post) => (post.compareDocumentPosition(box) & 4) !== 0 && !post.contains(box));
}

/** The post a dialog's User-Name block belongs to: its permalinked time, or its article. */
function targetOfBlock(block: Element): ReplyTarget {
  const { name, handle } = authorFromBlock(block, 'https://x.com/');
  const link = queryAll(block, S.statusLink)[0] ?? null;
  const article = block.closest(POST);
  const postId = statusOf(link?.getAttribute('href') ?? null, 'https://x.com/')?.id ?? (article ? xPostKey(article) : null);
  return { name, handle, profileUrl: handle ? profileUrlOf(handle) : null, postId };
}

/**
 * In the reply dialog, the post replied to is shown above the editor (as an article or, in
 * some builds, as a bare User-Name block with its text): the nearest name block above the box,
 * outside quoted cards. On a status page it is the post the address names (the focused one),
 * else the nearest post above the inline box. The home composer has no post above it: a new
 * post, not a reply.
 */
function authorOfReplyBox(box: HTMLElement): ReplyTarget | null {
  const dialog = box.closest(S.replyDialog.join(', '));
  if (dialog) {
    const block = queryAll(dialog, S.userName)
      .filter((el) => (el.compareDocumentPosition(box) & 4) !== 0 && !el.parentElement?.closest('div[role="link"]'))
      .at(-1);
    return block ? targetOfBlock(block) : null;
  }
  const doc = box.ownerDocument;
  const focused = statusOf(doc.URL, 'https://x.com/');
  if (!focused) return null;
  const column = box.closest(S.primaryColumn.join(', ')) ?? doc;
  const named = findPosts(column).find((post) => xPostKey(post) === focused.id);
  if (named) return targetOf(named);
  const above = postsBefore(column, box).at(-1);
  return above ? targetOf(above) : null;
}

function postAuthor(el: Element): PostAuthorRead | null {
  // Markup we did not foresee means no marker on that post, not a broken page.
  try {
    const post = resolvePost(el);
    if (!post) return null;
    const nested = nestedIn(post);
    // The handle alone skips reading the display name (emoji images and all).
    const { handle } = readAuthor(post, nested, 'https://x.com/', false);
    return {
      handle,
      name: () => {
        try {
          return readAuthor(post, nested, 'https://x.com/').name;
        } catch {
          return '';
        }
      },
    };
  } catch {
    return null;
  }
}

export const xSite: SiteAdapter = {
  site: 'x',
  postSelector: POST,
  postTag: 'article',
  batch: readsBatched,
  findPosts,
  readPost(el, pageUrl) {
    try {
      return readXPost(el, pageUrl);
    } catch {
      // Markup we did not foresee means no button on that post, not a broken page.
      return null;
    }
  },
  postKey: xPostKey,
  postAuthor,
  actionBar,
  isSupportedPage,
  theme,
  cellOf,
  isTopLevelPost,
  findReplyBoxes,
  authorOfReplyBox,
};
