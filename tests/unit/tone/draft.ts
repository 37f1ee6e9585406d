import { analyze, type Hint, type HintId, type ToneInput } from '../../../lib/tone';

export type Draft = Partial<Omit<ToneInput, 'brand' | 'author'>> & {
  brand?: Partial<ToneInput['brand']>;
  author?: Partial<ToneInput['author']>;
};

export function input(draft: Draft): ToneInput {
  return {
    post: draft.post ?? '',
    reply: draft.reply ?? '',
    platform: draft.platform ?? 'facebook',
    ...(draft.lang ? { lang: draft.lang } : {}),
    brand: { name: 'Acme', register: 'vous', ...draft.brand },
    author: { firstName: null, ...draft.author },
  };
}

export function hintsOf(draft: Draft): Hint[] {
  return analyze(input(draft));
}

export function idsOf(draft: Draft): HintId[] {
  return hintsOf(draft).map((h) => h.id);
}

export function hintFor(draft: Draft, id: HintId): Hint | undefined {
  return hintsOf(draft).find((h) => h.id === id);
}
