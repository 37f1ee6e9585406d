import { z } from 'zod';
import { MAX_FILTER_BITS } from '../id-filter';

// Bounds keep one hostile record from filling the disk or freezing a list; they are far above real use.
export const MAX_TEXT = 20_000;
export const MAX_SHORT = 500;
export const MAX_TAGS = 50;

export const IdSchema = z.string().min(1).max(200);
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
/** A calendar day in the user's time zone, YYYY-MM-DD. */
export const DaySchema = z.iso.date();
export const ShortTextSchema = z.string().max(MAX_SHORT);
export const LongTextSchema = z.string().max(MAX_TEXT);
/** Post, media and profile addresses: https only, so a stored link never opens a script or a file. */
export const HttpsUrlSchema = z.url({ protocol: /^https$/ }).max(2_000);
export const TagsSchema = z.array(z.string().trim().min(1).max(100)).max(MAX_TAGS);
export const LangSchema = z.enum(['fr', 'en']);
export const SiteSchema = z.enum(['x', 'facebook']);
export const PlatformSchema = z.enum(['x', 'facebook', 'any']);

/** A Bloom filter of a store's ids, as lib/id-filter.ts sends it. */
export const IdFilterSchema = z.object({
  bits: z.number().int().min(64).max(MAX_FILTER_BITS).multipleOf(8),
  probes: z.number().int().min(1).max(16),
  data: z.base64(),
}).strict();

export type Lang = z.infer<typeof LangSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type Platform = z.infer<typeof PlatformSchema>;
