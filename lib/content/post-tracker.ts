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
 * A cell of a virtualised feed that gets another post this soon after its last one is churning:
 * the page swaps posts in it faster than anyone reads them (X refilling its rows while it lays
 * the list out again). A churning cell's post is shown once the cell has kept it that long, or
 * at the latest CHURN_FIRST_WAIT_MS after the churn began, instead of every post being read and
 * mounted on as it flashes by. A churn that goes on is the page re-rendering in a loop: each
 * post shown before the cell calmed doubles the wait for the next, up to CHURN_LONGEST_WAIT_MS,
 * so a page stuck churning costs a mount every few seconds, not several a second. The CM who
 * points at or focuses such a post gets its button at once (showNow). Posts coming into view
 * otherwise (scrolling, even fast: X reuses a row only once it is far off screen) are shown in
 * the next frame, as always: a button arriving later would move the host's buttons while the
 * CM aims at one.
 */
// Long enough that a slow machine's frames (15 a second) do not make a churning row look calm.
const CHURN_MS = 500;
const CHURN_FIRST_WAIT_MS = 1_000;
const CHURN_LONGEST_WAIT_MS = 8_000;

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
  /** Top-level posts that came near the viewport: a feature starting later mounts on them at once. */
  seen: Set<Element>;
  /** Takes a waiting post out of the wait and mounts every feature on it, if it is a top-level post. */
  reveal(post: Element): void;
  /** Whether `post` waits, after reading its cell if the cell was refilled out of view and not read since. */
  waits(post: Element): boolean;
  stop: AbortController;
}

const trackers = new Map<SiteAdapter, Shared>();

interface CellState {
  /** Null: refilled while out of view, read when it comes into view. */
  post: Element | null;
  visible: boolean;
  at: number;
  churningSince: number | null;
  /** How long its post may wait while it churns: doubles with each post shown before it calmed. */
  patience: number;
}

const isTopLevel = (site: SiteAdapter, post: Element) => (site.isTopLevelPost ? site.isTopLevelPost(post) : site.findPosts(post).includes(post));
const THEME_EVERY_MS = 1_000;

function start(site: SiteAdapter): Shared {
  const stop = new AbortController();
  // Every feature reads the post it is handed: its key, its nested cards. Once per post will do.
  const batched = (run: () => void) => (site.batch ? site.batch(run) : run());
  // Posts reported and waiting to come near the viewport.
  const waiting = new Set<Element>();
  const seen = new Set<Element>();
  const features = new Set<PostTrackerHandlers>();
  const reveal = (post: Element) => {
    if (!waiting.delete(post)) return;
    if (!cellOfPost.has(post)) io.unobserve(post);
    // Quoted posts and comments match the post selector too; only top-level posts get UI.
    if (!post.isConnected || !isTopLevel(site, post)) return;
    seen.add(post);
    batched(() => {
      for (const feature of [...features]) if (!feature.isShown(post)) feature.show(post);
    });
  };
  // Where posts sit in feed cells (X), the IntersectionObserver watches the cells, which the page
  // keeps while it swaps posts in them: a recycled cell's new post costs no registration, and
  // whether it is in view is already known. A cell is read only in view: the observer hands over
  // the cells of the timeline unread (containerOf), X refills rows far off screen, and the post a
  // cell holds is looked for once the cell comes into view. Per observed cell: the top-level post
  // it holds now, whether it is in view, when it got that post, since when it churns (null: calm)
  // and how long its next post may wait.
  const cells = new Map<Element, CellState>();
  const cellOfPost = new WeakMap<Element, Element>();
  const stateOf = (post: Element) => {
    const cell = cellOfPost.get(post);
    return cell ? cells.get(cell) : undefined;
  };
  // Posts in view whose cell churns (one that leaves the view is dropped).
  const queued = new Set<Element>();
  // Cells in view refilled while they churn: read once due, not at every refill. While X swaps
  // the rows in view every few frames, reading each new post would be most of what we cost it.
  const unread = new Set<Element>();
  let calmTimer: ReturnType<typeof setTimeout> | null = null;
  const dueAt = (state: CellState) => Math.min(state.at + CHURN_MS, (state.churningSince ?? state.at) + state.patience);
  /** A waiting post in view: shown now, or once its cell calms. */
  const enter = (post: Element) => {
    const state = stateOf(post);
    if (!state || state.churningSince === null) {
      reveal(post);
      return;
    }
    queued.add(post);
    armCalmTimer(performance.now());
  };
  const showCalm = () => {
    calmTimer = null;
    const now = performance.now();
    for (const cell of unread) {
      const state = cells.get(cell);
      if (cell.isConnected && state && dueAt(state) > now) continue;
      unread.delete(cell);
      // Its post joins the queue as due, and is shown in the loop below.
      if (cell.isConnected && state?.visible && state.post === null) readCell(cell);
    }
    for (const post of queued) {
      const state = stateOf(post);
      if (post.isConnected && state && dueAt(state) > now) continue;
      queued.delete(post);
      if (!post.isConnected) continue;
      // Still churning: the next post there waits longer still.
      if (state && state.churningSince !== null) {
        state.churningSince = now;
        if (now - state.at < CHURN_MS) state.patience = Math.min(2 * state.patience, CHURN_LONGEST_WAIT_MS);
      }
      reveal(post);
    }
    armCalmTimer(now);
  };
  const armCalmTimer = (now: number) => {
    if (calmTimer !== null || queued.size + unread.size === 0) return;
    let next = Infinity;
    for (const post of queued) {
      const state = stateOf(post);
      next = Math.min(next, state ? dueAt(state) : now);
    }
    for (const cell of unread) {
      const state = cells.get(cell);
      next = Math.min(next, state ? dueAt(state) : now);
    }
    calmTimer = setTimeout(showCalm, Math.max(0, next - now));
  };
  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const cell = cells.get(entry.target);
        if (cell) {
          cell.visible = entry.isIntersecting;
          if (!cell.visible) unread.delete(entry.target);
          else if (cell.post === null) readWhenDue(entry.target, cell, performance.now());
        }
        const post = cell ? cell.post : entry.target;
        if (!post) continue;
        if (!entry.isIntersecting) queued.delete(post);
        else if (waiting.has(post)) enter(post);
      }
      armCalmTimer(performance.now());
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
  const wait = (post: Element) => {
    if (waiting.has(post)) return;
    const cell = site.cellOf?.(post) ?? null;
    if (!cell) {
      waiting.add(post);
      io.observe(post);
      return;
    }
    // Posts come in document order: a post inside the cell's post is a quoted one, never shown.
    const state = cells.get(cell);
    const holds = state?.post;
    if (holds && holds !== post && holds.isConnected && holds.contains(post)) return;
    waiting.add(post);
    cellOfPost.set(post, cell);
    if (!state) {
      track(cell, post);
      return;
    }
    // The post it replaces will never be shown. A cell read late was counted refilled already.
    if (holds) {
      queued.delete(holds);
      if (!seen.has(post)) refilled(state, performance.now());
    }
    state.post = post;
    if (state.visible) enter(post);
  };
  /** Starts watching a cell, calm, until the IntersectionObserver says whether it is in view. */
  const track = (cell: Element, post: Element | null) => {
    cells.set(cell, { post, visible: false, at: performance.now(), churningSince: null, patience: CHURN_FIRST_WAIT_MS });
    io.observe(cell);
  };
  const refilled = (state: CellState, now: number) => {
    state.churningSince = now - state.at < CHURN_MS ? (state.churningSince ?? state.at) : null;
    if (state.churningSince === null) state.patience = CHURN_FIRST_WAIT_MS;
    state.at = now;
  };
  /** A post the page added or changed: new to the features, or changed under their UI. */
  const report = (el: Element) => {
    // Features mount only on posts this tracker revealed: a post never seen is new to all of
    // them (1,500 of them at load, every recycled cell's new article), with no need to ask.
    if (!seen.has(el)) {
      wait(el);
      return;
    }
    let missing = false;
    for (const feature of features) {
      if (feature.isShown(el)) feature.changed(el);
      else missing = true;
    }
    if (missing) wait(el);
  };
  /** The post a cell holds now, in document order the first match: a quoted one comes after. */
  const postIn = (cell: Element): Element | null => {
    if (!site.postTag) return cell.querySelector(site.postSelector);
    const candidates = cell.getElementsByTagName(site.postTag);
    for (let i = 0; i < candidates.length; i++) if (candidates[i]!.matches(site.postSelector)) return candidates[i]!;
    return null;
  };
  const readCell = (cell: Element) => {
    const post = postIn(cell);
    if (post) batched(() => report(post));
  };
  /**
   * A cell in view whose post is not known: read now, unless it churns and what it holds would
   * only be queued (a row X refills in view, or one the refills push across the edge of the view).
   */
  const readWhenDue = (cell: Element, state: CellState, now: number) => {
    if (state.churningSince === null || dueAt(state) <= now) {
      readCell(cell);
      return;
    }
    unread.add(cell);
    armCalmTimer(now);
  };
  /** A cell new to the tracker, or whose content the page replaced. */
  const cellRefilled = (cell: Element) => {
    const state = cells.get(cell);
    if (!state) {
      // Its post is looked for once it comes into view.
      track(cell, null);
      return;
    }
    const holds = state.post;
    // The same post put back (the page moved it), or still there (a rescan): nothing was
    // refilled, and a post waiting for the cell to calm still waits.
    if (holds && cell.contains(holds)) {
      report(holds);
      return;
    }
    if (holds) {
      queued.delete(holds);
      // Gone, or moved to another cell, which reports it afresh.
      waiting.delete(holds);
    }
    const now = performance.now();
    refilled(state, now);
    state.post = null;
    if (state.visible) readWhenDue(cell, state, now);
  };
  // Posts the page dropped before they came into view are let go in sweeps, each once the set
  // has doubled since the last: a pass over 1,500 waiting posts on every batch of page changes
  // would cost more than all the rest of the tracking.
  let sweepAt = 256;
  const forgetDropped = () => {
    if (waiting.size + seen.size + cells.size < sweepAt) return;
    for (const post of waiting) {
      if (post.isConnected) continue;
      waiting.delete(post);
      if (!cellOfPost.has(post)) io.unobserve(post);
    }
    for (const post of seen) if (!post.isConnected) seen.delete(post);
    for (const cell of cells.keys()) {
      if (cell.isConnected) continue;
      cells.delete(cell);
      io.unobserve(cell);
    }
    sweepAt = Math.max(256, 2 * (waiting.size + seen.size + cells.size));
  };
  // Where posts sit in the cells of one list (X's virtual list), the page's cells are not all
  // registered up front: only those within a viewport of the visible part, found by a binary
  // search of the list by position, at start and again, once a frame, while the CM scrolls or
  // resizes the window. Cells the page adds or refills are registered as they change, as ever.
  // A 1,500-post timeline then costs a dozen registrations at load, not 1,500. A cell outside
  // that reach moved into view without a scroll (a post far above collapsing) waits for the next
  // scroll, or for the CM to point at or focus its post (waits()).
  const findList = (): Element | null => {
    const first = document.querySelector(site.postSelector);
    const cell = first ? site.cellOf?.(first) : null;
    return cell?.parentElement ?? null;
  };
  const registerNear = () => {
    if (!list?.isConnected) list = findList();
    if (!list) return;
    const reach = innerHeight;
    const kids = list.children;
    // Cells are laid out in document order, top to bottom: the first whose bottom is in reach.
    let lo = 0;
    let hi = kids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kids[mid]!.getBoundingClientRect().bottom <= -reach) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < kids.length; i++) {
      const cell = kids[i]!;
      if (cell.getBoundingClientRect().top >= 2 * reach) break;
      if (!cells.has(cell) && site.cellOf?.(cell) === cell) track(cell, null);
    }
  };
  let list = findList();
  let nearFrame: number | null = null;
  const registerNearSoon = () => {
    nearFrame ??= requestAnimationFrame(() => {
      nearFrame = null;
      registerNear();
    });
  };
  // Finding cells by position needs one list of cells; without one, every post is looked at once.
  const lazy = site.cellOf !== undefined && list !== null;
  if (lazy) {
    registerNear();
    // Capture: the scrolling element may be the document or a box inside it; scroll does not bubble.
    document.addEventListener('scroll', registerNearSoon, { capture: true, passive: true, signal: stop.signal });
    addEventListener('resize', registerNearSoon, { passive: true, signal: stop.signal });
  }
  observe(
    site.postSelector,
    (elements, refilledCells) => batched(() => {
      const theme = themeNow();
      for (const feature of [...features]) feature.sweep(theme);
      forgetDropped();
      for (const cell of refilledCells) cellRefilled(cell);
      for (const el of elements) report(el);
    }),
    { signal: stop.signal, tag: site.postTag, isContainer: site.cellOf ? (node) => cells.has(node as Element) : undefined, containerOf: site.cellOf, scanFirst: !lazy },
  );
  stop.signal.addEventListener('abort', () => {
    if (calmTimer !== null) clearTimeout(calmTimer);
    if (nearFrame !== null) cancelAnimationFrame(nearFrame);
    queued.clear();
    unread.clear();
    cells.clear();
    io.disconnect();
    waiting.clear();
    seen.clear();
  }, { once: true });
  const waits = (post: Element) => {
    if (waiting.has(post)) return true;
    const cell = site.cellOf?.(post);
    // A cell not registered yet (out of reach when the CM last scrolled) is registered now.
    if (cell && !cells.has(cell)) track(cell, null);
    if (cell && cells.get(cell)?.post === null) readCell(cell);
    return waiting.has(post);
  };
  return { features, seen, reveal, waits, stop };
}

/**
 * Hands over posts lazily, to every feature through one observer: observe() reports every post
 * the page adds, and only those that come near the viewport are looked at (read, keyed, mounted
 * on). A 1,500-post timeline costs one IntersectionObserver registration per post (per feed cell
 * on X, whose posts are not even checked until their cell is in view) at load, not one per post
 * and feature, and not 1,500 reads and mounts. On X only the cells within a viewport of the
 * visible part are registered at load; the rest as the CM scrolls to them.
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
      if (tracker.waits(post)) tracker.reveal(post);
      else if (tracker.seen.has(post) && post.isConnected) handlers.show(post);
      return handlers.isShown(post);
    },
  };
}
