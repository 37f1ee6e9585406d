// The picker searches on every keystroke, over up to thousands of templates, while the CM's reply
// box waits. Folding, word lists and postings are built once with the index; a keystroke only
// walks the postings of the words the query can match and fills preallocated typed arrays.

import type { Lang, Site, Template } from '../schema';
import { fold, searchable } from './normalize';
import { createPostings, createVocabulary, splitWords, type Postings } from './search-vocabulary';

export type Register = 'vous' | 'tu';

export type SearchOptions = {
  platform: Site;
  /** The active brand; templates for another brand rank last. */
  brandId: string | null;
  now: Date | number;
  /** The brand's language: templates in another language come after those in it. */
  lang?: Lang;
  /** The brand's French register: templates tagged with the other one come after. */
  register?: Register;
  /** Defaults to 50. */
  limit?: number;
};

export type SearchResult = {
  template: Template;
  /** Relevance to the query plus a usage bonus below 1, so usage only breaks ties in relevance. */
  score: number;
  /** False for templates meant for the other platform or another brand (still listed, last). */
  inContext: boolean;
};

export type TemplateIndex = {
  readonly size: number;
  search(query: string, opts: SearchOptions): SearchResult[];
};

const DAY = 86_400_000;
const RECENCY_HALF_LIFE = 7 * DAY;
const TIER = 10_000;
const MAX_TERMS = 8;
// Variables are syntax, not content: "author" should not match every template.
const VARIABLE = /\{\{[^{}\n]*\}\}/g;

// Points per match; a term scores its best match. Title > tags > body, whole word > word start >
// inside a word > letters in order. Body words match at their start only: "ret" inside "secret"
// is noise in a reply's text.
const SCORE = {
  shortcutExact: 60,
  shortcutPrefix: 40,
  titleWord: 35,
  titleFirstWordPrefix: 32,
  titlePrefix: 28,
  tagWord: 26,
  tagPrefix: 20,
  titleInside: 16,
  phrase: 15,
  bodyWord: 10,
  fuzzyMax: 10,
  bodyPrefix: 8,
} as const;

function usageScore(template: Template, now: number): number {
  const lastUsed = template.usage.lastUsedAt ? Date.parse(template.usage.lastUsedAt) : Number.NaN;
  const recency = Number.isNaN(lastUsed) ? 0 : Math.pow(0.5, Math.max(0, now - lastUsed) / RECENCY_HALF_LIFE);
  const frequency = Math.min(1, Math.log1p(template.usage.count) / Math.log1p(50));
  return 0.99 * (0.6 * recency + 0.4 * frequency);
}

function registerOf(template: Template): Register | null {
  const tags = template.tags.map(fold);
  return tags.includes('vous') ? 'vous' : tags.includes('tu') ? 'tu' : null;
}

function tierOf(template: Template, opts: SearchOptions): number {
  const platformFits = template.platforms.includes('any') || template.platforms.includes(opts.platform);
  const brandFits = template.brand === null || template.brand === opts.brandId;
  if (!platformFits || !brandFits) return 0;
  const langFits = opts.lang === undefined || template.lang === opts.lang;
  const register = opts.register === undefined ? null : registerOf(template);
  const registerFits = register === null || register === opts.register;
  return langFits && registerFits ? 2 : 1;
}

// Letters of the term in order within one word, from its first letter: "rmbst" → "remboursement".
// 0 when too spread out to mean anything.
function fuzzyScore(word: string, term: string): number {
  let j = 1;
  let i = 1;
  for (; i < word.length && j < term.length; i++) if (word.charCodeAt(i) === term.charCodeAt(j)) j++;
  if (j < term.length || i > term.length * 3) return 0;
  return Math.max(2, SCORE.fuzzyMax - (i - term.length));
}

export function createTemplateIndex(templates: readonly Template[]): TemplateIndex {
  const n = templates.length;
  const titles = templates.map((t) => searchable(t.title));
  const tags = templates.map((t) => searchable(t.tags.join(' ')));
  const bodies = templates.map((t) => searchable(t.body.replace(VARIABLE, ' ')));
  const vocabulary = createVocabulary([...titles, ...tags, ...bodies]);
  const { words } = vocabulary;
  const titlePostings: Postings = createPostings(vocabulary, titles);
  const tagPostings: Postings = createPostings(vocabulary, tags);
  const bodyPostings: Postings = createPostings(vocabulary, bodies);
  // Matches inside a word and fuzzy matches are for titles only: scanning title words is cheap.
  const titleWordIds = Int32Array.from(words.flatMap((_, id) => ((titlePostings[id] as Int32Array).length > 0 ? [id] : [])));
  const titleFirst = Int32Array.from(titles, (title) => vocabulary.idOf(splitWords(title)[0] ?? '') ?? -1);
  const shortcuts = templates.flatMap((t, i) => (t.shortcut ? [{ index: i, shortcut: fold(t.shortcut) }] : []));

  // Reused between keystrokes, so typing allocates almost nothing.
  const termBest = new Uint8Array(n);
  const relevance = new Float64Array(n);
  const hits = new Uint8Array(n);
  const base = new Float64Array(n);
  let baseKey = '';
  let topRank = new Float64Array(0);
  let topIndex = new Int32Array(0);

  const raise = (postings: Int32Array, score: number) => {
    for (let p = 0; p < postings.length; p++) {
      const e = postings[p] as number;
      if ((termBest[e] as number) < score) termBest[e] = score;
    }
  };

  // Fills termBest with each template's best score for one term.
  function scoreTerm(term: string): void {
    termBest.fill(0);
    for (const { index, shortcut } of shortcuts) {
      if (shortcut.startsWith(term)) termBest[index] = shortcut === term ? SCORE.shortcutExact : SCORE.shortcutPrefix;
    }
    const { from, to } = vocabulary.prefixRange(term);
    for (let id = from; id < to; id++) {
      const whole = words[id] === term;
      const inTitle = titlePostings[id] as Int32Array;
      for (let p = 0; p < inTitle.length; p++) {
        const e = inTitle[p] as number;
        const score = whole ? SCORE.titleWord : titleFirst[e] === id ? SCORE.titleFirstWordPrefix : SCORE.titlePrefix;
        if ((termBest[e] as number) < score) termBest[e] = score;
      }
      raise(tagPostings[id] as Int32Array, whole ? SCORE.tagWord : SCORE.tagPrefix);
      raise(bodyPostings[id] as Int32Array, whole ? SCORE.bodyWord : SCORE.bodyPrefix);
    }
    if (term.length < 2) return;
    for (let k = 0; k < titleWordIds.length; k++) {
      const id = titleWordIds[k] as number;
      if (id >= from && id < to) continue;
      const word = words[id] as string;
      if (word.indexOf(term, 1) !== -1) raise(titlePostings[id] as Int32Array, SCORE.titleInside);
      else if (term.length >= 3 && word.charCodeAt(0) === term.charCodeAt(0)) {
        const score = fuzzyScore(word, term);
        if (score > 0) raise(titlePostings[id] as Int32Array, score);
      }
    }
  }

  function contextRanks(opts: SearchOptions, now: number): Float64Array {
    const key = `${opts.platform}|${opts.brandId ?? ''}|${opts.lang ?? ''}|${opts.register ?? ''}|${now}`;
    if (key !== baseKey) {
      templates.forEach((template, i) => {
        base[i] = tierOf(template, opts) * TIER + usageScore(template, now);
      });
      baseKey = key;
    }
    return base;
  }

  function search(query: string, opts: SearchOptions): SearchResult[] {
    const limit = Math.max(0, Math.min(opts.limit ?? 50, n));
    if (topRank.length < limit) {
      topRank = new Float64Array(limit);
      topIndex = new Int32Array(limit);
    }
    const terms = splitWords(searchable(query)).slice(0, MAX_TERMS);
    const phrase = terms.length > 1 ? terms.join(' ') : null;
    const ranks = contextRanks(opts, typeof opts.now === 'number' ? opts.now : opts.now.getTime());

    relevance.fill(0);
    hits.fill(0);
    for (const term of terms) {
      scoreTerm(term);
      for (let e = 0; e < n; e++) {
        const score = termBest[e] as number;
        if (score > 0) {
          relevance[e] = (relevance[e] as number) + score;
          hits[e] = (hits[e] as number) + 1;
        }
      }
    }

    let count = 0;
    for (let e = 0; e < n; e++) {
      if (hits[e] !== terms.length) continue;
      let rank = (ranks[e] as number) + (relevance[e] as number);
      if (phrase !== null && (titles[e] as string).indexOf(phrase) !== -1) rank += SCORE.phrase;
      // Insert into the sorted top-k; equal ranks keep the library's order.
      if (count === limit && (limit === 0 || rank <= (topRank[limit - 1] as number))) continue;
      let at = count < limit ? count++ : limit - 1;
      while (at > 0 && (topRank[at - 1] as number) < rank) {
        topRank[at] = topRank[at - 1] as number;
        topIndex[at] = topIndex[at - 1] as number;
        at--;
      }
      topRank[at] = rank;
      topIndex[at] = e;
    }

    const results: SearchResult[] = new Array(count);
    for (let r = 0; r < count; r++) {
      const rank = topRank[r] as number;
      const tier = Math.floor(rank / TIER);
      results[r] = { template: templates[topIndex[r] as number] as Template, score: rank - tier * TIER, inContext: tier > 0 };
    }
    return results;
  }

  return { size: n, search };
}
