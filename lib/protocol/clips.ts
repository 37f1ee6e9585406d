import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../backup/format';
import { ClipSchema, CountsSchema, EngagementSampleSchema, PostSchema } from '../schema/clip';
import { IdFilterSchema, IdSchema, IsoDateTimeSchema, LongTextSchema, ShortTextSchema, SiteSchema, TagsSchema } from '../schema/common';
import type { ProtocolPart } from './types';

/** Posts a content script asks about in one frame; a tall window holds a few dozen. */
const MAX_BATCH = 500;
/** The library works on every clip at once (select all, delete, tag). */
const MAX_IDS = 200_000;

/** What the CM may set when saving or editing: every field optional, absent means "keep". */
export const ClipDetailsSchema = z.object({
  tags: TagsSchema.optional(),
  competitor: ShortTextSchema.trim().nullable().optional(),
  note: LongTextSchema.optional(),
}).strict();
export type ClipDetails = z.infer<typeof ClipDetailsSchema>;

export const SaveClipRequestSchema = z.object({ post: PostSchema, details: ClipDetailsSchema.default({}) }).strict();
export type SaveClipRequest = z.infer<typeof SaveClipRequestSchema>;

/**
 * A clip as the library lists it: everything but the sample history, which can reach thousands
 * of entries per clip; the first sample is enough to show growth (first → latest).
 */
export const ClipSummarySchema = ClipSchema.omit({ samples: true }).extend({
  first: EngagementSampleSchema.nullable(),
  sampleCount: z.number().int().min(0),
});
export type ClipSummary = z.infer<typeof ClipSummarySchema>;

/** Where the newest-first listing stopped: the last clip's savedAt and id. */
export const ListCursorSchema = z.object({ savedAt: IsoDateTimeSchema, id: IdSchema }).strict();
export type ListCursor = z.infer<typeof ListCursorSchema>;

export const ClipsBackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoDateTimeSchema,
  clips: z.array(ClipSchema),
});
export type ClipsBackup = z.infer<typeof ClipsBackupSchema>;

const Ids = z.array(IdSchema).max(MAX_IDS);

/** Messages of the clips domain; spread into the protocol map in lib/messages.ts. */
export const clipsProtocol = {
  // Saving twice keeps one record (id = site:postId) and appends an engagement sample; only the
  // first save puts the post on its author's timeline (lib/people/saved-post.ts).
  'clips/save': { from: ['content', 'page'], request: SaveClipRequestSchema, response: ClipSummarySchema },
  // One message per frame for every post that came into view: which of them are saved.
  'clips/state': {
    from: ['content'],
    request: z.object({ site: SiteSchema, postIds: z.array(IdSchema).max(MAX_BATCH) }).strict(),
    response: z.object({ saved: z.array(IdSchema) }),
  },
  // Which posts of the site are saved, as a Bloom filter (lib/id-filter.ts): the tab asks
  // clips/state only about the posts it lets through.
  'clips/saved-filter': { from: ['content'], request: z.object({ site: SiteSchema }).strict(), response: IdFilterSchema },
  // Counts seen again in the feed for saved posts; at most one sample per post per hour is kept.
  'clips/samples': {
    from: ['content'],
    request: z.object({ site: SiteSchema, samples: z.array(z.object({ postId: IdSchema, counts: CountsSchema }).strict()).max(MAX_BATCH) }).strict(),
    response: z.object({ recorded: z.number().int() }),
  },
  // Newest first, a page at a time, so the first rows show before the whole library is read.
  'clips/list': {
    from: ['page'],
    request: z.object({ after: ListCursorSchema.nullable().default(null), limit: z.number().int().min(1).max(10_000) }).strict(),
    response: z.object({ clips: z.array(ClipSummarySchema), next: ListCursorSchema.nullable() }),
  },
  'clips/update': {
    from: ['page'],
    request: z.object({ ids: Ids.min(1), set: ClipDetailsSchema.default({}), addTags: TagsSchema.default([]) }).strict(),
    response: z.object({ clips: z.array(ClipSummarySchema) }),
  },
  // Returns the deleted records whole, so Undo can put them back as they were.
  'clips/delete': { from: ['page'], request: z.object({ ids: Ids.min(1) }).strict(), response: z.object({ deleted: z.array(ClipSchema) }) },
  'clips/restore': { from: ['page'], request: z.object({ clips: z.array(ClipSchema).max(MAX_IDS) }).strict(), response: z.object({ clips: z.array(ClipSummarySchema) }) },
  // The backup format with clips only; no ids means every clip.
  'clips/export': { from: ['page'], request: z.object({ ids: Ids.optional() }).strict(), response: ClipsBackupSchema },
} as const satisfies ProtocolPart;
