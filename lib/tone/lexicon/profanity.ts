// Swear words and vulgarity a brand must not write in a public reply.
//
// Curated from "List of Dirty, Naughty, Obscene, and Otherwise Bad Words" (LDNOOBW),
// https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words
// (files `fr` and `en`, commit 5faf2ba, July 2020), © Shutterstock, Inc. and contributors,
// licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changes: kept the
// swearing and insults a CM could plausibly type; dropped sexual vocabulary, words with an
// everyday sense ("folle", "gerbe", "baiser", "cul-de-sac", "bite" in English) and slurs we flag
// through other lists; added inflections and everyday masked spellings (f***, p*tain, sh*t).
//
// Matching is on whole words of the folded text, so "contacter", "conseiller", "Scunthorpe" or
// "assistance" never match. Mild interjections (zut, mince, oops) are deliberately absent.

export type ProfanityList = {
  /** Single words, folded (lower case, no accents). */
  readonly words: readonly string[];
  /** Multi-word expressions, in the phrase syntax of ../patterns.ts. */
  readonly phrases: readonly string[];
};

/** Words no brand reply should hold in either language, so they are checked in both. */
export const SHARED: ProfanityList = {
  words: [
    'fuck', 'fucks', 'fucked', 'fucker', 'fuckers', 'fucking', 'fuckin', 'motherfucker', 'motherfucking', 'clusterfuck',
    'shit', 'shits', 'shitty', 'bullshit', 'wtf', 'stfu', 'merde', 'merdes', 'putain', 'ptain', 'fdp', 'ntm',
  ],
  phrases: ['🖕'],
};

export const FR: ProfanityList = {
  words: [
    'bordel', 'chier', 'chiant', 'chiante', 'chiants', 'chiantes', 'chiotte', 'chiottes', 'con', 'conne', 'connes', 'connard',
    'connards', 'connasse', 'connasses', 'couilles', 'couillon', 'couillons', 'emmerder', 'emmerde', 'emmerdes', 'emmerdant',
    'emmerdante', 'emmerdeur', 'emmerdeuse', 'encule', 'enculee', 'encules', 'enculer', 'enfoire', 'enfoiree', 'enfoires',
    'foutre', 'foutu', 'foutue', 'foutus', 'foutues', 'merdique', 'merdiques', 'merdeux', 'merdeuse', 'pute', 'putes', 'salaud',
    'salauds', 'salope', 'salopes', 'niquer', 'nique', 'petasse', 'pouffiasse', 'bite', 'bites', 'trouduc',
    'pede', 'pedes', 'gouine', 'branleur', 'branleurs', 'branleuse', 'merdier', 'chier', 'ptn', 'tg',
  ],
  phrases: [
    'fils de pute', 'fille de pute', 'ta gueule', 'ferme ta gueule', 'vos gueules', 'ta race', 'trou du cul', "m'en fous",
    "s'en fout", "on s'en fout", "je m'en bats les couilles", 'fait chier', 'fais chier', 'faire chier', 'nique ta mere',
  ],
};

export const EN: ProfanityList = {
  words: [
    'ass', 'asses', 'asshole', 'assholes', 'arse', 'arsehole', 'arseholes', 'bastard', 'bastards', 'bitch', 'bitches', 'bitching',
    'bollocks', 'crap', 'crappy', 'cunt', 'cunts', 'damn', 'dammit', 'damned', 'goddamn', 'goddamnit', 'dickhead', 'dickheads',
    'piss', 'pissed', 'pissing', 'shite', 'horseshit', 'apeshit', 'slut', 'sluts', 'whore', 'whores', 'twat', 'twats', 'wanker',
    'wankers', 'tosser', 'tossers', 'prick', 'pricks', 'ffs', 'jackass', 'dipshit', 'bullcrap', 'douchebag', 'fag', 'faggot',
    'nigger', 'nigga', 'retarded',
  ],
  phrases: ['piece of shit', 'god damn', 'son of a bitch', 'screw you', 'pissed off', 'kiss my ass'],
};
