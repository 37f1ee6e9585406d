import { ALNUM, LETTER, WORD_END, WORD_START, WORD_TAIL } from './chars';
import { execAll } from './exec';
import { foldPhrase, type Range } from './text';

export { execAll };

// Lexicon phrases are written as people type them ("déçu*", "je vais porter plainte") and turned
// into one regex per list here, once at load. The small syntax a maintainer can use:
//   word*     any ending: "déçu*" matches déçu, déçue, déçus
//   #         a number, in digits or words: "depuis # jours"
//   a ~ b     up to three words between a and b: "je ~ résilie"
//   "a ?b"     an optional space: "post ?code" matches postcode and post code
//   (a|b) ? +  alternatives, optional parts and repeats, as in regexes; \? and \+ are literal
//   \p{L} \d   regex classes: \p{L}+ is any word
// Phrases match whole words only, so "con" never fires inside "contacter".

const NUMBER =
  '(?:\\d+(?:[.,]\\d+)?(?:e|er|re|eme|st|nd|rd|th|k|m)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cent|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|hundred|a|an)';
const GAP = '(?:\\s+[^\\s.!?;]+){0,3}?\\s+';
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Part = {
  /** Needs a word start before it. */
  lead: boolean;
  /** Its first character when that is a plain letter or digit, for grouping. */
  head: string | null;
  /** The source after `head`. */
  rest: string;
  source: string;
  /** Must end at a word end; the check is added once per group of phrases, not once per phrase. */
  end: boolean;
};

function translate(phrase: string): Part {
  // Escapes (\\?, \\d) are copied as written: folding would turn \\S into \\s.
  const folded = phrase
    .trim()
    .split(/(\\[pP]\{[A-Za-z_]+\}|\\.)/)
    .map((part) => (part.startsWith('\\') ? part : foldPhrase(part)))
    .join('');
  let out = '';
  for (let i = 0; i < folded.length; i += 1) {
    const ch = folded[i] ?? '';
    if (ch === '\\') {
      // \p{L} and \p{N} stand for our letter and digit classes; any other escape is kept.
      const prop = /^\\[pP]\{[A-Za-z_]+\}/.exec(folded.slice(i));
      const escape = prop ? prop[0] : ch + (folded[i + 1] ?? '');
      out += escape === '\\p{L}' ? LETTER : escape === '\\p{N}' ? '[0-9]' : escape;
      i += escape.length - 1;
    } else if (ch === '*') out += WORD_TAIL;
    else if (ch === '#') out += NUMBER;
    else if (ch === '~' && folded[i - 1] === ' ' && folded[i + 1] === ' ') {
      out = out.replace(/\\s\+$/, '') + GAP;
      i += 1;
    } else if (ch === ' ' && folded[i + 1] === '?') {
      // "post ?code": an optional space.
      out += '\\s*';
      i += 1;
    } else if (ch === ' ') out += '\\s+';
    else if (ch === "'") out += "'\\s?";
    else if ('.^${}'.includes(ch)) out += `\\${ch}`;
    else out += ch;
  }
  const first = folded[0] ?? '';
  const last = folded[folded.length - 1] ?? '';
  const lead = WORD_CHAR.test(first) || first === '#' || first === '(';
  const after = WORD_CHAR.test(last) || last === ')' || last === '?' || last === '#' ? WORD_END : '';
  const head = /^[a-z0-9]$/.test(first) && !'?*+{'.includes(folded[1] ?? '') ? first : null;
  return { lead, head, rest: `(?:${out.slice(1)})`, source: `(?:${out})`, end: after !== '' };
}

/**
 * A list compiled to one or more regexes. V8 stops optimising a regex whose source passes 20 KB
 * (kRegExpTooLargeToOptimize), which makes our longest lists several times slower, so a long list
 * is cut into pieces that stay under that size.
 */
export type Matcher = { readonly regexes: readonly RegExp[]; readonly size: number };

/** A Matcher for one hand-written regex (global flag required). */
export function matcherOf(regex: RegExp): Matcher {
  return { regexes: [regex], size: 1 };
}

// Under V8's 20 KB, with room for the word-boundary checks that join() wraps around each piece.
const MAX_SOURCE = 14_000;

type Branch = { source: string; end: boolean };

/**
 * Alternatives in their given order, with one word-end check after each run of phrases that need
 * it: (a|b)c backtracks exactly like ac|bc, and the compiled code stays small (V8 optimises less
 * once a page has compiled a lot of regex code).
 */
function runs(branches: readonly Branch[]): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length) out.push(`(?:${run.join('|')})${WORD_END}`);
    run = [];
  };
  for (const b of branches) {
    if (b.end) run.push(b.source);
    else {
      flush();
      out.push(b.source);
    }
  }
  flush();
  return out.join('|');
}

function join(parts: readonly Part[]): string {
  // One word-start check in front of all the phrases that need it, rather than one each; a look
  // at the next character dismisses positions that cannot start a word; and phrases are grouped
  // by first letter, so at each word the engine tries a few dozen branches, not hundreds.
  const byHead = new Map<string, Branch[]>();
  const other: Branch[] = [];
  for (const p of parts) {
    if (!p.lead) continue;
    if (p.head === null) other.push({ source: p.source, end: p.end });
    else byHead.set(p.head, [...(byHead.get(p.head) ?? []), { source: p.rest, end: p.end }]);
  }
  const led = [...[...byHead].map(([head, branches]) => `${head}(?:${runs(branches)})`), ...(other.length ? [runs(other)] : [])];
  const free = parts.filter((p) => !p.lead).map((p) => (p.end ? `${p.source}${WORD_END}` : p.source));
  const groups = [...(led.length ? [`${WORD_START}(?=${ALNUM})(?:${led.join('|')})`] : []), ...free];
  return groups.length ? groups.join('|') : '(?!)';
}

// A phrase that opens with a group ("(we|i) will …") has no first letter to be grouped by, so the
// engine would try it at every word of every text. Spelling its leading alternatives out ("we will
// …", "i will …") puts each under its letter. Phrases that would blow up are left as written.
const MAX_SPELLED = 48;

/** The index of the ")" closing the "(" at `open`, or -1. */
function closing(phrase: string, open: number): number {
  let depth = 0;
  for (let i = open; i < phrase.length; i += 1) {
    const ch = phrase[i];
    if (ch === '\\') i += 1;
    else if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The top-level alternatives of a group's content. */
function alternatives(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i += 1) {
    const ch = inner[i];
    if (ch === '\\') i += 1;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  out.push(inner.slice(start));
  return out;
}

function spellLead(phrase: string, budget = MAX_SPELLED): string[] {
  if (!phrase.startsWith('(') || phrase.startsWith('(?')) return [phrase];
  const end = closing(phrase, 0);
  if (end < 0) return [phrase];
  const quantifier = phrase[end + 1] ?? '';
  if (quantifier && '*+{'.includes(quantifier)) return [phrase];
  const optional = quantifier === '?';
  const rest = phrase.slice(end + (optional ? 2 : 1));
  const heads = alternatives(phrase.slice(1, end));
  const spelled = [...heads.map((h) => h + rest), ...(optional ? [rest.trimStart()] : [])];
  if (spelled.length > budget || spelled.some((p) => !p.trim())) return [phrase];
  const out = spelled.flatMap((p) => spellLead(p, Math.floor(budget / spelled.length)));
  return out.length > budget ? [phrase] : out;
}

function sorted(phrases: readonly string[]): string[] {
  const spelled = phrases.flatMap((p) => spellLead(p.trim()));
  return [...new Set(spelled.filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** The regex source of a short list, for embedding in a larger regex (negators, intensifiers). */
export function phraseSource(phrases: readonly string[]): string {
  return join(sorted(phrases).map(translate));
}

/** Regexes for a whole list; longer phrases first so "pas top du tout" wins over "top". */
export function compile(phrases: readonly string[]): Matcher {
  const parts = sorted(phrases).map(translate);
  // Phrases sharing a first letter stay together where they can, so each piece keeps its grouping.
  const byHead = [...parts].sort((a, b) => (a.head ?? '~').localeCompare(b.head ?? '~'));
  const pieces: Part[][] = [];
  let piece: Part[] = [];
  let size = 0;
  for (const p of byHead) {
    if (piece.length && size + p.source.length > MAX_SOURCE) {
      pieces.push(piece);
      piece = [];
      size = 0;
    }
    piece.push(p);
    size += p.source.length + 1;
  }
  if (piece.length) pieces.push(piece);
  // An empty list matches nothing rather than everything.
  const regexes = (pieces.length ? pieces : [[]]).map((ps) => new RegExp(join(ps), 'g'));
  return { regexes, size: parts.length };
}

/** A regex that matches when the whole string is one of the phrases (for one-word sentences). */
export function compileExact(phrases: readonly string[]): RegExp {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  return new RegExp(`^(?:${join(unique.map(translate))})$`);
}

export type Hit = Range & { text: string };


function hitsOf(re: RegExp, text: string, out: Hit[]): void {
  for (const r of execAll(re, text)) out.push({ start: r.index, end: r.index + r[0].length, text: r[0] });
}

/** Hits in reading order, never overlapping, as one regex over the whole list would give them. */
export function findAll(m: Matcher, text: string): Hit[] {
  if (m.size === 0) return [];
  const [only, ...others] = m.regexes;
  const hits: Hit[] = [];
  if (only) hitsOf(only, text, hits);
  if (!others.length) return hits;
  for (const re of others) hitsOf(re, text, hits);
  // Earliest first, and the longest of those starting together.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let end = 0;
  for (const h of hits) {
    if (h.start < end) continue;
    kept.push(h);
    end = h.end;
  }
  return kept;
}

export function test(m: Matcher, text: string): boolean {
  if (m.size === 0) return false;
  for (const re of m.regexes) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** The first hit, or null. */
export function first(m: Matcher, text: string): Hit | null {
  if (m.size === 0) return null;
  let best: Hit | null = null;
  for (const re of m.regexes) {
    re.lastIndex = 0;
    const r = re.exec(text);
    if (r && (!best || r.index < best.start || (r.index === best.start && r.index + r[0].length > best.end))) {
      best = { start: r.index, end: r.index + r[0].length, text: r[0] };
    }
  }
  return best;
}

/** Blanks the ranges out (same length, so offsets stay valid) for rules that must not see them. */
export function mask(text: string, ranges: readonly Range[]): string {
  if (!ranges.length) return text;
  let out = '';
  let last = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < last) {
      if (r.end > last) {
        out += ' '.repeat(r.end - last);
        last = r.end;
      }
      continue;
    }
    out += text.slice(last, r.start) + ' '.repeat(r.end - r.start);
    last = r.end;
  }
  return out + text.slice(last);
}
