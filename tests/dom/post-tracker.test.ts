// When the tracker hands posts to the features: in the frame they come into view, except in a
// feed cell the page refills faster than anyone reads, whose post waits for the cell to calm.
// The IntersectionObserver is driven by hand; time is Vitest's fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackPosts, type PostTrackerHandlers } from '../../lib/content/post-tracker';
import { xSite } from '../../lib/sites/x/adapter';
import { HandDriven } from './hand-driven-io';
import { makeXPosts } from '../fixtures/markup/samples';
import { xCellContent, xTimeline } from '../fixtures/markup/x';

/** X's cells are what the tracker observes: a post coming into view is its cell coming into view. */
const cellOf = (post: Element) => post.closest('[data-testid="cellInnerDiv"]')!;
const report = (entering: Element[], leaving: Element[] = []) =>
  HandDriven.last!.callback(
    [...entering.map((post) => ({ target: cellOf(post), isIntersecting: true })), ...leaving.map((post) => ({ target: cellOf(post), isIntersecting: false }))] as IntersectionObserverEntry[],
    HandDriven.last as unknown as IntersectionObserver,
  );

/** One animation frame: the page's observer reports what changed. */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const cells = () => [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
const fresh = makeXPosts(200, 32);
let refills = 0;
/**
 * Replaces what a cell holds in one change, as Chromium's innerHTML does (happy-dom's reports
 * every node it parses in place, which a browser never shows an observer).
 */
function swap(cell: Element, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  cell.replaceChildren(template.content);
}
/** The page puts another post in the cell, as X does while recycling; resolves to the new post once the observer reported it. */
async function refill(cell: Element): Promise<Element> {
  swap(cell, xCellContent(fresh[refills++ % fresh.length]!));
  // The observer's frame is asked for once its records arrive, after ours.
  await frame();
  await frame();
  return cell.querySelector('article')!;
}

/** The nodes inside `cell` that DOM searches ran on while `act` ran: what the extension looked at there. */
async function searchedIn(cell: Element, act: () => unknown): Promise<Node[]> {
  const searches = (['querySelector', 'querySelectorAll', 'getElementsByTagName', 'matches', 'closest'] as const).map((name) => vi.spyOn(Element.prototype, name));
  try {
    await act();
    return searches.flatMap((spy) => spy.mock.contexts).filter((node): node is Node => node instanceof Node && cell.contains(node));
  } finally {
    for (const spy of searches) spy.mockRestore();
  }
}

let stop: AbortController;
let shown: Element[];
let tracker: ReturnType<typeof trackPosts>;
let posts: Element[];

beforeEach(async () => {
  HandDriven.last = null;
  vi.stubGlobal('IntersectionObserver', HandDriven);
  document.body.innerHTML = xTimeline(makeXPosts(40, 31));
  stop = new AbortController();
  shown = [];
  const mounted = new Set<Element>();
  const handlers: PostTrackerHandlers = {
    isShown: (post) => mounted.has(post),
    show: (post) => {
      mounted.add(post);
      shown.push(post);
    },
    changed: () => undefined,
    sweep: () => undefined,
  };
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  tracker = trackPosts(xSite, stop.signal, handlers);
  // The observer's first report registers every post with the IntersectionObserver.
  await frame();
  await frame();
  posts = xSite.findPosts(document);
  // One registration per cell, none per post: the page swaps posts in cells it keeps.
  expect([...HandDriven.last!.observed]).toEqual(posts.map(cellOf));
  // The page has been still for a while.
  vi.advanceTimersByTime(1000);
});

afterEach(() => {
  vi.useRealTimers();
  stop.abort();
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('post tracker', () => {
  it('shows posts in the frame they come into view, even in a fast scroll', () => {
    report(posts.slice(0, 4));
    expect(shown).toEqual(posts.slice(0, 4));
    // Each 16 ms another screenful, in cells that got their post long ago.
    for (let i = 4; i < 20; i += 4) {
      vi.advanceTimersByTime(16);
      report(posts.slice(i, i + 4), posts.slice(i - 4, i));
      expect(shown).toEqual(posts.slice(0, i + 4));
    }
  });

  it('in a cell refilled faster than anyone reads, shows only the post it keeps, once it keeps it', async () => {
    report(posts.slice(0, 4));
    const cell = cells()[1]!;
    // A refill of a calm cell is shown at once.
    // Refills of a cell in view need no report: the cell stays where it is.
    const first = await refill(cell);
    expect(shown).toEqual([...posts.slice(0, 4), first]);
    vi.advanceTimersByTime(100);
    const second = await refill(cell);
    vi.advanceTimersByTime(100);
    const third = await refill(cell);
    // Another cell, calm, is not held back by this one.
    const other = await refill(cells()[10]!);
    report([other]);
    expect(shown).toEqual([...posts.slice(0, 4), first, other]);
    vi.advanceTimersByTime(499);
    expect(shown).not.toContain(third);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([...posts.slice(0, 4), first, other, third]);
    expect(shown).not.toContain(second);
  });

  it('shows what a churning cell holds a second into the churn, then ever less often while it goes on', async () => {
    report(posts.slice(0, 4));
    const cell = cells()[0]!;
    const times: number[] = [];
    let last = posts[0]!;
    for (let t = 100; t <= 30_000; t += 100) {
      const before = shown.length;
      vi.advanceTimersByTime(100);
      if (shown.length > before) times.push(t);
      last = await refill(cell);
    }
    // The churn began with the second refill, at 100 ms: shown after 1, then 2, 4 and 8 s.
    const gaps = times.map((t, i) => t - (times[i - 1] ?? 100));
    expect(gaps.slice(0, 4)).toEqual([1_000, 2_000, 4_000, 8_000]);
    // Never longer than 8 s: 5 shows for 300 refills.
    expect(gaps.slice(4).every((gap) => gap === 8_000)).toBe(true);
    expect(times).toHaveLength(5);
    vi.advanceTimersByTime(500);
    expect(shown.at(-1)).toBe(last);
  });

  it('reads a cell the page refills in view while it churns only once its post is due', async () => {
    report(posts.slice(0, 4));
    const cell = cells()[1]!;
    await refill(cell);
    const inCell: Node[] = [];
    // Five more refills, 100 ms apart: a churn from the second one on.
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(100);
      swap(cell, xCellContent(fresh[refills++ % fresh.length]!));
      inCell.push(...(await searchedIn(cell, async () => {
        await frame();
        await frame();
      })));
    }
    // Posts the CM could not have read were not looked at, let alone shown.
    expect(inCell).toEqual([]);
    const latest = cell.querySelector('article')!;
    expect(shown).not.toContain(latest);
    // Due half a second after the last refill: read and shown then.
    vi.advanceTimersByTime(499);
    expect(shown).not.toContain(latest);
    vi.advanceTimersByTime(1);
    expect(shown.at(-1)).toBe(latest);
  });

  it('waits only a second again for a cell that calmed since its last churn', async () => {
    report(posts.slice(0, 4));
    const cell = cells()[0]!;
    /** Refills the cell every 100 ms for `ms`; the times at which it showed a post. */
    const churn = async (ms: number) => {
      const times: number[] = [];
      for (let t = 100; t <= ms; t += 100) {
        const before = shown.length;
        vi.advanceTimersByTime(100);
        await refill(cell);
        if (shown.length > before) times.push(t);
      }
      return times;
    };
    await churn(10_000);
    // Calm: the last post is kept, then shown.
    vi.advanceTimersByTime(2_000);
    // The first refill is a calm cell's, shown at once; the next show comes a second into the churn, not 8 s.
    const times = await churn(3_000);
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times[1]! - times[0]!).toBeLessThanOrEqual(1_100);
  });

  it('leaves a cell refilled out of view unread until it comes into view, then shows what it holds', async () => {
    report(posts.slice(0, 4));
    const cell = cells()[20]!;
    const inCell: Node[] = [];
    for (let i = 0; i < 3; i++) {
      swap(cell, xCellContent(fresh[refills++ % fresh.length]!));
      // What the extension does with the change, in the frames after it.
      inCell.push(...(await searchedIn(cell, async () => {
        await frame();
        await frame();
      })));
      vi.advanceTimersByTime(600);
    }
    const latest = cell.querySelector('article')!;
    // Nothing in it was searched or read, and nothing shown.
    expect(inCell).toEqual([]);
    expect(shown).toEqual(posts.slice(0, 4));
    report([latest]);
    expect(shown).toEqual([...posts.slice(0, 4), latest]);
  });

  it('reads a churning cell that comes into view once its post is due, not as it enters', async () => {
    report(posts.slice(0, 4));
    const cell = cells()[20]!;
    // Refilled out of view twice within 100 ms: churning.
    swap(cell, xCellContent(fresh[refills++ % fresh.length]!));
    await frame();
    await frame();
    vi.advanceTimersByTime(100);
    swap(cell, xCellContent(fresh[refills++ % fresh.length]!));
    await frame();
    await frame();
    const latest = cell.querySelector('article')!;
    // Reported by hand: the helper's own closest() would count as a search in the cell.
    const inCell = await searchedIn(cell, () =>
      HandDriven.last!.callback([{ target: cell, isIntersecting: true }] as unknown as IntersectionObserverEntry[], HandDriven.last as unknown as IntersectionObserver),
    );
    expect(inCell).toEqual([]);
    expect(shown).not.toContain(latest);
    // Half a second after its last refill it counts as calm: read and shown then.
    vi.advanceTimersByTime(500);
    expect(shown.at(-1)).toBe(latest);
  });

  it('shows the post of a cell refilled out of view when the CM reaches it before the observer does', async () => {
    const next = await refill(cells()[30]!);
    expect(shown).not.toContain(next);
    expect(tracker.showNow(next)).toBe(true);
    expect(shown).toEqual([next]);
  });

  /** Two refills in a row: the second post waits for its cell to calm. */
  async function churnedPost(): Promise<Element> {
    report(posts.slice(0, 2));
    await refill(cells()[0]!);
    vi.advanceTimersByTime(10);
    return refill(cells()[0]!);
  }

  it('shows a waiting post at once when the CM points at it', async () => {
    const next = await churnedPost();
    expect(shown).not.toContain(next);
    expect(tracker.showNow(next)).toBe(true);
    expect(shown).toContain(next);
    vi.advanceTimersByTime(1_500);
    expect(shown.filter((p) => p === next)).toHaveLength(1);
  });

  it('keeps a post waiting for its cell to calm through a rescan of the whole page', async () => {
    const next = await churnedPost();
    // A burst too large to sift: the next frame rescans everything, this cell included.
    const burst = document.createElement('div');
    document.body.append(burst);
    for (let i = 0; i < 1_100; i++) burst.append(document.createElement('span'));
    await frame();
    await frame();
    expect(shown).not.toContain(next);
    vi.advanceTimersByTime(500);
    expect(shown).toContain(next);
  });

  it('drops what waits when the page stops tracking', async () => {
    const next = await churnedPost();
    const before = [...shown];
    stop.abort();
    vi.advanceTimersByTime(1_500);
    expect(shown).toEqual(before);
    expect(shown).not.toContain(next);
  });
});
