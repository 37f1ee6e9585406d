import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, LangSchema, LongTextSchema, PlatformSchema, ShortTextSchema, TagsSchema } from './common';

export const TemplateSchema = z.object({
  id: IdSchema,
  title: ShortTextSchema.trim().min(1),
  body: LongTextSchema.min(1),
  tags: TagsSchema.default([]),
  lang: LangSchema.default('fr'),
  platforms: z.array(PlatformSchema).min(1).max(3).default(['any']),
  /** Brand id; null means the template serves every brand. */
  brand: IdSchema.nullable().default(null),
  /** Word typed after `/` to expand the template in place. */
  shortcut: z.string().regex(/^[\p{L}\p{N}_-]{1,40}$/u).nullable().default(null),
  /** Starter templates are marked so the CM knows they are examples to adapt. */
  example: z.boolean().default(false),
  usage: z.object({ count: z.number().int().min(0).default(0), lastUsedAt: IsoDateTimeSchema.nullable().default(null) }).default({ count: 0, lastUsedAt: null }),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Template = z.infer<typeof TemplateSchema>;
