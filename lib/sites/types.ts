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

/**
 * Everything a feature needs to know about one host page. Pure reads: no method changes the
 * page, none throws on markup it does not recognise (it returns null or an empty list).
 */
export interface SiteAdapter {
  site: Site;
  /** For observe(): matches posts, and on Facebook comments too; findPosts() filters. */
  postSelector: string;
  /**
   * Top-level posts at or under `root` (root itself included when it is one): no quoted
   * posts, no comments. Accepts the elements observe() reports.
   */
  findPosts(root: ParentNode): Element[];
  /** The post's typed record, or null when the element holds no recognisable post. */
  readPost(el: Element, pageUrl: string): Post | null;
  /**
   * Cheap identity of the post an element holds now (X status id). X recycles cells for other
   * posts while scrolling: compare keys, never elements.
   */
  postKey(el: Element): string | null;
  /** Where our controls go in a post, or null. */
  actionBar(el: Element): Element | null;
  /** False where we stay out: Messenger, direct messages, chat. */
  isSupportedPage(url: URL): boolean;
  theme(doc: Document): Theme;
  /** The host's editable reply and post boxes at or under `root`. */
  findReplyBoxes(root: ParentNode): HTMLElement[];
  /** Whom a reply box answers; null for a new post or when the page does not say. */
  authorOfReplyBox(box: HTMLElement): ReplyTarget | null;
}
