// Which post a reply box answers, and what the CM has typed so far. Read through the site adapter
// only, so X and Facebook share this code; read once per focus (the post) and once per frame of
// typing at most (the draft).

import type { Post } from '../../schema/clip';
import type { ReplyTarget, SiteAdapter } from '../../sites/types';

/**
 * The post the box answers: the one the adapter names (by id), else, when the page does not say,
 * the post around the box (Facebook puts a post's comment box inside it) or the nearest one above
 * it in the same dialog. A named post we cannot find is left unread rather than guessed: on
 * Facebook it is a comment, and its parent post may say something else entirely.
 */
export function answeredPost(site: SiteAdapter, box: HTMLElement, target: ReplyTarget | null): Post | null {
  const doc = box.ownerDocument;
  const pageUrl = doc.URL;
  if (target?.postId) {
    for (const el of site.findPosts(doc)) {
      if (site.postKey(el) !== target.postId) continue;
      const post = site.readPost(el, pageUrl);
      if (post) return post;
    }
    return null;
  }
  // A dialog shows the post it answers; the timeline behind it is about other things.
  const scope = box.closest('[role="dialog"]') ?? doc;
  let nearest: Element | null = null;
  for (const el of site.findPosts(scope)) {
    // FOLLOWING: the box comes after the post's start, inside it or below it; the latest such post wins.
    const before = (el.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (before && (!nearest || nearest.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) nearest = el;
  }
  return nearest ? site.readPost(nearest, pageUrl) : null;
}

/** Draft.js ends lines with "\n", Lexical may add NBSPs and zero-width markers: the engine reads plain text. */
export function normaliseDraft(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').replace(/\n+$/, '');
}

/**
 * The draft as the CM sees it. Reading the DOM is fine here: the analysis is read-only, and the
 * editors' own state is not reachable from a content script. `innerText` keeps line breaks;
 * engines without layout (tests) only have `textContent`.
 */
export function readDraft(box: HTMLElement): string {
  const text = typeof box.innerText === 'string' ? box.innerText : (box.textContent ?? '');
  return normaliseDraft(text);
}
