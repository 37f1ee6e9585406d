import { afterEach, describe, expect, it, vi } from 'vitest';
import { HUGE_MUTATION_COUNT, observe } from '../../lib/dom/observe';
import { xCellContent, xTimeline, type XPostData } from '../fixtures/markup/x';

const POST = 'article[data-testid="tweet"]';
const CELL = '[data-testid="cellInnerDiv"]';
const controllers: AbortController[] = [];

function subscribe(selector: string, root?: Element, tag?: string): { calls: Element[][]; controller: AbortController } {
  const controller = new AbortController();
  controllers.push(controller);
  const calls: Element[][] = [];
  observe(selector, (elements) => calls.push(elements), { signal: controller.signal, root, tag });
  return { calls, controller };
}

/** Two frames: the observer's records arrive in a microtask and its frame is queued after ours. */
async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

function html(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

const post = (id: string): XPostData => ({ id, name: 'Brand FR', handle: 'brand_fr', text: `Post ${id}`, time: '2026-03-03T08:00:00.000Z' });

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** A subscriber that reads the timeline's cells itself, as the post tracker does on X. */
function subscribeWithCells(): { calls: Array<{ elements: Element[]; containers: Element[] }> } {
  const controller = new AbortController();
  controllers.push(controller);
  const calls: Array<{ elements: Element[]; containers: Element[] }> = [];
  const isContainer = (node: Node) => node instanceof Element && node.matches(CELL);
  const containerOf = (el: Element) => el.closest(CELL);
  observe(POST, (elements, containers) => calls.push({ elements, containers }), { signal: controller.signal, tag: 'article', isContainer, containerOf });
  return { calls };
}

describe('observe() with containers', () => {
  it('hands over the cells of the first scan unread, and checks only posts outside cells', async () => {
    document.body.innerHTML = xTimeline([post('1'), post('2')]);
    const outside = html(xCellContent(post('3'))).querySelector(POST)!;
    document.body.append(outside);
    const checked = vi.spyOn(Element.prototype, 'matches');
    const { calls } = subscribeWithCells();
    await frames();
    const cells = [...document.querySelectorAll(CELL)];
    expect(calls).toEqual([{ elements: [outside], containers: cells }]);
    expect(checked.mock.contexts.filter((node) => cells.some((cell) => cell.contains(node as Node)))).toEqual([]);
  });

  it('hands over a cell whose content was replaced, without looking inside it', async () => {
    document.body.innerHTML = xTimeline([post('1'), post('2')]);
    const { calls } = subscribeWithCells();
    await frames();
    expect(calls).toHaveLength(1);
    calls.length = 0;
    const cell = document.querySelectorAll('[data-testid="cellInnerDiv"]')[1]!;
    const searched = vi.spyOn(Element.prototype, 'querySelectorAll');
    cell.replaceChildren(html(xCellContent(post('3'))));
    await frames();
    expect(calls).toEqual([{ elements: [], containers: [cell] }]);
    expect(searched.mock.contexts.filter((node) => cell.contains(node as Node))).toEqual([]);
  });

  it('still reports changes deeper inside a cell, and hands over cells that arrive', async () => {
    document.body.innerHTML = xTimeline([post('1')]);
    const { calls } = subscribeWithCells();
    await frames();
    calls.length = 0;
    const article = document.querySelector(POST)!;
    article.append(document.createElement('span'));
    const list = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
    const arrived = document.createElement('div');
    arrived.setAttribute('data-testid', 'cellInnerDiv');
    arrived.append(html(xCellContent(post('2'))));
    list.append(arrived);
    await frames();
    // The post changed inside is reported; the new cell is handed over, its post unread.
    expect(calls).toEqual([{ elements: [article], containers: [arrived] }]);
  });

  it('searches a cell\'s change while another subscriber does not read cells itself', async () => {
    document.body.innerHTML = xTimeline([post('1'), post('2')]);
    const withCells = subscribeWithCells();
    const plain = subscribe(POST, undefined, 'article');
    await frames();
    withCells.calls.length = 0;
    plain.calls.length = 0;
    const cell = document.querySelectorAll('[data-testid="cellInnerDiv"]')[0]!;
    cell.replaceChildren(html(xCellContent(post('3'))));
    await frames();
    const arrived = cell.querySelector(POST)!;
    expect(plain.calls).toEqual([[arrived]]);
    expect(withCells.calls).toEqual([{ elements: [], containers: [cell] }]);
  });
});

describe('observe()', () => {
  it('reports what is already on the page once, on the first frame', async () => {
    document.body.innerHTML = xTimeline([post('1'), post('2')]);
    const { calls } = subscribe(POST);
    expect(calls).toHaveLength(0); // never synchronously, inside the caller
    await frames();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(2);
    await frames();
    expect(calls).toHaveLength(1);
  });

  it('hands many mutations over once per frame, each element once', async () => {
    const list = document.createElement('div');
    document.body.append(list);
    const { calls } = subscribe('.item');
    await frames();
    calls.length = 0;
    for (let i = 0; i < 300; i++) {
      const item = document.createElement('div');
      item.className = 'item';
      list.append(item);
      item.append(document.createElement('span')); // a second record touching the same item
    }
    await frames();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(300);
    expect(new Set(calls[0]).size).toBe(300);
  });

  it('reports added descendants and the post whose content changed, not its neighbours', async () => {
    document.body.innerHTML = xTimeline([post('1'), post('2')]);
    const { calls } = subscribe(POST);
    await frames();
    calls.length = 0;
    const [first] = document.querySelectorAll(POST);
    first?.querySelector('[data-testid="tweetText"]')?.append(document.createElement('span'));
    await frames();
    expect(calls).toEqual([[first]]);
  });

  it('re-reports a recycled X cell whose content was replaced', async () => {
    document.body.innerHTML = xTimeline([post('2028800000000000100')]);
    const { calls } = subscribe(POST);
    await frames();
    calls.length = 0;
    const cell = document.querySelector('[data-testid="cellInnerDiv"]') as Element;
    cell.replaceChildren(html(xCellContent(post('2028800000000000200'))));
    await frames();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]?.querySelector('a[href*="/status/"]')?.getAttribute('href')).toContain('2028800000000000200');
  });

  it('re-reports a post whose permalink was rewritten in place', async () => {
    document.body.innerHTML = xTimeline([post('1')]);
    const { calls } = subscribe(POST);
    await frames();
    calls.length = 0;
    document.querySelector('a[href*="/status/"]')?.setAttribute('href', '/other/status/2');
    await frames();
    expect(calls).toEqual([[document.querySelector(POST)]]);
  });

  it('with a tag, finds the same posts, in document order, and nothing of another tag', async () => {
    const SELECTOR = 'article[data-testid="tweet"], [data-testid="cellInnerDiv"] article[role="article"]';
    // An element of another tag carrying the post's test id must not pass for a post.
    document.body.innerHTML = `${xTimeline([post('1'), post('2')])}<div data-testid="tweet"></div>`;
    const { calls } = subscribe(SELECTOR, undefined, 'article');
    await frames();
    expect(calls).toEqual([[...document.querySelectorAll(SELECTOR)]]);
    expect(calls[0]).toHaveLength(2);
    calls.length = 0;
    const cell = document.querySelector('[data-testid="cellInnerDiv"]') as Element;
    cell.replaceChildren(html(xCellContent(post('3'))));
    await frames();
    expect(calls).toEqual([[cell.querySelector('article')]]);
    // A change deep inside a post reports the post above it, and nothing above an element of another tag.
    calls.length = 0;
    cell.querySelector('[data-testid="tweetText"]')!.append(document.createElement('span'));
    document.querySelector('div[data-testid="tweet"]')!.append(document.createElement('span'));
    await frames();
    expect(calls).toEqual([[cell.querySelector('article')]]);
  });

  it('rescans once after a huge burst instead of sifting every record', async () => {
    document.body.innerHTML = xTimeline([post('1')]);
    const list = document.createElement('div');
    document.body.append(list);
    const { calls } = subscribe(POST);
    await frames();
    calls.length = 0;
    const querySpy = vi.spyOn(document, 'querySelectorAll');
    for (let i = 0; i <= HUGE_MUTATION_COUNT; i++) list.append(document.createElement('i'));
    await frames();
    // One rescan of the document: the untouched post is reported too.
    expect(calls).toEqual([[document.querySelector(POST)]]);
    expect(querySpy).toHaveBeenCalledTimes(1);
  });

  it('ignores our own mounts', async () => {
    document.body.innerHTML = xTimeline([post('1')]);
    const { calls } = subscribe(POST);
    await frames();
    calls.length = 0;
    const bar = document.querySelector('[role="group"]') as Element;
    bar.append(document.createElement('cmsk-save-button'));
    const span = document.createElement('span');
    span.setAttribute('data-cmsk-ui', '');
    bar.append(span);
    await frames();
    expect(calls).toHaveLength(0);
  });

  it('reports only inside its root', async () => {
    document.body.innerHTML = '<section id="a"></section><section id="b"></section>';
    const a = document.getElementById('a') as Element;
    const { calls } = subscribe('p', a);
    await frames();
    a.append(document.createElement('p'));
    document.getElementById('b')?.append(document.createElement('p'));
    await frames();
    expect(calls).toEqual([[a.querySelector('p')]]);
  });

  it('keeps other subscribers going when one callback throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = '<p></p>';
    const controller = new AbortController();
    controllers.push(controller);
    observe('p', () => { throw new Error('feature bug'); }, { signal: controller.signal });
    const { calls } = subscribe('p');
    await frames();
    expect(calls).toHaveLength(1);
  });
});

describe('observe() teardown', () => {
  it('shares one observer and disconnects it when the last subscriber leaves', async () => {
    const created: MutationObserver[] = [];
    const Original = window.MutationObserver;
    class Counting extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        created.push(this);
      }
    }
    window.MutationObserver = Counting;
    try {
      const disconnect = vi.spyOn(Original.prototype, 'disconnect');
      const one = subscribe('p');
      const two = subscribe('div');
      expect(created).toHaveLength(1);
      one.controller.abort();
      expect(disconnect).not.toHaveBeenCalled();
      two.controller.abort();
      expect(disconnect).toHaveBeenCalledTimes(1);
      one.calls.length = 0;
      two.calls.length = 0;
      document.body.append(document.createElement('p'), document.createElement('div'));
      await frames();
      expect(one.calls).toHaveLength(0);
      expect(two.calls).toHaveLength(0);
      // A new subscriber after teardown gets a fresh observer.
      subscribe('p');
      expect(created).toHaveLength(2);
    } finally {
      window.MutationObserver = Original;
    }
  });

  it('does nothing for an already aborted signal', async () => {
    const callback = vi.fn();
    observe('p', callback, { signal: AbortSignal.abort() });
    document.body.append(document.createElement('p'));
    await frames();
    expect(callback).not.toHaveBeenCalled();
  });
});
