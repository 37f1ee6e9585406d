import type { Hit, Matcher } from '../patterns';
import { execAll, findAll } from '../patterns';
import type { Range, Segment } from '../text';

const CLAUSE_BREAK = /[.!?;,:\n]/g;
const CLAUSE_END = /[.!?;,:\n]/;

/** The text of the same clause just before `start`, at most `size` characters. */
export function before(text: string, start: number, size = 40): string {
  const slice = text.slice(Math.max(0, start - size), start);
  let cut = 0;
  for (const m of execAll(CLAUSE_BREAK, slice)) cut = m.index + 1;
  return slice.slice(cut);
}

/** The text of the same clause just after `end`, at most `size` characters. */
export function after(text: string, end: number, size = 30): string {
  const slice = text.slice(end, end + size);
  const m = CLAUSE_END.exec(slice);
  return m ? slice.slice(0, m.index) : slice;
}

export function isNegated(text: string, start: number, negation: RegExp): boolean {
  return negation.test(before(text, start, 40));
}

export function segmentAt(segments: readonly Segment[], pos: number): Segment | null {
  for (const s of segments) if (pos >= s.start && pos < s.end) return s;
  return null;
}

export function inRange(hits: readonly Hit[], range: Range): Hit[] {
  return hits.filter((h) => h.start >= range.start && h.end <= range.end);
}

/** Hits of `m` in `text` that do not overlap any of `blocked`. */
export function findOutside(m: Matcher, text: string, blocked: readonly Range[]): Hit[] {
  const hits = findAll(m, text);
  if (!blocked.length) return hits;
  return hits.filter((h) => !blocked.some((b) => h.start < b.end && b.start < h.end));
}

export function earliest(...lists: readonly (readonly Hit[])[]): Hit | null {
  let best: Hit | null = null;
  for (const list of lists) for (const h of list) if (!best || h.start < best.start) best = h;
  return best;
}
