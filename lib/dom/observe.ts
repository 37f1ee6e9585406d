/**
 * One shared, batched MutationObserver per document (or shadow root), whatever the number of
 * features watching it. Records are coalesced and handed over once per animation frame, so a
 * burst of host rendering costs us one pass, and a hidden tab (no frames) costs nothing until
 * it is shown again. Modelled on Dark Reader's createOptimizedTreeObserver.
 */

export interface ObserveOptions {
  /** Unsubscribes; the observer is disconnected when its last subscriber leaves. */
  signal: AbortSignal;
  /** Only report elements inside this node (default: the whole document). */
  root?: Document | Element | ShadowRoot;
  /**
   * Every element `selector` matches has this tag name. Searches then list elements by tag,
   * which Chromium does without running the selector on every element of the page, and keep
   * those that match: on a 1,500-post X timeline that halves the first scan.
   */
  tag?: string;
  /**
   * Elements whose content the subscriber reads itself, when it needs it: X's feed cells, which
   * X refills with other posts mostly while they are off screen. A change among such an
   * element's children is handed over as the element (the callback's second list), with no
   * search for matches in what arrived and none among its ancestors. A container is never inside
   * a match. Changes deeper inside it are reported as usual.
   */
  isContainer?: (node: Node) => boolean;
  /**
   * With `tag`: the container an element of that tag sits in, or null. A search (the first scan,
   * and the content of a node that arrives) then hands over the container of each such element,
   * as one whose content changed, without checking the selector on what it holds: on a
   * 1,500-post X timeline that is 1,500 cells to register and the few in view to read. Elements
   * outside any container are checked and reported as usual.
   */
  containerOf?: (el: Element) => Element | null;
  /**
   * False: the subscriber finds what the page already holds itself (X's tracker looks at the
   * cells near the viewport only), and is told only of what changes from now on. A huge burst of
   * changes still rescans everything.
   */
  scanFirst?: boolean;
}

/** `elements`: matches added or changed; `containers`: containers whose children changed, or that a search came upon (`containerOf`). */
export type ObserveCallback = (elements: Element[], containers: Element[]) => void;

interface Subscriber {
  selector: string;
  tag: string | undefined;
  callback: ObserveCallback;
  isContainer: ((node: Node) => boolean) | undefined;
  containerOf: ((el: Element) => Element | null) | undefined;
  root: Document | Element | ShadowRoot;
  /** Set on subscribe: the first frame scans everything under the root. */
  fullScan: boolean;
}

interface Shared {
  observer: MutationObserver;
  subscribers: Set<Subscriber>;
  /** Nodes that arrived, with their subtree. */
  added: Set<Node>;
  /** Nodes whose children or href changed (their ancestors' content changed too). */
  changed: Set<Node>;
  /** Containers (every subscriber's) whose children changed. */
  containers: Set<Element>;
  /** Whether a node is a container for every subscriber; null when one reads no containers. */
  isContainer: ((node: Node) => boolean) | null;
  /** A burst too large to sift: rescan everything instead (Dark Reader's "huge mutations"). */
  huge: boolean;
  recordCount: number;
  frame: number | null;
  view: Window & typeof globalThis;
}

/** Beyond this many records in one frame, one rescan is cheaper than sifting them. */
export const HUGE_MUTATION_COUNT = 1_000;

const shared = new Map<Node, Shared>();

/**
 * Calls back with the elements matching `selector` that were added, or whose subtree changed:
 * the element itself, matching descendants of added nodes, and matching ancestors of any change
 * (a recycled X cell whose content was replaced is reported again). Each element at most once
 * per frame. The first call, on the next frame, reports every match already in the page.
 */
export function observe(selector: string, callback: ObserveCallback, options: ObserveOptions): void {
  const { signal } = options;
  if (signal.aborted) return;
  const root = options.root ?? document;
  const key = root.getRootNode();
  const entry = shared.get(key) ?? start(key);
  const subscriber: Subscriber = { selector, tag: options.tag, callback, isContainer: options.isContainer, containerOf: options.tag ? options.containerOf : undefined, root, fullScan: options.scanFirst ?? true };
  entry.subscribers.add(subscriber);
  entry.isContainer = containerTest(entry.subscribers);
  if (subscriber.fullScan) schedule(entry);
  signal.addEventListener(
    'abort',
    () => {
      entry.subscribers.delete(subscriber);
      entry.isContainer = containerTest(entry.subscribers);
      if (entry.subscribers.size === 0) stop(key, entry);
    },
    { once: true },
  );
}

function viewOf(node: Node): Window & typeof globalThis {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return (doc?.defaultView ?? globalThis) as Window & typeof globalThis;
}

function start(key: Node): Shared {
  const view = viewOf(key);
  const entry: Shared = {
    observer: new view.MutationObserver((records) => collect(entry, records)),
    subscribers: new Set(),
    added: new Set(),
    changed: new Set(),
    containers: new Set(),
    isContainer: null,
    huge: false,
    recordCount: 0,
    frame: null,
    view,
  };
  // No characterData: text ticking inside a post (video timers, relative times) would wake us
  // every second. `href` is the one attribute that tells a recycled cell now shows another post.
  entry.observer.observe(key, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  shared.set(key, entry);
  return entry;
}

function stop(key: Node, entry: Shared): void {
  entry.observer.disconnect();
  if (entry.frame !== null) entry.view.cancelAnimationFrame(entry.frame);
  entry.frame = null;
  entry.added.clear();
  entry.changed.clear();
  entry.containers.clear();
  shared.delete(key);
}

/** Our own mounts (cmsk-* hosts, data-cmsk-* nodes) must not wake us, or every button we add would re-report its post. */
function isOurs(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.localName.startsWith('cmsk-') || el.hasAttribute('data-cmsk-ui');
}

function collect(entry: Shared, records: MutationRecord[]): void {
  entry.recordCount += records.length;
  if (entry.recordCount > HUGE_MUTATION_COUNT) {
    entry.huge = true;
    entry.added.clear();
    entry.changed.clear();
    entry.containers.clear();
  }
  if (!entry.huge) {
    // Runs for every record the page makes: indexed loops, no arrays built per record.
    for (const record of records) {
      if (record.type === 'attributes') {
        if (!isOurs(record.target)) entry.changed.add(record.target);
        continue;
      }
      // Our UI never sits directly in a container (it goes into a post's action bar), so any
      // change among a container's children is the page's.
      if (entry.isContainer?.(record.target)) {
        entry.containers.add(record.target as Element);
        continue;
      }
      let relevant = false;
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        // Text arriving changes its parent, which the record's target already stands for.
        if (node.nodeType !== 1) relevant = true;
        else if (!isOurs(node)) {
          relevant = true;
          entry.added.add(node);
        }
      }
      if (!relevant) {
        const removed = record.removedNodes;
        for (let i = 0; i < removed.length && !relevant; i++) relevant = !isOurs(removed[i]!);
      }
      if (relevant) entry.changed.add(record.target);
    }
  }
  schedule(entry);
}

/** Only where every subscriber reads a node itself may its change skip the common sets. */
function containerTest(subscribers: ReadonlySet<Subscriber>): ((node: Node) => boolean) | null {
  const tests = [...subscribers].map((subscriber) => subscriber.isContainer);
  if (tests.length === 0 || !tests.every((test) => test !== undefined)) return null;
  const all = tests as Array<(node: Node) => boolean>;
  return all.length === 1 ? all[0]! : (node) => all.every((test) => test(node));
}

function schedule(entry: Shared): void {
  if (entry.frame !== null) return;
  entry.frame = entry.view.requestAnimationFrame(() => flush(entry));
}

function flush(entry: Shared): void {
  entry.frame = null;
  const added = [...entry.added];
  const changed = entry.changed;
  const containers = [...entry.containers].filter((node) => node.isConnected);
  const huge = entry.huge;
  entry.added.clear();
  entry.containers.clear();
  entry.changed = new Set();
  entry.huge = false;
  entry.recordCount = 0;
  for (const subscriber of [...entry.subscribers]) {
    const full = huge || subscriber.fullScan;
    subscriber.fullScan = false;
    // Containers a search came upon join those whose children changed.
    const searched = new Set<Element>();
    const found = full ? scanAll(subscriber, searched) : sift(subscriber, added, changed, searched);
    // After a full scan, the containers' content is among what it searched.
    const all = full ? [...searched] : searched.size === 0 ? containers : [...new Set([...containers, ...searched])];
    const inRoot = subscriber.root.nodeType === 9 ? all : all.filter((node) => subscriber.root.contains(node));
    if (found.length === 0 && inRoot.length === 0) continue;
    try {
      subscriber.callback(found, inRoot);
    } catch (error) {
      // One failing feature must not starve the others of their elements.
      console.error('[CM Sidekick] observe callback failed', error);
    }
  }
}

/**
 * Matches of the subscriber's selector under `node`, in document order; with `containerOf`, the
 * containers of candidates that sit in one go to `containers` instead, unchecked.
 */
function matchesUnder(node: ParentNode, { selector, tag, containerOf }: Subscriber, containers: Set<Element>): Iterable<Element> {
  if (!tag) return node.querySelectorAll(selector);
  const found: Element[] = [];
  const candidates = node.querySelectorAll(tag);
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i]!;
    const container = containerOf?.(el);
    if (container) containers.add(container);
    else if (el.matches(selector)) found.push(el);
  }
  return found;
}

function scanAll(subscriber: Subscriber, containers: Set<Element>): Element[] {
  const { root, selector } = subscriber;
  const self = root.nodeType === 1 && (root as Element).matches(selector) ? [root as Element] : [];
  return [...self, ...matchesUnder(root, subscriber, containers)];
}

function sift(subscriber: Subscriber, added: readonly Node[], changed: ReadonlySet<Node>, containers: Set<Element>): Element[] {
  const { root, selector } = subscriber;
  const found = new Set<Element>();
  // The observer sees no shadow tree, so under a document key connected means inside the root.
  const inRoot = root.nodeType === 9 ? (node: Node) => node.isConnected : (node: Node) => node.isConnected && root.contains(node);
  // Up the tree by tag where there is one: most changes (a refilled X cell) have no post above
  // them, and a tag test per ancestor is cheaper than the whole selector.
  const { tag } = subscriber;
  const up = tag ? (el: Element | null | undefined) => {
    for (let at = el?.closest(tag); at; at = at.parentElement?.closest(tag)) if (at.matches(selector)) return at;
    return null;
  } : (el: Element | null | undefined) => el?.closest(selector) ?? null;
  const withAncestors = (el: Element) => {
    // The element and every matching ancestor inside the root: their content changed.
    for (let at = up(el); at && (root.nodeType === 9 || root.contains(at)); at = up(at.parentElement)) found.add(at);
  };
  for (const node of changed) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (el && inRoot(el)) withAncestors(el);
  }
  for (const node of added) {
    if (!inRoot(node)) continue;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) continue;
    // Where the node was added is in `changed`, whose ancestors were just looked at: only the
    // node itself is left (X refilling a cell). A node that moved since is looked at in full.
    const parent = el.parentNode;
    if (parent && changed.has(parent)) {
      if (el.matches(selector)) found.add(el);
    } else withAncestors(el);
    // Matches inside a node that arrived with its subtree (a whole new cell or post).
    if (node.nodeType === 1) for (const inner of matchesUnder(el, subscriber, containers)) found.add(inner);
  }
  return [...found];
}
