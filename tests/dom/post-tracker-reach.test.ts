// A long X timeline: the tracker registers only the cells within a viewport of the visible part
// (found by position), more as the CM scrolls, and still shows at once a far post the CM points
// at. Cells are laid out by hand, 100 px each, under a scroll offset the test moves; the
// IntersectionObserver is driven by hand.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackPosts } from '../../lib/content/post-tracker';
import { xSite } from '../../lib/sites/x/adapter';
import { HandDriven } from './hand-driven-io';
import { makeXPosts } from '../fixtures/markup/samples';
import { xTimeline } from '../fixtures/markup/x';


const CELL_PX = 100;
const VIEW_PX = 600;
const COUNT = 300;
let scrolled = 0;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const cells = () => [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
/** The cells a viewport above and below the visible part reach, at the current scroll offset. */
const inReach = () => cells().filter((_, i) => i * CELL_PX + CELL_PX - scrolled > -VIEW_PX && i * CELL_PX - scrolled < 2 * VIEW_PX);
const registered = () => cells().filter((cell) => HandDriven.last!.observed.has(cell));

let stop: AbortController;
let shown: Element[];
let tracker: ReturnType<typeof trackPosts>;

beforeEach(async () => {
  HandDriven.last = null;
  scrolled = 0;
  vi.stubGlobal('IntersectionObserver', HandDriven);
  vi.stubGlobal('innerHeight', VIEW_PX);
  document.body.innerHTML = xTimeline(makeXPosts(COUNT, 41));
  const index = new Map(cells().map((cell, i) => [cell, i]));
  const original = Element.prototype.getBoundingClientRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const i = index.get(this);
    if (i === undefined) return original.call(this);
    const top = i * CELL_PX - scrolled;
    return { top, bottom: top + CELL_PX, left: 0, right: 600, width: 600, height: CELL_PX, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  stop = new AbortController();
  shown = [];
  const mounted = new Set<Element>();
  tracker = trackPosts(xSite, stop.signal, {
    isShown: (post) => mounted.has(post),
    show: (post) => {
      mounted.add(post);
      shown.push(post);
    },
    changed: () => undefined,
    sweep: () => undefined,
  });
  await frame();
  await frame();
});

afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const scrollTo = async (px: number) => {
  scrolled = px;
  document.dispatchEvent(new Event('scroll'));
  await frame();
};
const report = (cell: Element) => HandDriven.last!.callback([{ target: cell, isIntersecting: true }] as unknown as IntersectionObserverEntry[], HandDriven.last as unknown as IntersectionObserver);

describe('post tracker on a long timeline', () => {
  it('registers at load only the cells within a viewport of the visible part', () => {
    expect(registered()).toEqual(inReach());
    expect(registered().length).toBe(12);
    expect(shown).toEqual([]);
  });

  it('registers the cells the CM scrolls to, and shows their posts as they come into view', async () => {
    await scrollTo(15_000);
    const reach = inReach();
    expect(reach[0]).toBe(cells()[144]);
    for (const cell of reach) expect(HandDriven.last!.observed.has(cell)).toBe(true);
    // The cells it left stay registered: they may come back into view without a scroll.
    expect(HandDriven.last!.observed.has(cells()[0]!)).toBe(true);
    expect(reach.length).toBe(18);
    expect(HandDriven.last!.observed.size).toBe(12 + 18);
    report(cells()[150]!);
    expect(shown).toEqual([cells()[150]!.querySelector('article')]);
  });

  it('shows at once the post of a cell out of reach that the CM points at', () => {
    const far = cells()[250]!.querySelector('article')!;
    expect(HandDriven.last!.observed.has(cells()[250]!)).toBe(false);
    expect(tracker.showNow(far)).toBe(true);
    expect(shown).toEqual([far]);
  });
});
