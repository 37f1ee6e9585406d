// French forms of address. Tutoiement and vouvoiement are recognised by pronouns, possessives and
// imperatives; the lists below are what the engine needs to stay sure of itself.

/** Tu pronouns and possessives, as whole words ("t'" is matched separately: t'envoie, t'inquiète). */
// "tiens"/"tienne" are left out: "je vous tiens informé" is the speaker's verb, not tutoiement.
export const TU_WORDS = ['tu', 'te', 'toi', 'ton', 'ta', 'tes'];

/** Singular-or-plural vous words; a plural marker in the reply makes them unsure. */
export const VOUS_WORDS = ['vous', 'votre', 'vos', 'votres'];

/** "ton" after these is the noun (tone), not the possessive: "le ton de votre message". */
export const TON_NOUN_BEFORE = ['le', 'un', 'du', 'ce', 'quel', 'bon', 'meme', 'au', 'mauvais', 'sur', 'de ton', 'changer de'];

/** Irregular vous imperatives that do not end in -ez ("dites-le-nous", "faites-nous signe"). */
export const VOUS_IMPERATIVES = ['dites', 'faites', 'etes'];

/** Words ending in -ez that are not verbs. */
export const EZ_NOT_VERBS = ['chez', 'assez', 'nez', 'rez', 'lez', 'pez', 'fez', 'jerez'];

/**
 * Markers that vous addresses a group: "vous six", "vous toutes", "à vous deux". With one of these
 * in the reply, its vous forms may all be plural, so none is counted as singular.
 */
export const PLURAL_MARKERS = [
  'vous (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|#|tous|toutes|autres|ensemble)',
  'vous ~ (tous|toutes|nombreux|nombreuses|ensemble)', 'toutes et tous', 'tous et toutes', 'a tous', 'a toutes',
  "chacune? d'entre vous", "chacune? de vous", 'les (filles|gars|amis|amies|copains|copines|equipes?|enfants|parents|familles)',
  "toute l'equipe", 'toute la (famille|team|bande|troupe)', 'mesdames', 'messieurs', 'bonjour a tous', 'salut a tous',
  'vous etes (tous|toutes|nombreux|nombreuses)', 'chers (clients|membres|abonnes|amis)', 'chere communaute',
];

/**
 * Tu imperatives a reply uses to tell the reader what to do ("Garde ton ticket", "Vide le cache").
 * They count only at the start of a clause, where no subject can stand before them ("il reste deux
 * places" is no order), and a final "é" in the original makes them participles ("Passé ce délai").
 * Words that are also common nouns at a clause start ("Demande", "Note", "Vide") are left out.
 */
export const TU_IMPERATIVES = [
  "reste(?!\\s+(a|que|qu'|encore)(?!\\p{L}))", 'regarde', 'envoie', 'ecris', 'dis', 'fais', 'viens', "passe(?!\\s+encore)",
  'essaie', 'essaye', 'reessaie', 'reessaye', 'verifie', 'clique', 'tape', 'choisis', 'ouvre', 'ferme', 'redemarre',
  'supprime', 'desinstalle', 'reinstalle', 'debranche', 'rebranche', 'patiente', 'attends', 'actualise', 'coche',
  'decoche', 'saisis', 'renseigne', 'scanne', 'modifie', 'ajoute', 'retire', 'efface', 'telecharge', 'signale',
  'remplis', 'imprime', 'depose', 'mets', 'prends', 'garde', 'conserve', 'profite', 'decouvre', 'teste', 'contacte',
  'appelle', 'rappelle', 'jette', 'rejoins', 'consulte', 'active', 'desactive', 'installe', 'presente', 'montre',
  'rapporte', 'renvoie', 'retourne', 'pense (a|bien a)', "n'oublie pas", 'sois', 'aie', 'relis', 'lis', 'indique',
  'precise', 'recommence', 'relance', 'continue', 'eteins', 'allume', 'rallume', 'laisse', 'donne', 'reponds', 'sache',
  'ecoute', 'va (sur|dans|voir|jeter|a|au|aux|en|chez)', 'change (de|d\'|ton|ta|tes|le|la|les)', 'compte sur',
];

/** Words that may open a clause before an imperative: "et supprime", "puis redémarre". */
export const CLAUSE_OPENERS = ['et', 'puis', 'alors', 'ensuite', 'sinon', 'donc', 'juste', 'simplement', 'stp', 'bref', 'aussi', 'surtout', 'vite'];

/** -ez forms that are courtesy or set phrases, not a step to follow ("Veuillez agréer", "Sachez que"). */
export const EZ_NOT_STEPS = ['veuillez', 'sachez', 'excusez', 'pardonnez', 'croyez', 'agreez', 'recevez', 'imaginez', 'avouez', 'hesitez'];

/** -ez and -ons forms that open a question when followed by "-vous"/"-nous" ("Pouvez-vous…?"). */
export const QUESTION_STEMS = ['pouvez', 'voulez', 'avez', 'etes', 'savez', 'souhaitez', 'auriez', 'pourriez', 'voudriez', 'seriez', 'connaissez', 'desirez'];

/** Words before "-là" that make it "there", not the pronoun: "celle-là", "ce jour-là". */
export const LA_NOT_PRONOUN = ['celle', 'celui', 'ceux', 'celles', 'jour', 'fois', 'moment', 'heure', 'soir', 'matin', 'cas', 'epoque', 'annee', 'semaine', 'nuit', 'coup', 'point', 'temps'];
