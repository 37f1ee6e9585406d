// Guessing a first name from a display name, for "Bonjour Camille". A wrong guess ("Bonjour SNCF",
// "Hi Dr") is worse than none, because the template's fallback ("à vous") reads fine: when unsure,
// return null.

import { fold } from './normalize';

// Compared after folding (lowercase, no accents, no trailing dot).
const TITLES = new Set([
  'm', 'mr', 'mrs', 'ms', 'mx', 'miss', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'maitre', 'dr', 'docteur',
  'pr', 'prof', 'professeur', 'madame', 'monsieur', 'mademoiselle', 'sir', 'dame', 'lord', 'lady',
]);

// Words no person puts in their own name, wherever they appear: the author is a page or a brand.
const ORG_WORDS = new Set([
  'officiel', 'officielle', 'official', 'team', 'equipe', 'support', 'help', 'helpdesk', 'aide', 'service',
  'services', 'client', 'clients', 'clientele', 'customer', 'customers', 'care', 'sav', 'inc', 'sas', 'sasu',
  'sarl', 'sa', 'eurl', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'corp', 'corporation', 'company', 'compagnie',
  'cie', 'group', 'groupe', 'holding', 'hq', 'news', 'infos', 'actu', 'actus', 'media', 'medias', 'magazine',
  'radio', 'tv', 'journal', 'store', 'shop', 'boutique', 'magasin', 'app', 'online', 'digital', 'studio',
  'studios', 'agency', 'agence', 'club', 'asso', 'association', 'federation', 'fondation', 'foundation',
  'mairie', 'ville', 'region', 'departement', 'prefecture', 'gouvernement', 'ministere', 'police',
  'gendarmerie', 'ecole', 'school', 'universite', 'university', 'lycee', 'musee', 'museum', 'festival',
  'restaurant', 'hotel', 'boulangerie', 'librairie', 'bibliotheque', 'library', 'editions', 'presse',
  'press', 'records', 'productions', 'events', 'community', 'communaute', 'bot', 'labs', 'solutions',
  'consulting', 'immobilier', 'assurance', 'assurances', 'banque', 'bank', 'mutuelle', 'pharmacie', 'clinique',
]);

// Place and scope words that mark a brand's account ("Acme France") but are also first names
// ("France Gall"): they count only after the first word.
const ORG_SUFFIXES = new Set([
  'france', 'fr', 'europe', 'eu', 'uk', 'us', 'usa', 'canada', 'quebec', 'belgique', 'suisse', 'international',
  'global', 'monde', 'world', 'info', 'direct', 'connect', 'pro',
]);

// A display name starting with an article is a title or a brand, not a person: "La Poste", "The Guardian".
const ARTICLES = new Set(['le', 'la', 'les', 'the', 'un', 'une', 'du', 'des', 'a', 'an']);
// A name starting with a lowercase particle is a surname ("de Gaulle").
const PARTICLES = new Set(['de', 'du', 'des', 'd', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della']);

// Emoji, flags, skin tones, joiners and decorative symbols ("🌿", "✨", "★").
const DECORATION = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f\u20e3\p{So}]/gu;
// What comes after these is a tagline, a pronoun or a job: "Camille | CM", "Camille (elle)".
const SEPARATOR = /\s[-–—]\s|[|/·•,;:()[\]{}<>"“”«»–—]/u;
// Scripts where the family name usually comes first: we cannot tell which part to greet.
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

function bare(handle: string): string {
  return fold(handle.trim().replace(/^@/, ''));
}

function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

// "jean-pierre" and "JEAN-PIERRE" both become "Jean-Pierre"; mixed case ("McKenzie") is kept as written.
function capitalise(word: string): string {
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  return word
    .toLowerCase()
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}

export function deriveFirstName(displayName: string | null | undefined, opts: { handle?: string | null } = {}): string | null {
  if (!displayName) return null;
  // NFKC turns "𝐂𝐚𝐦𝐢𝐥𝐥𝐞" and full-width letters into plain ones.
  const cleaned = displayName.normalize('NFKC').replace(DECORATION, ' ').replace(/\s+/g, ' ').trim();
  if (!cleaned || cleaned.startsWith('@')) return null;
  if (opts.handle && fold(cleaned) === bare(opts.handle)) return null;

  const head = cleaned.split(SEPARATOR)[0]?.trim() ?? '';
  if (!head || /\p{N}/u.test(head) || /\.\p{L}{2,}$|www\./iu.test(head)) return null;
  if (FAMILY_FIRST.test(head)) return null;

  let words = head.split(' ').filter((word) => /\p{L}/u.test(word));
  let titled = false;
  while (words.length > 0 && TITLES.has(fold(words[0] ?? '').replace(/\.$/, ''))) {
    words = words.slice(1);
    titled = true;
  }
  // "M. Dupont", "Dr Martin": what follows a title alone is a surname.
  if (titled && words.length < 2) return null;

  const folded = words.map((word) => fold(word).replace(/\.$/, ''));
  if (folded.some((word, i) => ORG_WORDS.has(word) || (i > 0 && ORG_SUFFIXES.has(word)))) return null;
  if (folded[0] !== undefined && (ARTICLES.has(folded[0]) || /^l['’]/.test(folded[0]))) return null;
  // "SNCF", "SNCF Connect", "EDF Pulse": an all-caps first word is an acronym unless the whole name
  // is shouted ("JEAN MARTIN").
  if (words[0] !== undefined && isAllCaps(words[0]) && (words.length === 1 || !words.every(isAllCaps))) return null;

  const first = words[0];
  if (first === undefined || first.length < 2 || first.length > 30) return null;
  // "J.", "J.-P.", "J-P": initials, not a name to greet.
  if (first.includes('.') || !NAME_WORD.test(first) || first.split('-').some((part) => part.length < 2)) return null;
  if (PARTICLES.has(first)) return null;
  if (opts.handle && words.length === 1 && fold(first) === bare(opts.handle)) return null;
  return capitalise(first);
}
