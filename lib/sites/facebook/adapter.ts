import { isElement, isHtmlElement, matchesAny, query, queryAll } from '../query';
import type { PostAuthorRead, ReplyTarget, SiteAdapter, Theme } from '../types';
import { commentMarkerSlot, isComment, ownCommentId, readCommentAuthor } from './comments';
import { commentsIn, facebookPostKey, isTopLevelPost, POST, readAuthor, readFacebookPost, readRef, resolvePost } from './read-post';
import { facebookSelectors as S } from './selectors';
import { isFacebookHost } from './urls';

function findPosts(root: ParentNode): Element[] {
  const self = isElement(root) && root.matches(POST) ? [root] : [];
  // Both alternatives at once (not first-match): feed units and permalink-page articles can share a page.
  const found = [...self, ...root.querySelectorAll(POST)];
  return found.filter((el, i) => found.indexOf(el) === i && isTopLevelPost(el) && !inMessenger(el));
}

/**
 * Facebook's action row has no stable hook (no test id, localised labels), so our controls go
 * in the post's header, beside the author's name, which has one.
 */
function actionBar(el: Element): Element | null {
  const post = resolvePost(el);
  return post ? readAuthor(post, commentsIn(post)).header : null;
}

function isSupportedPage(url: URL): boolean {
  // Messenger, inside facebook.com or not, is private conversation: we stay out.
  return isFacebookHost(url.hostname) && !/^\/(?:messages|messenger_media)(?:\/|$)/u.test(url.pathname);
}

function theme(doc: Document): Theme {
  // Facebook flags its dark mode with a class on <html>; it has no "dim".
  return doc.documentElement.classList.contains('__fb-dark-mode') ? 'dark' : 'light';
}

/** Chat popups are dialogs or side panels that link to their Messenger conversation. */
function inMessenger(el: Element): boolean {
  const container = el.closest(S.chatContainer.join(', '));
  return container !== null && query(container, S.messenger) !== null;
}

function findReplyBoxes(root: ParentNode): HTMLElement[] {
  const self = isElement(root) && matchesAny(root, S.commentBox) ? [root] : [];
  return [...self, ...queryAll(root, S.commentBox)].filter((el): el is HTMLElement => isHtmlElement(el) && !inMessenger(el));
}

function commentTarget(comment: Element): ReplyTarget {
  const author = readCommentAuthor(comment);
  // A comment whose author we cannot read is still the one answered.
  return { name: author?.name ?? '', handle: null, profileUrl: author?.profileUrl ?? null, postId: ownCommentId(comment) };
}

/** Comments and replies, the way findPosts() finds posts: the element itself, then those inside it. */
function findComments(root: ParentNode): Element[] {
  const self = isElement(root) && isComment(root) ? [root] : [];
  return [...self, ...[...root.querySelectorAll(POST)].filter(isComment)].filter((el) => !inMessenger(el));
}

function postTarget(post: Element): ReplyTarget {
  const nested = commentsIn(post);
  const { name, profileUrl } = readAuthor(post, nested);
  return { name, handle: null, profileUrl, postId: readRef(post, nested)?.id ?? null };
}

/**
 * A box inside a comment, or right after one (Comet opens the reply box under the comment it
 * answers), answers that comment; any other box in a post (or in the dialog showing a post)
 * answers the post. Messenger boxes answer nobody we read.
 */
function authorOfReplyBox(box: HTMLElement): ReplyTarget | null {
  if (inMessenger(box)) return null;
  const dialog = box.closest(S.dialog.join(', '));
  const post = resolvePost(box) ?? (dialog ? (findPosts(dialog)[0] ?? null) : null);
  const stop = post ?? dialog;
  for (let node: Element | null = box; node && node !== stop; node = node.parentElement) {
    if (node !== box && node.matches('[role="article"]')) return commentTarget(node);
    const previous = node.previousElementSibling;
    if (previous?.matches('[role="article"]') && previous !== post) return commentTarget(previous);
  }
  return post ? postTarget(post) : null;
}

function postAuthor(el: Element): PostAuthorRead | null {
  try {
    const post = resolvePost(el);
    if (!post) return null;
    const { name, profileUrl } = readAuthor(post, commentsIn(post));
    return { handle: profileUrl, name: () => name };
  } catch {
    // Markup we did not foresee means no marker on that post, not a broken page.
    return null;
  }
}

export const facebookSite: SiteAdapter = {
  site: 'facebook',
  postSelector: POST,
  findPosts,
  readPost(el, pageUrl) {
    try {
      return readFacebookPost(el, pageUrl);
    } catch {
      // Markup we did not foresee means no button on that post, not a broken page.
      return null;
    }
  },
  postKey: facebookPostKey,
  postAuthor,
  actionBar,
  isSupportedPage,
  theme,
  findReplyBoxes,
  authorOfReplyBox,
  findComments,
  commentAuthor(el) {
    try {
      return isComment(el) ? readCommentAuthor(el) : null;
    } catch {
      // As for posts: markup we did not foresee means no marker, not a broken page.
      return null;
    }
  },
  commentMarkerSlot(el) {
    try {
      return isComment(el) ? commentMarkerSlot(el) : null;
    } catch {
      return null;
    }
  },
};
