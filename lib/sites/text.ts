/**
 * Reads a post's text the way a reader sees it, not the way the page stores it: emoji are
 * images whose `alt` is the character, shortened links hide their full address in the markup,
 * paragraphs are separate blocks.
 */
export interface ReadTextOptions {
  /** The text to use for a link, or null to read its visible text. */
  expandLink?: (link: Element) => string | null;
  /** Elements to leave out ("See more" buttons, hidden duplicates). */
  skip?: string;
  /**
   * Whether divs and paragraphs are lines (Facebook). X wraps inline mentions in divs and
   * writes the author's line breaks as text, so there they are not.
   */
  blocks?: boolean;
}

// Line breaks a block implies: a div or list item starts a line, a paragraph leaves a blank one.
const BLOCKS: Readonly<Record<string, number>> = { DIV: 1, LI: 1, BLOCKQUOTE: 1, P: 2 };

export function readText(el: Element, options: ReadTextOptions = {}): string {
  const out = { text: '' };
  walk(el, options, out);
  return tidy(out.text);
}

/** Ends the text so far with at least `count` line breaks: nested blocks do not add up. */
function breakLine(out: { text: string }, count: number): void {
  if (out.text.trim() === '') return;
  const tail = /(?:\n[ \t]*)*$/u.exec(out.text)?.[0] ?? '';
  const have = tail.split('\n').length - 1;
  if (have < count) out.text += '\n'.repeat(count - have);
}

function walk(node: Node, options: ReadTextOptions, out: { text: string }): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      // Between blocks, a blank text node is markup layout, not a line the author wrote.
      out.text += options.blocks === true && data.trim() === '' ? ' ' : data;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (options.skip && el.matches(options.skip)) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IMG') {
      out.text += el.getAttribute('alt') ?? '';
      continue;
    }
    if (tag === 'BR') {
      out.text += '\n';
      continue;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG') continue;
    if (tag === 'A' && options.expandLink) {
      const expanded = options.expandLink(el);
      if (expanded !== null) {
        out.text += expanded;
        continue;
      }
    }
    const breaks = options.blocks === true ? (BLOCKS[tag] ?? 0) : 0;
    if (breaks) breakLine(out, breaks);
    walk(el, options, out);
    if (breaks) breakLine(out, breaks);
  }
}

/** Collapses layout whitespace but keeps the author's line breaks (at most one blank line). */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[ \t\f\v]+/gu, ' ')
    .replace(/ *\n */gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** One-line text for names: no line breaks at all. */
export function readLine(el: Element): string {
  return readText(el).replace(/\s+/gu, ' ').trim();
}
