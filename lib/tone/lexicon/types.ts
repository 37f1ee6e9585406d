// The shape every language's lexicon fills in. Each list holds phrases in the syntax described
// in ../patterns.ts; adding a phrase never needs a change to the engine.

export type PostLexicon = {
  /** Set phrases that look negative but are not ("pas de souci", "no problem"): ignored. */
  neutral: readonly string[];
  /** Courtesy that is not praise or blame ("merci d'avance", "sorry to bother you"): ignored. */
  politeness: readonly string[];
  /** Praise said through a negation or slang ("pas mal", "not bad", "une tuerie"). */
  praiseIdioms: readonly string[];
  /** Compliments; negated ("pas content", "not happy") they count as a complaint. */
  positive: readonly string[];
  /** Thanks, which alone in a question is courtesy, not praise. */
  thanks: readonly string[];
  /** Feelings and judgements of a complaint; negated ("pas déçu") they count for nothing. */
  negative: readonly string[];
  /**
   * Astonishment that can go either way ("choqué", "j'hallucine", "speechless"): amazed in a
   * post full of praise, appalled otherwise. Counts as a complaint only when nothing in the post
   * is a compliment.
   */
  astonishment: readonly string[];
  /**
   * Bare repetition ("deuxième fois", "third time this week"): a complaint, unless something in the
   * post is a compliment ("deuxième fois que je commande, j'adore").
   */
  repetition: readonly string[];
  /** Facts of a complaint: delays, breakage, silence, money taken. */
  problems: readonly string[];
  /** The writer speaking of themself; a problem noun in a question without it is a general question. */
  firstPerson: readonly string[];
  /** Problem nouns that a preceding "sans", "aucun", "no more" cancels ("sans coupure"). */
  problemNouns: readonly string[];
  /** Indignation, often as a rhetorical question ("vous osez", "are you serious"). */
  indignation: readonly string[];
  /** Words saying a problem is over ("réglé", "fixed"): a problem noun next to them is no complaint. */
  resolved: readonly string[];
  /** Insults, name-calling, accusations, calls to fire people. */
  hostile: readonly string[];
  /** Sarcasm that needs no context ("merci pour rien", "thanks for nothing"). */
  sarcasm: readonly string[];
  /** Mock praise opening a sentence about a problem ("Génial,", "Oh great,"). */
  ironicOpeners: readonly string[];
  /** A sentence made only of praise, which after a problem reads as irony ("Sympa.", "Lovely."). */
  ironicShort: readonly string[];
  /** Words that only intensify a short sentence ("vraiment", "really"), skipped before comparing. */
  intensifiers: readonly string[];
  /** Claims customers put in scare quotes when they did not hold ('fresh', « imperméable »). */
  quotableClaims: readonly string[];
  /** Question forms that expect no answer ("c'est une blague ?", "are you kidding"). */
  rhetorical: readonly string[];
  /** Questions asked without a question mark ("je voudrais savoir", "any update"). */
  questionForms: readonly string[];
  /** Threats that need no verb ("porter plainte", "chargeback", "je résilie"). */
  escalation: readonly string[];
  /** Who a customer threatens to bring in: press, regulator, court. */
  escalationTargets: readonly string[];
  /** The verbs that turn a target into a threat ("j'écris à", "I'm reporting you to"). */
  escalationActions: readonly string[];
  /** Words that make a mention something other than a threat ("presque", "almost", "article"). */
  escalationHedges: readonly string[];
  /** Contrast that separates praise from a small gripe ("par contre", "but"). */
  contrast: readonly string[];
  /** Asking about prices or offers ("une réduc ?", "how much"): an offer in the reply then answers it. */
  offerTopics: readonly string[];
};

export type ReplyLexicon = {
  /** Words of understanding or a personal apology. */
  empathy: readonly string[];
  /** Stock apologies ("désolés pour la gêne occasionnée"): neither empathy nor its absence. */
  formulaicApology: readonly string[];
  /** Phrases that cancel an apology word ("pas besoin d'être désolée"). */
  empathyBlockers: readonly string[];
  /** Moving the conversation to private messages. */
  dmInvite: readonly string[];
  /** Phrases that turn a DM mention into its opposite ("pas besoin de", "no need to"). */
  dmBlockers: readonly string[];
  /** Personal data a brand must not collect in a public thread. */
  dataNouns: readonly string[];
  /** Asking the customer to give something in the thread. */
  dataRequests: readonly string[];
  /** Safe channels that make a data request fine (client area, app, DM). */
  dataSafeChannels: readonly string[];
  /** Warnings about data ("ne communiquez jamais", "don't post"). */
  dataWarnings: readonly string[];
  /** Customer-service boilerplate. */
  canned: readonly string[];
  /** Offers, upgrades and promotions. */
  salesy: readonly string[];
  /** Refunds and compensation, which are not sales. */
  compensation: readonly string[];
  /** Justifying, denying, shifting the blame. */
  defensive: readonly string[];
  /** Pointing to the terms, the FAQ or a guide: defensive only in answer to a complaint. */
  referral: readonly string[];
  /** Owning the fault or reassuring, which cancels a defensive reading. */
  owning: readonly string[];
  /** Taking a message at face value: thanks for the feedback, glad you liked it. */
  literalThanks: readonly string[];
  /** Chat shorthand and slang unfit for a brand. */
  slang: readonly string[];
  /** A concrete next step: what happens, when, what to do, or a direct answer. */
  nextStep: readonly string[];
};

export type Lexicon = {
  readonly lang: 'fr' | 'en';
  /** Words that flip the meaning of the next two or three words. */
  readonly negators: readonly string[];
  /** Words that cancel the problem noun right after them ("sans coupure", "no more lag"). */
  readonly nounNegators: readonly string[];
  readonly post: PostLexicon;
  readonly reply: ReplyLexicon;
};
