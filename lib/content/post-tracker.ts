import { observe } from '../dom/observe';
import type { SiteAdapter, Theme } from '../sites/types';

export interface PostTrackerHandlers {
  /** Whether a post element already carries this feature's UI (then a report means its content changed). */
  isShown(post: Element): boolean;
  /** A top-level post came near the viewport: mount on it. */
  show(post: Element): void;
  /** A post this feature mounted on was reported again: its content changed (X recycled the cell). */
  changed(post: Element): void;
  /** Once per batch of page changes, before the others: drop what the page threw away, follow the host's theme (read once for all features). */
  sweep(theme: Theme): void;
}

/** How far outside the viewport a post counts as coming into view: a little, so buttons are there as posts arrive, and not more, since X recycles off-screen cells constantly. */
const MARGIN = '100px 0px';

/**
 * How long a post stays near the viewport before the features mount on it. Under 100 ms nobody
 * has read a post: a fling through the feed, or a cell X refills while it passes, then costs
 * nothing, and the buttons arrive as the feed settles. Pointing at or focusing a post shows it
 * at once (showNow). Tests of the features set it to 0.
 */
export const REVEAL_DWELL_MS = 100;
export const revealTiming = { dwellMs: REVEAL_DWELL_MS };

export interface PostTracker {
  /**
   * Shows a post reported but not yet seen by the IntersectionObserver, now: the CM pointed at
   * or focused it (focus scrolls it into view before the observer's next report). True when the
   * post is shown, whether just now or before.
   */
  showNow(post: Element): boolean;
}

interface Shared {
  features: Set<PostTrackerHandlers>;
  /** Posts reported and waiting to come near the viewport, with their container. */
  waiting: Map<Element, Element>;
  /** Top-level posts that came near the viewport: a feature starting later mounts on them at once. */
  seen: Set<Element>;
  /** Takes a waiting post out of the wait and mounts every feature on it, if it is a top-level post. */
  reveal(post: Element): void;
  stop: AbortController;
}

const trackers = new Map<SiteAdapter, Shared>();

const isTopLevel = (site: SiteAdapter, post: Element) => (site.isTopLevelPost ? site.isTopLevelPost(post) : site.findPosts(post).includes(post));
const THEME_EVERY_MS = 1_000;

function start(site: SiteAdapter): Shared {
  const stop = new AbortController();
  /** Posts reported and not yet near the viewport, with the container they were in when reported. */
  const waiting = new Map<Element, Element>();
  const seen = new Set<Element>();
  const features = new Set<PostTrackerHandlers>();
  // The IntersectionObserver watches containers, not posts: on X the cell, which stays while X
  // swaps other posts into it. A post arriving in a cell already known to be in view needs no
  // registration and no report of its own; while X recycles cells that is most of the work saved.
  const containerOf = (post: Element) => site.postContainer?.(post) ?? post;
  /** Waiting posts by container. */
  const postsIn = new Map<Element, Set<Element>>();
  /** Observed containers, and whether the observer last reported them near the viewport. */
  const inView = new Map<Element, boolean>();
  /** Posts near the viewport, since when (performance.now()): revealed once they stayed dwellMs. */
  const arriving = new Map<Element, number>();
  let dwellTimer: ReturnType<typeof setTimeout> | null = null;

  const release = (container: Element) => {
    postsIn.delete(container);
    // A post is its own container where the host never reuses elements: once shown, it is done.
    // A cell stays watched for the posts X will put in it.
    if (container.isConnected && site.postContainer) return;
    inView.delete(container);
    io.unobserve(container);
  };
  const unwait = (post: Element) => {
    // Its container as it was: a post X took out of its cell has none any more.
    const container = waiting.get(post);
    if (!container) return false;
    waiting.delete(post);
    arriving.delete(post);
    const posts = postsIn.get(container);
    if (posts) {
      posts.delete(post);
      if (posts.size === 0) release(container);
    }
    return true;
  };
  const reveal = (post: Element) => {
    if (!unwait(post)) return;
    // Quoted posts and comments match the post selector too; only top-level posts get UI.
    if (!post.isConnected || !isTopLevel(site, post)) return;
    seen.add(post);
    for (const feature of [...features]) if (!feature.isShown(post)) feature.show(post);
  };
  const settle = () => {
    dwellTimer = null;
    const now = performance.now();
    const dwell = revealTiming.dwellMs;
    let next = Infinity;
    for (const [post, since] of arriving) {
      const left = since + dwell - now;
      if (left <= 0) reveal(post);
      else next = Math.min(next, left);
    }
    if (next !== Infinity) dwellTimer = setTimeout(settle, next);
  };
  const arrive = (post: Element, now: number) => {
    if (revealTiming.dwellMs <= 0) reveal(post);
    else if (!arriving.has(post)) arriving.set(post, now);
  };
  const dwellFromNow = () => {
    if (arriving.size > 0 && dwellTimer === null) dwellTimer = setTimeout(settle, revealTiming.dwellMs);
  };
  const io = new IntersectionObserver(
    (entries) => {
      const now = performance.now();
      for (const entry of entries) {
        const container = entry.target;
        if (!inView.has(container)) continue;
        inView.set(container, entry.isIntersecting);
        const posts = postsIn.get(container);
        if (!posts) continue;
        for (const post of [...posts]) {
          if (entry.isIntersecting) arrive(post, now);
          else arriving.delete(post);
        }
      }
      dwellFromNow();
    },
    { rootMargin: MARGIN },
  );
  // The host's theme, read at most once a second: where the page sets no inline colour the read
  // forces a style pass, and while X recycles cells every frame that pass would run every frame.
  // A CM switching X to dim sees our buttons follow within a second.
  let theme = site.theme(document);
  let themeReadAt = performance.now();
  const themeNow = () => {
    const now = performance.now();
    if (now - themeReadAt >= THEME_EVERY_MS) {
      theme = site.theme(document);
      themeReadAt = now;
    }
    return theme;
  };
  const wait = (post: Element, now: number) => {
    if (waiting.has(post)) return;
    const container = containerOf(post);
    waiting.set(post, container);
    let posts = postsIn.get(container);
    if (!posts) postsIn.set(container, (posts = new Set()));
    // The post X took out of this cell to put this one in is let go now, not at the next sweep:
    // a cell coming back into view would otherwise bring every post it ever held with it.
    else for (const old of posts) if (!old.isConnected) unwait(old);
    posts.add(post);
    const known = inView.get(container);
    if (known === undefined) {
      inView.set(container, false);
      io.observe(container);
    } else if (known) arrive(post, now);
  };
  // Posts the page dropped before they came into view are let go in sweeps, each once the set
  // has doubled since the last: a pass over 1,500 waiting posts on every batch of page changes
  // would cost more than all the rest of the tracking.
  let sweepAt = 256;
  const forgetDropped = () => {
    if (waiting.size + seen.size + inView.size < sweepAt) return;
    for (const post of waiting.keys()) if (!post.isConnected) unwait(post);
    for (const container of inView.keys()) if (!container.isConnected) release(container);
    for (const post of seen) if (!post.isConnected) seen.delete(post);
    sweepAt = Math.max(256, 2 * (waiting.size + seen.size + inView.size));
  };
  observe(
    site.postSelector,
    (elements) => {
      const theme = themeNow();
      for (const feature of [...features]) feature.sweep(theme);
      forgetDropped();
      const now = performance.now();
      for (const el of elements) {
        // Features mount only on posts this tracker revealed: a post never seen is new to all of
        // them (1,500 of them at load, every recycled cell's new article), with no need to ask.
        if (!seen.has(el)) {
          wait(el, now);
          continue;
        }
        let missing = false;
        for (const feature of features) {
          if (feature.isShown(el)) feature.changed(el);
          else missing = true;
        }
        if (missing) wait(el, now);
      }
      dwellFromNow();
    },
    { signal: stop.signal, tag: site.postTag },
  );
  stop.signal.addEventListener('abort', () => {
    io.disconnect();
    if (dwellTimer !== null) clearTimeout(dwellTimer);
    arriving.clear();
    postsIn.clear();
    inView.clear();
    waiting.clear();
    seen.clear();
  }, { once: true });
  return { features, waiting, seen, reveal, stop };
}

/**
 * Hands over posts lazily, to every feature through one observer: observe() reports every post
 * the page adds, and only those that stay near the viewport are looked at (read, keyed, mounted
 * on). A 1,500-post timeline costs one IntersectionObserver registration per post (per X cell)
 * at load, not one per post and feature, and not 1,500 reads and mounts.
 */
export function trackPosts(site: SiteAdapter, signal: AbortSignal, handlers: PostTrackerHandlers): PostTracker {
  if (signal.aborted) return { showNow: () => false };
  let shared = trackers.get(site);
  if (!shared) {
    shared = start(site);
    trackers.set(site, shared);
  }
  const tracker = shared;
  tracker.features.add(handlers);
  // A feature that starts late (watch terms just set) mounts on the posts already on screen.
  for (const post of [...tracker.seen]) if (post.isConnected && !handlers.isShown(post)) handlers.show(post);
  signal.addEventListener('abort', () => {
    tracker.features.delete(handlers);
    if (tracker.features.size > 0) return;
    tracker.stop.abort();
    if (trackers.get(site) === tracker) trackers.delete(site);
  }, { once: true });

  return {
    showNow(post) {
      if (handlers.isShown(post)) return true;
      if (signal.aborted) return false;
      if (tracker.waiting.has(post)) tracker.reveal(post);
      else if (tracker.seen.has(post) && post.isConnected) handlers.show(post);
      return handlers.isShown(post);
    },
  };
}
