// Tutoiement or vouvoiement in a French reply. Only forms we are sure address the reader count:
// pronouns, possessives and imperatives. A vous that may speak to a group ("vous six", "vous
// toutes") is set aside, since a brand that says tu still says vous to several people.
import { compile, execAll, findAll, mask, matcherOf, test, type Hit } from '../patterns';
import {
  CLAUSE_OPENERS,
  EZ_NOT_STEPS,
  EZ_NOT_VERBS,
  LA_NOT_PRONOUN,
  PLURAL_MARKERS,
  QUESTION_STEMS,
  TON_NOUN_BEFORE,
  TU_IMPERATIVES,
  TU_WORDS,
  VOUS_IMPERATIVES,
  VOUS_WORDS,
} from '../lexicon/register-fr';
import { ALNUM, LETTER } from '../chars';
import type { Folded } from '../text';

export type RegisterReading = {
  tu: Hit[];
  vous: Hit[];
  plural: boolean;
  /** Imperatives telling the reader what to do ("Redémarrez la box", "envoie-la"): a next step. */
  orders: Hit[];
};

const words = (list: readonly string[]): string => list.join('|');
const TU = new RegExp(`(?<!${LETTER})(?:${words(TU_WORDS)})(?!${LETTER}|')|(?<!${LETTER})t'(?=${LETTER})`, 'g');
const VOUS = new RegExp(`(?<!${LETTER})(?:${words(VOUS_WORDS)})(?!${LETTER})`, 'g');
// Found from their ending, then read back to the word start: cheaper than trying every word.
const EZ_END = new RegExp(`ez(?!${ALNUM})`, 'g');
const WORD_BEFORE = new RegExp(`${LETTER}+$`);
const IMPERATIVE = new RegExp(`(?<!${LETTER})(${LETTER}+)-(?:(?:le|la|les|en|y)-)?(?:nous|moi)(?!${LETTER})`, 'g');
const HESITE = /n'hesite(?:\s+surtout)?\s+pas/g;
// "rendez-vous" is an appointment, not an address to the reader.
const NOT_ADDRESS = /rendez-vous/g;
const PLURAL = compile(PLURAL_MARKERS);
const TON_NOUN = new RegExp(`(?:^|[^a-z])(?:${words(TON_NOUN_BEFORE)})\\s+$`);
const EZ_EXCLUDED = new Set(EZ_NOT_VERBS);
const VOUS_IMPERATIVE_SET = new Set(VOUS_IMPERATIVES);
const SENTENCE_START = /(?:^|[.!?:\n]\s*)$/u;
const TU_ORDER = compile(TU_IMPERATIVES);
// The start of a clause: nothing before it, a punctuation mark, an emoji, or "et", "puis"…
const CLAUSE_START = new RegExp(`(?:^|[.!?:;,()\\n\\ue000-\\ue7ff]|(?<!${LETTER})(?:${words(CLAUSE_OPENERS)}))\\s*$`);
// A subject (or a negation) before an -ez verb makes it a statement: "si vous le souhaitez",
// "vous nous l'avez dit", "n'hésitez pas".
const EZ_SUBJECT = new RegExp(`(?:^|[^a-z])(?:vous|n'|ne)(?:\\s*(?:ne|n'|nous|me|m'|le|la|les|l'|en|y|lui|leur|se|s'|te|t'))*\\s*$`);
const EZ_NOT_STEP_SET = new Set(EZ_NOT_STEPS);
const QUESTION_STEM_SET = new Set(QUESTION_STEMS);
const LA_NOT_PRONOUN_SET = new Set(LA_NOT_PRONOUN);
// An imperative with its object pronoun: "rebranche-la", "envoyez-le-nous", "connecte-toi", "vas-y".
const HYPHEN_ORDER = new RegExp(
  `(?<!${LETTER})(${LETTER}{2,})-(le|la|les|lui|leur|moi|nous|en|y|toi|vous)(?:-(?:le|la|les|lui|leur|moi|nous|en|y))?(?!${LETTER}|-)`,
  'g',
);

function hit(m: RegExpMatchArray): Hit {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length, text: m[0] };
}

/** A capitalised -ez word in mid-sentence is a name (Martinez), not a verb. */
function isName(f: Folded, start: number): boolean {
  const o = f.map[start] ?? 0;
  const ch = f.original[o] ?? '';
  return ch !== ch.toLowerCase() && !SENTENCE_START.test(f.original.slice(Math.max(0, o - 3), o));
}

/** An accented final "é" in what the CM typed: a participle ("Passé ce délai"), not an order. */
function endsInAccent(f: Folded, end: number): boolean {
  const ch = f.original[f.map[end - 1] ?? 0] ?? '';
  return ch === 'é' || ch === 'É';
}

function tuOrders(f: Folded, text: string): Hit[] {
  return findAll(TU_ORDER, text).filter((h) => {
    const word = /^\S+/.exec(h.text)?.[0] ?? h.text;
    return CLAUSE_START.test(text.slice(Math.max(0, h.start - 12), h.start)) && !endsInAccent(f, h.start + word.length);
  });
}

function hyphenOrders(text: string): { tu: Hit[]; any: Hit[] } {
  const tu: Hit[] = [];
  const any: Hit[] = [];
  for (const m of text.includes('-') ? execAll(HYPHEN_ORDER, text) : []) {
    const stem = m[1] ?? '';
    const clitic = m[2] ?? '';
    if (clitic === 'la' && LA_NOT_PRONOUN_SET.has(stem)) continue;
    // "Pouvez-vous…?", "Avons-nous…?", "Ont-ils…?" ask; they do not tell.
    if (QUESTION_STEM_SET.has(stem) || /(?:ons|ont|ent)$/.test(stem)) continue;
    const h = hit(m);
    any.push(h);
    // -nous and -moi forms are read with the other tu forms; "-vous" goes with a vous verb.
    const vousVerb = stem.endsWith('ez') || VOUS_IMPERATIVE_SET.has(stem);
    if (!vousVerb && clitic !== 'nous' && clitic !== 'moi' && clitic !== 'vous') tu.push(h);
  }
  return { tu, any };
}

export function readRegister(f: Folded): RegisterReading {
  const text = mask(f.text, findAll(matcherOf(NOT_ADDRESS), f.text));
  const tu: Hit[] = [];
  const vous: Hit[] = [];
  for (const m of execAll(TU, text)) {
    if (m[0] === 'ton' && TON_NOUN.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    tu.push(hit(m));
  }
  for (const m of execAll(HESITE, text)) tu.push(hit(m));
  const orders: Hit[] = [];
  const spoken = tuOrders(f, text);
  const hyphens = hyphenOrders(text);
  tu.push(...spoken, ...hyphens.tu);
  orders.push(...spoken, ...hyphens.any);
  for (const m of text.includes('-nous') || text.includes('-moi') ? execAll(IMPERATIVE, text) : []) {
    const stem = m[1] ?? '';
    if (stem.endsWith('ez') || VOUS_IMPERATIVE_SET.has(stem)) vous.push(hit(m));
    else if (!/(?:ons|es|ont|ent)$/u.test(stem)) tu.push(hit(m));
  }
  for (const m of execAll(VOUS, text)) vous.push(hit(m));
  for (const m of execAll(EZ_END, text)) {
    const stem = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[0] ?? '';
    const start = m.index - stem.length;
    const word = `${stem}ez`;
    if (stem.length >= 2 && !EZ_EXCLUDED.has(word) && !isName(f, start)) {
      const found = { start, end: m.index + 2, text: word };
      vous.push(found);
      const asks = text[found.end] === '-' && QUESTION_STEM_SET.has(word);
      if (!asks && !EZ_NOT_STEP_SET.has(word) && !EZ_SUBJECT.test(text.slice(Math.max(0, start - 30), start))) orders.push(found);
    }
  }
  const plural = test(PLURAL, text);
  const byStart = (a: Hit, b: Hit): number => a.start - b.start;
  return { tu: tu.sort(byStart), vous: plural ? [] : vous.sort(byStart), plural, orders: orders.sort(byStart) };
}
