// Every rule matches against one folded copy of each text (lower case, no accents, straight
// quotes), made once per call: CMs and customers type "deçu", "DÉÇU" and "decu" alike, and
// folding once keeps each rule to a single regex pass. `map` points each folded code unit back
// at the original, so a hint can underline the words the CM actually typed.

import { execAll } from './exec';

export type Folded = {
  readonly original: string;
  readonly text: string;
  /** map[i] is the original offset of folded offset i; map[text.length] is original.length. */
  readonly map: Int32Array;
};

export type Range = { start: number; end: number };

const SPECIAL: Readonly<Record<string, string>> = {
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '`': "'", '\u00B4': "'", '\u2032': "'",
  '\u00AB': '"', '\u00BB': '"', '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '\u2007': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2026': '...',
  '\u0153': 'oe', '\u0152': 'oe', '\u00E6': 'ae', '\u00C6': 'ae', '\u00DF': 'ss',
  '\uFF01': '!', '\uFF1F': '?',
};

// Latin-1 and Latin Extended letters, folded once at load: the hot loop is then a table read.
const TABLE = new Map<number, string>();
for (let cp = 0x80; cp <= 0x24f; cp += 1) {
  const ch = String.fromCharCode(cp);
  TABLE.set(cp, SPECIAL[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase());
}
for (const [ch, folded] of Object.entries(SPECIAL)) TABLE.set(ch.charCodeAt(0), folded);

// The same table as one code per character for the common one-to-one case (0 = look in TABLE).
const SINGLE = new Uint16Array(0x250);
for (const [cp, folded] of TABLE) if (cp < 0x250 && folded.length === 1) SINGLE[cp] = folded.charCodeAt(0);

function foldUnit(code: number, ch: string): string {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const known = TABLE.get(code);
  if (known !== undefined) return known;
  if (code >= 0x0300 && code <= 0x036f) return '';
  if (code >= 0xd800 && code <= 0xdfff) return ch;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

// Emoji and other astral characters become two private-use BMP characters, one-to-one: regexes
// over text without surrogate pairs run several times faster, and lexicon phrases holding emoji
// are folded the same way, so they still match.
const ASTRAL_HIGH = 0xe000;
const ASTRAL_LOW = 0xe400;

// Decoding the code buffer natively is much faster than String.fromCharCode over thousands of codes.
const UTF16 = new TextDecoder('utf-16le');

export function fold(original: string): Folded {
  // Folding can lengthen a character ("œ" → "oe", "…" → "..."), never more than threefold.
  const codes = new Uint16Array(original.length * 3);
  const map = new Int32Array(original.length * 3 + 1);
  let n = 0;
  for (let i = 0; i < original.length; i += 1) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      codes[n] = code >= 65 && code <= 90 ? code + 32 : code;
      map[n] = i;
      n += 1;
      continue;
    }
    const single = code < 0x250 ? (SINGLE[code] ?? 0) : 0;
    if (single) {
      codes[n] = single;
      map[n] = i;
      n += 1;
      continue;
    }
    const next = original.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      codes[n] = ASTRAL_HIGH + (code - 0xd800);
      codes[n + 1] = ASTRAL_LOW + (next - 0xdc00);
      map[n] = i;
      map[n + 1] = i + 1;
      n += 2;
      i += 1;
      continue;
    }
    const out = foldUnit(code, original[i] ?? '');
    for (let k = 0; k < out.length && k < 3; k += 1) {
      codes[n] = out.charCodeAt(k);
      map[n] = i;
      n += 1;
    }
  }
  map[n] = original.length;
  return { original, text: UTF16.decode(codes.subarray(0, n)), map: map.slice(0, n + 1) };
}

/** Folds one phrase of a lexicon; only the hot path above needs the offset map. */
export function foldPhrase(phrase: string): string {
  return fold(phrase).text;
}

/** Original offsets of a folded range. */
export function toOriginal(f: Folded, start: number, end: number): Range {
  const s = f.map[start] ?? f.original.length;
  const last = end > start ? (f.map[end - 1] ?? f.original.length - 1) + 1 : s;
  return { start: s, end: last };
}

export function originalText(f: Folded, range: Range): string {
  const r = toOriginal(f, range.start, range.end);
  return f.original.slice(r.start, r.end);
}

export type Segment = Range & {
  /** The punctuation that closed the sentence ("?", "!!", "..."), empty at the end of the text. */
  mark: string;
};

const SENTENCE_END = /[.!?]+|\n+/g;

/** Sentences of a folded text; the closing punctuation belongs to the sentence it ends. */
export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (const m of execAll(SENTENCE_END, text)) {
    // A dot between digits or inside a domain ("5.2.1", "acme.fr") does not end a sentence.
    if (m[0] === '.' && /\w/.test(text[m.index + 1] ?? '')) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, m.index).trim()) out.push({ start, end, mark: m[0].trim() });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length, mark: '' });
  return out;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function within(r: Range, outer: Range): boolean {
  return r.start >= outer.start && r.end <= outer.end;
}
