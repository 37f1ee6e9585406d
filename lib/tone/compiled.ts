// Every lexicon list becomes one regex when the module loads, never per call.
import { LETTER } from './chars';
import { compile, compileExact, phraseSource, type Matcher } from './patterns';
import { en } from './lexicon/en';
import { fr } from './lexicon/fr';
import { ACRONYMS, ANGRY_EMOJI, CLAP_EMOJI, IRONY_EMOJI, POSITIVE_EMOJI, SAD_EMOJI, SHORT_SHOUTS } from './lexicon/shared';
import { EN as EN_PROFANITY, FR as FR_PROFANITY, SHARED as SHARED_PROFANITY } from './lexicon/profanity';
import type { Lexicon, PostLexicon, ReplyLexicon } from './lexicon/types';
import type { Lang } from './schema';

type Compiled<T> = { readonly [K in keyof T]: Matcher };

export type CompiledLexicon = {
  readonly lang: Lang;
  readonly negation: RegExp;
  readonly nounNegation: RegExp;
  readonly post: Compiled<PostLexicon> & {
    readonly ironicShortExact: RegExp;
    readonly intensifierLead: RegExp;
    readonly quotableExact: RegExp;
  };
  readonly reply: Compiled<ReplyLexicon>;
  readonly profanityWords: ReadonlySet<string>;
  readonly profanityPhrases: Matcher;
};

function compileAll<T extends Record<string, readonly string[]>>(lists: T): Compiled<T> {
  const out: Partial<Record<keyof T, Matcher>> = {};
  for (const key of Object.keys(lists) as (keyof T)[]) out[key] = compile(lists[key] ?? []);
  return out as Compiled<T>;
}

// A negator up to three words before a phrase flips it: "pas du tout content", "not very happy".
function negationWindow(negators: readonly string[]): RegExp {
  const words = phraseSource(negators);
  return new RegExp(`(?:${words})(?:\\s+(?:${LETTER}|['-])+){0,3}\\s*$`);
}

function build(lex: Lexicon, profanity: { words: readonly string[]; phrases: readonly string[] }): CompiledLexicon {
  const post = compileAll(lex.post);
  const positive = [...lex.post.positive, ...POSITIVE_EMOJI];
  return {
    lang: lex.lang,
    negation: negationWindow(lex.negators),
    nounNegation: new RegExp(`(?:${phraseSource(lex.nounNegators)})\\s+(?:(?:seule?|single|one|un|une|de|d'|real)\\s*)?$`),
    post: {
      ...post,
      positive: compile(positive),
      ironicShortExact: compileExact(lex.post.ironicShort),
      intensifierLead: new RegExp(`^(?:(?:${phraseSource(lex.post.intensifiers)})\\s+)+`),
      quotableExact: compileExact(lex.post.quotableClaims),
    },
    reply: compileAll(lex.reply),
    profanityWords: new Set([...profanity.words, ...SHARED_PROFANITY.words]),
    profanityPhrases: compile([...profanity.phrases, ...SHARED_PROFANITY.phrases]),
  };
}

export const LEXICONS: Readonly<Record<Lang, CompiledLexicon>> = {
  fr: build(fr, FR_PROFANITY),
  en: build(en, EN_PROFANITY),
};

export const EMOJI = {
  angry: compile(ANGRY_EMOJI),
  sad: compile(SAD_EMOJI),
  irony: compile(IRONY_EMOJI),
  clap: compile(CLAP_EMOJI),
};

export const ACRONYM_SET: ReadonlySet<string> = new Set(ACRONYMS);
export const SHORT_SHOUT_SET: ReadonlySet<string> = new Set(SHORT_SHOUTS);

/** Every profane word of both languages, for masked spellings ("f***", "p*tain"). */
export const ALL_PROFANITY: readonly string[] = [
  ...new Set([...SHARED_PROFANITY.words, ...FR_PROFANITY.words, ...EN_PROFANITY.words]),
];
