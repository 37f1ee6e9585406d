import type { Counts } from '../schema/clip';

/**
 * Engagement counts as the host pages write them: plain ("30142"), grouped ("1,234", "1 234"
 * with a narrow no-break space, "1.234") or abbreviated ("1.2K", "3,4 k", "2 M", "1,5 M").
 * Pure: no DOM, so it runs in the unit project.
 */

// Thousands groups are exactly three digits; anything else after a separator is a decimal part.
const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f\u2009.,'’]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)`;
// The suffix must end the token, so "45 Me gusta" reads 45, not 45 million.
const SUFFIX = String.raw`(?:[ \u00a0\u202f]?(k|K|M|Md|Mrd|Mio|B|Bn)(?=$|[\s,.;)]))?`;
const COUNT_TOKEN = new RegExp(NUMBER + SUFFIX, 'u');
const COUNT_TOKENS = new RegExp(NUMBER + SUFFIX + String.raw`\s*([^\d,;]*)`, 'gu');

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  K: 1e3,
  M: 1e6,
  Mio: 1e6,
  B: 1e9,
  Bn: 1e9,
  Md: 1e9,
  Mrd: 1e9,
};

function toNumber(digits: string, suffix: string | undefined): number | null {
  if (suffix) {
    // "1,5 M" and "1.5M": with a multiplier, the last separator is the decimal mark.
    const normalised = digits.replace(/[ \u00a0\u202f\u2009'’]/gu, '').replace(/[.,](?=\d+$)/u, '#').replace(/[.,]/gu, '').replace('#', '.');
    const value = Number(normalised) * (MULTIPLIERS[suffix] ?? 1);
    return Number.isFinite(value) ? Math.round(value) : null;
  }
  if (/[.,]\d{1,2}$/u.test(digits)) return null; // "1,5" alone is not a whole count
  const value = Number(digits.replace(/[^\d]/gu, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** The first count in `text` ("2534 Replies. Reply" → 2534, "1,2 k" → 1200), or null. */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const match = COUNT_TOKEN.exec(text);
  if (!match?.[1]) return null;
  return toNumber(match[1], match[2]);
}

type Metric = keyof Counts;

// The only place we read words: X gives the exact counts only in this localised label. The
// buttons' own labels (read by test id, not by words) are the fallback for other languages.
const METRIC_WORDS: ReadonlyArray<readonly [Metric, RegExp]> = [
  ['replies', /^(?:repl(?:y|ies)|réponses?)$/u],
  ['reposts', /^(?:reposts?|retweets?|republications?)$/u],
  ['likes', /^(?:likes?|j[’']aime)$/u],
  ['views', /^(?:views?|vues?)$/u],
];

/**
 * Reads X's action bar label: "12 replies, 3 reposts, 45 likes, 1 bookmark, 1234 views" or
 * "12 réponses, 3 reposts, 45 J'aime, 1 signet, 1 234 vues". Metrics the label does not name are
 * left out (X omits zero counts; the caller decides what a missing one means).
 */
export function parseCountsLabel(label: string | null | undefined): Partial<Record<Metric, number>> {
  const counts: Partial<Record<Metric, number>> = {};
  if (!label) return counts;
  for (const match of label.matchAll(COUNT_TOKENS)) {
    const [, digits, suffix, word] = match;
    if (!digits) continue;
    const key = (word ?? '').trim().toLowerCase().normalize('NFC');
    const metric = METRIC_WORDS.find(([, pattern]) => pattern.test(key))?.[0];
    const value = toNumber(digits, suffix);
    if (metric && value !== null && counts[metric] === undefined) counts[metric] = value;
  }
  return counts;
}
