// X counts a post's length by weight, not by characters (twitter-text v3 configuration): most
// Latin, Greek, Cyrillic and Hebrew code points and some punctuation weigh 1, everything else
// (CJK, most symbols) weighs 2, a whole emoji sequence weighs 2 and any link weighs 23, whatever
// its real length. The composer only tells the CM once they hit the wall; we warn while they type.

export const X_MAX_WEIGHTED_LENGTH = 280;
export const X_URL_WEIGHT = 23;
const EMOJI_WEIGHT = 2;

// Code point ranges weighing 1 (twitter-text v3 `ranges`); the default weight is 2.
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

// A full emoji: flag pairs, keycaps, and pictographs with their presentation selector, skin tone
// or tag characters, joined by ZWJ into one family/profession sequence.
const EMOJI_SOURCE =
  '\\p{RI}\\p{RI}' +
  '|[#*0-9]\\uFE0F?\\u20E3' +
  '|\\p{Extended_Pictographic}(?:\\uFE0F|\\p{EMod}|[\\u{E0020}-\\u{E007F}])*' +
  '(?:\\u200D(?:\\p{Extended_Pictographic}|[\\u{1F9B0}-\\u{1F9B3}])(?:\\uFE0F|\\p{EMod})*)*';

// Links with a scheme, bare domains (checked against the TLD lists below), then emoji.
const TOKEN = new RegExp(
  '(https?:\\/\\/[^\\s<>"]+)' +
    '|((?<![\\p{L}\\p{N}@$#_./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+([a-z]{2,})(?![\\p{L}\\p{N}-])(\\/[^\\s<>"]*)?)' +
    `|(${EMOJI_SOURCE})`,
  'giu',
);
const EMOJI = new RegExp(EMOJI_SOURCE, 'gu');

// Generic TLDs are linked without a scheme. Country TLDs only with a path or a subdomain
// ("acme.fr" stays text, "aide.acme.fr" and "acme.fr/aide" become links), except .co and .tv,
// which twitter-text treats like generic ones.
const GENERIC_TLDS = new Set(
  'com net org edu gov int info biz app dev shop store online site xyz blog tech news live world paris bzh pro mobi name travel museum aero asia coop jobs tel cat'.split(' '),
);
const SPECIAL_CC_TLDS = new Set(['co', 'tv']);
const CC_TLDS = new Set(
  'fr be ch ca uk de es it nl pt lu mc ma tn dz sn ci eu us io ai me ly gl gg fm am to cc ie at se no dk fi pl cz ru cn jp kr in au nz br mx ar re gp mq nc pf yt'.split(' '),
);

// A link ends before trailing punctuation, as on X: "voir acme.com/aide." links "acme.com/aide".
const TRAILING_PUNCT = /[.,!?;:'"’”»)\]}…]+$/u;

// String#matchAll would copy (and recompile) the regex on every call.
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex += 1;
    else yield m;
  }
}

function isLight(cp: number): boolean {
  for (const [from, to] of LIGHT_RANGES) if (cp >= from && cp <= to) return true;
  return false;
}

function plainWeight(text: string, from: number, to: number): number {
  let weight = 0;
  for (let i = from; i < to; i += 1) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i += 1;
    weight += cp < 4352 || isLight(cp) ? 1 : 2;
  }
  return weight;
}

function isLinkedDomain(domain: string, tld: string, hasPath: boolean): boolean {
  const lower = tld.toLowerCase();
  if (GENERIC_TLDS.has(lower) || SPECIAL_CC_TLDS.has(lower)) return true;
  if (!CC_TLDS.has(lower)) return false;
  return hasPath || domain.split('.').length > 2;
}

/** The length X shows against its 280 limit. */
export function weightedLength(text: string): number {
  const t = text.normalize('NFC');
  let weight = 0;
  let last = 0;
  for (const m of matches(TOKEN, t)) {
    const start = m.index;
    let token = m[0];
    if (m[1] !== undefined || m[2] !== undefined) {
      const path = m[4];
      const domain = m[2] !== undefined ? token.slice(0, path ? token.length - path.length : token.length) : '';
      if (m[2] !== undefined && !isLinkedDomain(domain, m[3] ?? '', Boolean(path && path.length > 1))) continue;
      token = token.replace(TRAILING_PUNCT, '');
      weight += plainWeight(t, last, start) + X_URL_WEIGHT;
    } else {
      weight += plainWeight(t, last, start) + EMOJI_WEIGHT;
    }
    last = start + token.length;
  }
  return weight + plainWeight(t, last, t.length);
}

/** Each emoji sequence in the text, as offsets (a family of four is one). */
export function findEmoji(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of matches(EMOJI, text)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}
