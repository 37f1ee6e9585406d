import { z } from 'zod';
import { IdSchema, LangSchema, LongTextSchema, ShortTextSchema } from './common';

export const RegisterSchema = z.enum(['vous', 'tu']);

export const BrandSchema = z.object({
  id: IdSchema,
  name: ShortTextSchema.trim().min(1),
  lang: LangSchema.default('fr'),
  /** The brand's French voice: formal "vous" or informal "tu". */
  register: RegisterSchema.default('vous'),
  signature: ShortTextSchema.default(''),
});
export type Brand = z.infer<typeof BrandSchema>;

export const SettingsBaseSchema = z.object({
  /** 'auto' follows the browser's language. */
  uiLang: z.enum(['auto', 'fr', 'en']).default('auto'),
  theme: z.enum(['auto', 'light', 'dark']).default('auto'),
  /** Hour (0–23, local) at which today's checklist starts over. */
  dayStartHour: z.number().int().min(0).max(23).default(4),
  brands: z.array(BrandSchema).min(1).max(50),
  activeBrandId: IdSchema,
  /** Name the CM signs with, for {{me.name}}. */
  myName: ShortTextSchema.default(''),
  /** Handles and pages of competitors, to tag saved posts. */
  watchList: z.array(z.object({ handle: ShortTextSchema.min(1), competitor: ShortTextSchema.min(1) })).max(1_000).default([]),
  /** Terms highlighted on posts in the page. */
  watchTerms: z.array(ShortTextSchema.min(1)).max(500).default([]),
  /** Tone hint ids the CM asked not to see again. */
  mutedHints: z.array(ShortTextSchema).max(100).default([]),
  notes: LongTextSchema.default(''),
});

export const SettingsSchema = SettingsBaseSchema.refine((s) => s.brands.some((b) => b.id === s.activeBrandId), { message: 'activeBrandId must name one of the brands', path: ['activeBrandId'] })
  .refine((s) => new Set(s.brands.map((b) => b.id)).size === s.brands.length, { message: 'brand ids must be unique', path: ['brands'] });
export type Settings = z.infer<typeof SettingsSchema>;
