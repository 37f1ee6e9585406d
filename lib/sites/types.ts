import type { Post } from '../schema/clip';
import type { Site } from '../schema/common';

/** The host's colour scheme, so our controls match it. X has three; Facebook light and dark. */
export type Theme = 'light' | 'dim' | 'dark';

/** Who the user is answering in a reply box. */
export interface ReplyTarget {
  /** Display name, emoji included. */
  name: string;
  /** X handle without "@"; null on Facebook (see profileUrl). */
  handle: string | null;
  /** https profile address (X: built from the handle). */
  profileUrl: string | null;
  /** The post or comment answered, when the page holds its id. */
  postId: string | null;
}

/** Who wrote a comment, read from the comment's own header, never from a reply under it. */
export interface CommentAuthor {
  /** Display name, emoji included. */
  name: string;
  /**
   * https profile address, normalised as a post's `authorHandle` on the same site, so
   * personKey() gives the commenter and the author of a post the same person key.
   */
  profileUrl: string | null;
  /** The comment's own id (from its timestamp link), when the page has set it. */
  commentId: string | null;
}

/** Who wrote a post, read from the post's own header: the handle now, the display name when asked for. */
export interface PostAuthorRead {
  /** X handle without "@"; on Facebook the profile address. */
  handle: string | null;
  /** Most authors are nobody the CM knows and their name is never shown: it is read on demand. */
  name(): string;
}

/**
 * Everything a feature needs to know about one host page. Pure reads: no method changes the
 * page, none throws on markup it does not recognise (it returns null or an empty list).
 */
export interface SiteAdapter {
  site: Site;
  /** For observe(): matches posts, and on Facebook comments too; findPosts() filters. */
  postSelector: string;
  /** The tag name of every element `postSelector` matches, where there is one (X: article): lets observe() find posts faster. */
  postTag?: string;
  /**
   * Top-level posts at or under `root` (root itself included when it is one): no quoted
   * posts, no comments. Accepts the elements observe() reports.
   */
  findPosts(root: ParentNode): Element[];
  /**
   * Runs `run` with the adapter's cheap reads (postKey and what they share) made once per post:
   * for the tracker handing one post to every feature. Absent where reads are not shared.
   */
  batch?<T>(run: () => T): T;
  /**
   * The row of a virtualised feed that holds the post, which the page reuses for other posts
   * (X's timeline cell); absent or null where posts are not recycled.
   */
  cellOf?(post: Element): Element | null;
  /** Whether `el` is a top-level post, as findPosts() would return it: asked once per post coming into view, so cheaper than findPosts(el).includes(el). */
  isTopLevelPost?(el: Element): boolean;
  /** The post's typed record, or null when the element holds no recognisable post. */
  readPost(el: Element, pageUrl: string): Post | null;
  /**
   * Cheap identity of the post an element holds now (X status id). X recycles cells for other
   * posts while scrolling: compare keys, never elements.
   */
  postKey(el: Element): string | null;
  /** The author of the post `el` is or is in; null when the page does not say. */
  postAuthor(el: Element): PostAuthorRead | null;
  /** Where our controls go in a post, or null. */
  actionBar(el: Element): Element | null;
  /** False where we stay out: Messenger, direct messages, chat. */
  isSupportedPage(url: URL): boolean;
  theme(doc: Document): Theme;
  /** The host's editable reply and post boxes at or under `root`. */
  findReplyBoxes(root: ParentNode): HTMLElement[];
  /** Whom a reply box answers; null for a new post or when the page does not say. */
  authorOfReplyBox(box: HTMLElement): ReplyTarget | null;
  /**
   * Comments on posts at or under `root` (root itself included when it is one), replies to
   * comments included, in document order; accepts the elements observe() reports for
   * `postSelector`. Never an element findPosts() returns, none in Messenger. Absent where a
   * reply is a post of its own (X), which findPosts() already returns.
   */
  findComments?(root: ParentNode): Element[];
  /** Who wrote a comment findComments() returned; null when it names no one we can read. */
  commentAuthor?(comment: Element): CommentAuthor | null;
  /**
   * The element a comment's marker goes right after (`slot.after(host)`): the author's name.
   * After, never inside: the name is a link, and a click in it would open the profile. Null
   * when commentAuthor() is.
   */
  commentMarkerSlot?(comment: Element): Element | null;
}
