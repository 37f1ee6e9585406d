import { z } from 'zod';
import { SEGMENTS } from '../people/segments';
import { IdSchema, IsoDateTimeSchema, LongTextSchema, ShortTextSchema, SiteSchema, TagsSchema } from './common';

export const SegmentSchema = z.enum(SEGMENTS);

export const InteractionSchema = z.object({
  kind: z.enum(['reply', 'clip', 'tone', 'follow-up']),
  at: IsoDateTimeSchema,
  detail: ShortTextSchema.default(''),
});

export const AuthorSchema = z.object({
  /** `${site}:${handle or profile id}`. */
  id: IdSchema,
  site: SiteSchema,
  key: ShortTextSchema.min(1),
  displayName: ShortTextSchema.default(''),
  firstName: ShortTextSchema.nullable().default(null),
  segment: SegmentSchema.nullable().default(null),
  tags: TagsSchema.default([]),
  note: LongTextSchema.default(''),
  interactions: z.array(InteractionSchema).max(5_000).default([]),
  updatedAt: IsoDateTimeSchema,
});
export type Author = z.infer<typeof AuthorSchema>;
