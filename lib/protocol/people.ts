import { z } from 'zod';
import { AuthorSchema, InteractionSchema, SegmentSchema } from '../schema/author';
import { IdFilterSchema, IdSchema, LongTextSchema, ShortTextSchema, SiteSchema, TagsSchema } from '../schema/common';
import type { ProtocolPart } from './types';

/** Authors a content script asks about in one frame; a tall window holds a few dozen. */
const MAX_BATCH = 500;
/** The People view works on everyone at once (merge, delete, export). */
const MAX_IDS = 100_000;
/** The card shows the last few interactions; the whole timeline stays in the background. */
export const CARD_INTERACTIONS = 5;

/** What a content script gets back per person: the record with only its latest interactions. */
export const PersonCardSchema = AuthorSchema.extend({
  interactionCount: z.number().int().min(0),
  /** From the whole timeline, which the card does not get. */
  suggestedSegment: SegmentSchema.nullable(),
});
export type PersonCard = z.infer<typeof PersonCardSchema>;

/**
 * What the CM sets, from the card or the People view; absent fields are kept. `interactions`
 * replaces the whole timeline and is only sent by Undo after a delete (re-upsert).
 */
export const PersonUpsertSchema = z.object({
  site: SiteSchema,
  key: ShortTextSchema.trim().min(1),
  displayName: ShortTextSchema.optional(),
  firstName: ShortTextSchema.trim().nullable().optional(),
  segment: SegmentSchema.nullable().optional(),
  tags: TagsSchema.optional(),
  note: LongTextSchema.optional(),
  addInteraction: InteractionSchema.optional(),
  interactions: z.array(InteractionSchema).max(5_000).optional(),
}).strict();
export type PersonUpsert = z.infer<typeof PersonUpsertSchema>;

const Ids = z.array(IdSchema).max(MAX_IDS);

/** Messages of the people domain; spread into the protocol map in lib/messages.ts. */
export const peopleProtocol = {
  // One message per frame for every new author on the page; unknown ids are simply absent.
  'people/get-many': {
    from: ['content', 'page'],
    request: z.object({ ids: z.array(IdSchema).max(MAX_BATCH) }).strict(),
    response: z.object({ people: z.array(PersonCardSchema) }),
  },
  // Every person on record, as a Bloom filter (lib/id-filter.ts): the tab asks people/get-many
  // only about the authors it lets through.
  'people/filter': { from: ['content'], request: z.object({}).strict(), response: IdFilterSchema },
  'people/upsert': { from: ['content', 'page'], request: PersonUpsertSchema, response: PersonCardSchema },
  'people/list': { from: ['page'], request: z.object({}).strict(), response: z.object({ people: z.array(AuthorSchema) }) },
  // Returns the deleted records whole, so Undo can upsert them back as they were.
  'people/delete': { from: ['page'], request: z.object({ ids: Ids.min(1) }).strict(), response: z.object({ deleted: z.array(AuthorSchema) }) },
  'people/merge': {
    from: ['page'],
    request: z.object({ from: IdSchema, into: IdSchema }).strict().refine((r) => r.from !== r.into, { message: 'from and into must differ' }),
    response: z.object({ person: AuthorSchema }),
  },
} as const satisfies ProtocolPart;

/** Who a reply went to, sent with templates/used so the person's timeline shows it. */
export const ReplyAuthorSchema = z.object({ site: SiteSchema, key: ShortTextSchema.trim().min(1), name: ShortTextSchema }).strict();
