import { observe } from '../../dom/observe';
import type { SiteAdapter } from '../../sites/types';

export interface PostTrackerHandlers {
  /** Whether a post element already carries our UI (then a report means its content changed). */
  isShown(post: Element): boolean;
  /** A top-level post came near the viewport: mount on it. */
  show(post: Element): void;
  /** A post we mounted on was reported again: its content changed (X recycled the cell). */
  changed(post: Element): void;
  /** Once per batch of page changes, before the others: drop what the page threw away. */
  sweep(): void;
}

/** How far outside the viewport a post counts as coming into view: a little, so buttons are there as posts arrive, and not more, since X recycles off-screen cells constantly. */
const MARGIN = '100px 0px';

export interface PostTracker {
  /**
   * Shows a post reported but not yet seen by the IntersectionObserver, now: the CM pointed at
   * or focused it (focus scrolls it into view before the observer's next report). True when the
   * post is shown, whether just now or before.
   */
  showNow(post: Element): boolean;
}

/**
 * Hands over posts lazily: observe() reports every post the page adds, and only those that come
 * near the viewport are looked at (read, keyed, mounted on). A 1,500-post timeline costs one
 * IntersectionObserver registration per post at load, not 1,500 reads and mounts.
 */
export function trackPosts(site: SiteAdapter, signal: AbortSignal, handlers: PostTrackerHandlers): PostTracker {
  const waiting = new Set<Element>();
  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !waiting.delete(entry.target)) continue;
        io.unobserve(entry.target);
        // Quoted posts and comments match the post selector too; only top-level posts get UI.
        if (entry.target.isConnected && site.findPosts(entry.target).includes(entry.target)) handlers.show(entry.target);
      }
    },
    { rootMargin: MARGIN },
  );
  observe(
    site.postSelector,
    (elements) => {
      handlers.sweep();
      for (const post of waiting) {
        if (post.isConnected) continue;
        waiting.delete(post);
        io.unobserve(post);
      }
      for (const el of elements) {
        if (handlers.isShown(el)) handlers.changed(el);
        else if (!waiting.has(el)) {
          waiting.add(el);
          io.observe(el);
        }
      }
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    io.disconnect();
    waiting.clear();
  }, { once: true });
  return {
    showNow(post) {
      if (handlers.isShown(post)) return true;
      if (signal.aborted || !waiting.delete(post)) return false;
      io.unobserve(post);
      if (!post.isConnected || !site.findPosts(post).includes(post)) return false;
      handlers.show(post);
      return handlers.isShown(post);
    },
  };
}
