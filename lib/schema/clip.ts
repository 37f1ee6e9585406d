import { z } from 'zod';
import { HttpsUrlSchema as HttpsUrl, IdSchema, IsoDateTimeSchema, LongTextSchema, ShortTextSchema, SiteSchema, TagsSchema } from './common';

const Count = z.number().int().min(0).nullable();

export const CountsSchema = z.object({
  replies: Count.default(null),
  reposts: Count.default(null),
  likes: Count.default(null),
  views: Count.default(null),
});
export type Counts = z.infer<typeof CountsSchema>;

export const EngagementSampleSchema = CountsSchema.extend({ at: IsoDateTimeSchema });
export type EngagementSample = z.infer<typeof EngagementSampleSchema>;

/** What a site adapter reads off a post element. */
export const PostSchema = z.object({
  site: SiteSchema,
  /** X status id or Facebook post id; the key of everything we store about a post. */
  postId: IdSchema,
  permalink: HttpsUrl.nullable(),
  authorName: ShortTextSchema,
  /** X handle without "@", or a Facebook profile URL. */
  authorHandle: ShortTextSchema.nullable(),
  text: LongTextSchema,
  time: IsoDateTimeSchema.nullable(),
  counts: CountsSchema,
  media: z.array(HttpsUrl).max(20).default([]),
  isReply: z.boolean().default(false),
  isQuote: z.boolean().default(false),
  quotedPostId: IdSchema.nullable().default(null),
});
export type Post = z.infer<typeof PostSchema>;

export const ClipSchema = PostSchema.extend({
  /** `${site}:${postId}`, so saving the same post twice keeps one record. */
  id: IdSchema,
  tags: TagsSchema.default([]),
  competitor: ShortTextSchema.nullable().default(null),
  note: LongTextSchema.default(''),
  samples: z.array(EngagementSampleSchema).max(10_000).default([]),
  savedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Clip = z.infer<typeof ClipSchema>;

export function clipId(site: Post['site'], postId: string): string {
  return `${site}:${postId}`;
}
