// How the reply is written, whatever it says: capitals, punctuation, emoji, length, swearing, slang.
import { findEmoji, weightedLength, X_MAX_WEIGHTED_LENGTH } from '../../text/weighted-length';
import { ALNUM, LETTER } from '../chars';
import { ACRONYM_SET, ALL_PROFANITY, SHORT_SHOUT_SET, type CompiledLexicon } from '../compiled';
import { execAll, findAll, type Hit } from '../patterns';
import type { Folded, Range } from '../text';

export type Finding = Range & { reason: string };

const LETTERS = /\p{L}/gu;
const VOWELS = /[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ]/gu;
const ROMAN = /^[IVXLCDM]{1,4}$/u;
const CODE_BEFORE = /(?:code|promo|coupon|voucher|ref|référence|reference|n°|#)\s*:?\s*$/iu;
const PUNCT_RUN = /[!?！？‼⁉]{3,}|(?:[!?！？]\s?){3,}/g;
const MASKED = new RegExp(`${LETTER}+(?:[*@#$%]+${LETTER}*)+`, 'g');
const WORD = new RegExp(`${ALNUM}+`, 'g');
const HAS_MASK = /[*@#$%]/;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;

type CapsWord = Range & { letters: number; shouted: boolean; loudAlone: boolean };

// Words with a capital and no lower-case letter; the gap test below tells whether they form a run.
const CAPS_WORD = /(?<![\p{L}\p{N}])(?=[\p{N}&'’-]*\p{Lu})[\p{Lu}\p{N}&'’-]+(?![\p{L}\p{N}])/gu;
const WORDISH = /[\p{L}\p{N}]/u;

function capsWords(text: string, protectedWords: ReadonlySet<string>): CapsWord[] {
  const out: CapsWord[] = [];
  for (const m of execAll(CAPS_WORD, text)) {
    const word = m[0].replace(/['’]S$/u, '');
    const letters = word.match(LETTERS)?.length ?? 0;
    // Codes and product names carry digits, hyphens or ampersands (5G, NW-SKY, T&C, BIENVENUE10).
    const code = /[\p{N}&-]/u.test(word) || CODE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index));
    const known = ACRONYM_SET.has(word) || protectedWords.has(word) || ROMAN.test(word);
    const vowelShare = letters ? (word.match(VOWELS)?.length ?? 0) / letters : 0;
    const shouted = !code && !known && vowelShare >= 0.2;
    const loudAlone = shouted && (letters >= 5 || SHORT_SHOUT_SET.has(word));
    out.push({ start: m.index, end: m.index + m[0].length, letters, shouted, loudAlone });
  }
  return out;
}

function loudRun(run: readonly CapsWord[]): boolean {
  const words = run.filter((t) => t.letters >= 2);
  const real = run.filter((t) => t.shouted && t.letters >= 3);
  return words.length >= 2 ? real.length > 0 : run.some((t) => t.loudAlone);
}

/**
 * Capitals read as shouting when a run of them holds a real word ("MERCI DE LIRE"), or when one
 * long or common word stands alone ("JAMAIS", "PAS"). Other short lone capitals are more often
 * acronyms we do not know.
 */
export function shouting(original: string, protectedWords: ReadonlySet<string>): Finding | null {
  if (!TWO_CAPITALS.test(original)) return null;
  let run: CapsWord[] = [];
  const close = (): Finding | null => {
    const first = run[0];
    const last = run[run.length - 1];
    const found = first && last && loudRun(run) ? { start: first.start, end: last.end, reason: original.slice(first.start, last.end) } : null;
    run = [];
    return found;
  };
  for (const w of capsWords(original, protectedWords)) {
    const prev = run[run.length - 1];
    // A lower-case word between two capital words ends the run.
    if (prev && WORDISH.test(original.slice(prev.end, w.start))) {
      const found = close();
      if (found) return found;
    }
    run.push(w);
  }
  return close();
}

export function excessPunctuation(original: string): Finding | null {
  PUNCT_RUN.lastIndex = 0;
  const m = PUNCT_RUN.exec(original);
  return m ? { start: m.index, end: m.index + m[0].trimEnd().length, reason: m[0].trim() } : null;
}

export function emojiOveruse(original: string, min = 5): Finding | null {
  const found = findEmoji(original);
  const first = found[0];
  const last = found[found.length - 1];
  if (found.length < min || !first || !last) return null;
  return { start: first.start, end: last.end, reason: found.map((e) => original.slice(e.start, e.end)).join('') };
}

export function tooLongForX(original: string): Finding | null {
  const length = weightedLength(original);
  if (length <= X_MAX_WEIGHTED_LENGTH) return null;
  return { start: 0, end: original.length, reason: `${length}/${X_MAX_WEIGHTED_LENGTH}` };
}

const LONGEST_PROFANITY = Math.max(...ALL_PROFANITY.map((w) => w.length));

function maskedMatches(token: string): boolean {
  if (token.length > LONGEST_PROFANITY + 1) return false;
  const parts = token.split(/[*@#$%]+/u);
  const shape = new RegExp(`^${parts.map((p) => p.replace(/[^\p{L}]/gu, '')).join('\\p{L}+')}$`, 'u');
  return ALL_PROFANITY.some((w) => Math.abs(w.length - token.length) <= 1 && shape.test(w));
}

/** Whole words only: "contacter" and "conseiller" never match "con". */
export function profanity(f: Folded, lex: CompiledLexicon): Hit | null {
  const phrase = findAll(lex.profanityPhrases, f.text)[0];
  if (phrase) return phrase;
  for (const m of execAll(WORD, f.text)) {
    if (lex.profanityWords.has(m[0])) return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  for (const m of HAS_MASK.test(f.text) ? execAll(MASKED, f.text) : []) {
    if (maskedMatches(m[0])) return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return null;
}

export function slang(f: Folded, lex: CompiledLexicon): Hit | null {
  return findAll(lex.reply.slang, f.text)[0] ?? null;
}
