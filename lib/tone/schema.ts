import { z } from 'zod';

// The catalogue's ids, in the order the panel lists them: what the post says, then the reply's
// good signs and warnings, then what only post and reply together can tell.
export const HINT_IDS = [
  'in.upset',
  'in.hostile',
  'in.sarcasm',
  'in.question',
  'in.praise',
  'in.escalation',
  'rep.empathy',
  'rep.dm_invite',
  'rep.defensive',
  'rep.personal_data_public',
  'rep.canned',
  'rep.salesy',
  'rep.shouting',
  'rep.excess_punct',
  'rep.emoji_overuse',
  'rep.too_long',
  'rep.tu_vous_mix',
  'rep.profanity',
  'rep.slang',
  'ctx.missing_empathy',
  'ctx.missing_next_step',
  'ctx.use_name',
  'ctx.register',
  'ctx.sarcasm_literal',
] as const;

export const HintIdSchema = z.enum(HINT_IDS);
export const SeveritySchema = z.enum(['info', 'suggest', 'warn']);
export const LangSchema = z.enum(['fr', 'en']);
export const PlatformSchema = z.enum(['x', 'facebook']);
export const RegisterSchema = z.enum(['vous', 'tu']);

export const ToneInputSchema = z.object({
  post: z.string(),
  reply: z.string(),
  /** Language of the texts; detected per text when absent. */
  lang: LangSchema.optional(),
  platform: PlatformSchema,
  brand: z.object({ name: z.string(), register: RegisterSchema }),
  author: z.object({ name: z.string().optional(), firstName: z.string().nullable() }),
});

/** Offsets in the reply, end exclusive, in UTF-16 code units (what the composer's DOM ranges use). */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const HintSchema = z.object({
  id: HintIdSchema,
  severity: SeveritySchema,
  /** The words that triggered the hint, quoted from the post or the reply. */
  reason: z.string(),
  /** Where those words are in the reply, for the UI to underline; absent for hints about the post. */
  span: SpanSchema.optional(),
});

export type HintId = z.infer<typeof HintIdSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Lang = z.infer<typeof LangSchema>;
export type Platform = z.infer<typeof PlatformSchema>;
export type Register = z.infer<typeof RegisterSchema>;
export type ToneInput = z.infer<typeof ToneInputSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Hint = z.infer<typeof HintSchema>;

export const SEVERITY: Readonly<Record<HintId, Severity>> = {
  'in.upset': 'info',
  'in.hostile': 'warn',
  'in.sarcasm': 'info',
  'in.question': 'info',
  'in.praise': 'info',
  'in.escalation': 'warn',
  'rep.empathy': 'info',
  'rep.dm_invite': 'info',
  'rep.defensive': 'warn',
  'rep.personal_data_public': 'warn',
  'rep.canned': 'suggest',
  'rep.salesy': 'warn',
  'rep.shouting': 'warn',
  'rep.excess_punct': 'suggest',
  'rep.emoji_overuse': 'suggest',
  'rep.too_long': 'warn',
  'rep.tu_vous_mix': 'warn',
  'rep.profanity': 'warn',
  'rep.slang': 'suggest',
  'ctx.missing_empathy': 'suggest',
  'ctx.missing_next_step': 'suggest',
  'ctx.use_name': 'info',
  'ctx.register': 'suggest',
  'ctx.sarcasm_literal': 'warn',
};
