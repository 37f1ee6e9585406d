import { z } from 'zod';
import { SEGMENTS } from '../people/segments';
import { HttpsUrlSchema, IdSchema, IsoDateTimeSchema, LongTextSchema, ShortTextSchema, SiteSchema, TagsSchema } from './common';

export const SegmentSchema = z.enum(SEGMENTS);

/**
 * The post an interaction was about. Its own site, because a merge can join timelines from
 * X and Facebook; its id, because a post counts once on a timeline however often it is saved.
 */
export const InteractionPostSchema = z.object({
  site: SiteSchema,
  postId: IdSchema,
  permalink: HttpsUrlSchema.nullable().default(null),
});

export const InteractionSchema = z.object({
  kind: z.enum(['reply', 'clip', 'tone', 'follow-up']),
  at: IsoDateTimeSchema,
  /** What the card and the People view show after the kind: a template's title, a post's first words. */
  detail: ShortTextSchema.default(''),
  post: InteractionPostSchema.optional(),
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
