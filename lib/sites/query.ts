/**
 * Selector lists: each entry is an ordered list of alternatives, the first one that matches wins.
 * Host pages rename their hooks without notice; keeping the old and the new side by side lets a
 * change on one host degrade to a fallback instead of silently removing our buttons.
 */
export type SelectorList = readonly string[];

/**
 * Runs one alternative. One this browser cannot parse (a newer pseudo-class) is skipped like a
 * non-matching one: that is what the next alternative is for.
 */
function select(root: ParentNode, selector: string): NodeListOf<Element> | null {
  try {
    return root.querySelectorAll(selector);
  } catch {
    return null;
  }
}

/** The first element matched by the first alternative that matches anything under `root`. */
export function query(root: ParentNode, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    const found = select(root, selector)?.[0];
    if (found) return found;
  }
  return null;
}

/**
 * Every element matched by the first alternative that matches anything. Alternatives are not
 * merged: they describe the same thing in two builds of the host page, so a union would count
 * it twice.
 */
export function queryAll(root: ParentNode, selectors: SelectorList): Element[] {
  for (const selector of selectors) {
    const found = select(root, selector);
    if (found && found.length > 0) return [...found];
  }
  return [];
}

/** Whether `el` matches any alternative. */
export function matchesAny(el: Element, selectors: SelectorList): boolean {
  return selectors.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}

/**
 * Elements under `root` matching `selectors` that do not sit inside one of `nested` (a quoted
 * post, a comment): a post's own fields must never be read from the post it embeds.
 */
export function queryAllOwn(root: Element, selectors: SelectorList, nested: readonly Element[]): Element[] {
  for (const selector of selectors) {
    const own = [...(select(root, selector) ?? [])].filter((el) => !isInside(el, nested));
    if (own.length > 0) return own;
  }
  return [];
}

export function queryOwn(root: Element, selectors: SelectorList, nested: readonly Element[]): Element | null {
  return queryAllOwn(root, selectors, nested)[0] ?? null;
}

/** Whether `el` is one of `containers` or a descendant of one. */
export function isInside(el: Element, containers: readonly Element[]): boolean {
  return containers.some((container) => container === el || container.contains(el));
}

/** Drops elements that sit inside another element of the same list (keeps the outermost). */
export function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/**
 * The first own element, alternative by alternative, that passes `accept`: an alternative whose
 * matches are all unusable (an empty avatar link) falls through to the next one.
 */
export function queryOwnWhere(root: Element, selectors: SelectorList, nested: readonly Element[], accept: (el: Element) => boolean): Element | null {
  for (const selector of selectors) {
    const found = [...(select(root, selector) ?? [])].find((el) => !isInside(el, nested) && accept(el));
    if (found) return found;
  }
  return null;
}

/** An HTML (not SVG) element, by namespace: content scripts and pages have separate globals. */
export function isHtmlElement(el: Element): el is HTMLElement {
  return el.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/** Whether a node is an element, without `instanceof` (page and content script globals differ). */
export function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
