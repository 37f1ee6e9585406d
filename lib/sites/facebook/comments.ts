// Comments under Facebook posts, for markers beside commenters' names (issue #8). Pure reads
// of the comment's own markup: the name and link of its author, never words of the UI, which
// follows the user's language ("Commentaire de …", "Comment by …").

import { matchesAny, queryOwn, queryOwnWhere } from '../query';
import { readLine } from '../text';
import type { CommentAuthor } from '../types';
import { commentsIn, FEED_UNIT, looksLikeComment, POST } from './read-post';
import { facebookSelectors as S } from './selectors';
import { commentIdOf, facebookProfileUrl } from './urls';

/** A comment or a reply: an article inside a post, or beside it on a permalink page. */
export function isComment(el: Element): boolean {
  // A feed unit is a post, never a comment, wherever it sits.
  if (!el.matches(POST) || el.matches(FEED_UNIT)) return false;
  return matchesAny(el, S.comment) || looksLikeComment(el);
}

/** The link an author element is or holds. */
function linkOf(el: Element): Element | null {
  return el.matches('a[href]') ? el : el.querySelector('a[href]');
}

/** Hidden within the comment only: a page may hide a whole region (behind a dialog) from screen readers. */
function hiddenIn(el: Element, comment: Element): boolean {
  for (let node: Element | null = el; node && node !== comment; node = node.parentElement) {
    if (node.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/**
 * The author's name element. It must show text (the avatar link before it holds only an image)
 * and not be hidden from assistive technology (an avatar may carry the name as alt text), and a
 * link must lead to a profile: a badge or a group link is never the author.
 */
function authorElement(comment: Element): Element | null {
  return queryOwnWhere(comment, S.commentAuthor, commentsIn(comment), (el) => {
    if (readLine(el) === '' || hiddenIn(el, comment)) return false;
    const link = linkOf(el);
    return link === null || facebookProfileUrl(link.getAttribute('href')) !== null;
  });
}

/** The comment's id, from its own timestamp link, not one of its replies'. */
export function ownCommentId(comment: Element): string | null {
  return commentIdOf(queryOwn(comment, S.commentPermalink, commentsIn(comment))?.getAttribute('href') ?? null);
}

export function readCommentAuthor(comment: Element): CommentAuthor | null {
  const found = authorElement(comment);
  if (!found) return null;
  const link = linkOf(found);
  return { name: readLine(link ?? found), profileUrl: facebookProfileUrl(link?.getAttribute('href') ?? null), commentId: ownCommentId(comment) };
}

/** The name link itself: a marker after it sits on the name's line, outside the link. */
export function commentMarkerSlot(comment: Element): Element | null {
  const found = authorElement(comment);
  return found ? (linkOf(found) ?? found) : null;
}
