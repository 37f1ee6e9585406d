import type { Counts, Post } from '../schema/clip';

/** What an adapter has read, before bounds and validation. */
export type PostDraft = Omit<Post, 'media'> & { media: readonly string[] };

// The schema's bounds (lib/schema/common.ts, lib/schema/clip.ts), repeated here because importing
// them would pull zod into the content scripts; tests/unit/clips/post-bounds.test.ts keeps both
// in step. The background validates every saved post with the schema itself.
export const POST_BOUNDS = { id: 200, short: 500, text: 20_000, url: 2_000, media: 20 } as const;

/** An ISO date-time from a `datetime` attribute or Unix seconds; null when unreadable. */
export function toIso(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An absolute https address within bounds, normalised; null otherwise. */
function httpsUrl(value: string | null): string | null {
  if (!value || !/^https:\/\//iu.test(value)) return null;
  try {
    const href = new URL(value).href;
    return href.startsWith('https://') && href.length <= POST_BOUNDS.url ? href : null;
  } catch {
    // An address the URL parser refuses is not one we can show either.
    return null;
  }
}

/**
 * Media addresses as the page holds them, kept only when already absolute https: a relative
 * or blob: address would not load anywhere but in this tab.
 */
export function httpsOnly(values: Iterable<string | null>): string[] {
  const kept: string[] = [];
  for (const value of values) {
    const href = httpsUrl(value);
    if (href && !kept.includes(href)) kept.push(href);
  }
  return kept.slice(0, POST_BOUNDS.media);
}

const id = (value: string | null): string | null => (value && value.length <= POST_BOUNDS.id ? value : null);
const count = (value: number | null): number | null => (value !== null && Number.isSafeInteger(value) && value >= 0 ? value : null);

function boundCounts(counts: Counts): Counts {
  return { replies: count(counts.replies), reposts: count(counts.reposts), likes: count(counts.likes), views: count(counts.views) };
}

/**
 * Bounds long fields and drops what the schema would refuse; null when the post has no usable
 * id. Cheap hand checks rather than the schema: the background parses every saved post anyway.
 */
export function finishPost(draft: PostDraft): Post | null {
  const postId = id(draft.postId);
  if (!postId) return null;
  return {
    site: draft.site,
    postId,
    permalink: httpsUrl(draft.permalink),
    authorName: draft.authorName.slice(0, POST_BOUNDS.short),
    authorHandle: draft.authorHandle?.slice(0, POST_BOUNDS.short) ?? null,
    text: draft.text.slice(0, POST_BOUNDS.text),
    time: draft.time !== null ? toIso(draft.time) : null,
    counts: boundCounts(draft.counts),
    media: httpsOnly(draft.media),
    isReply: draft.isReply === true,
    isQuote: draft.isQuote === true,
    quotedPostId: id(draft.quotedPostId),
  };
}
