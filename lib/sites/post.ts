import { PostSchema, type Post } from '../schema/clip';
import { MAX_SHORT, MAX_TEXT } from '../schema/common';

/** What an adapter has read, before bounds and validation. */
export type PostDraft = Omit<Post, 'media'> & { media: readonly string[] };

/** An ISO date-time from a `datetime` attribute or Unix seconds; null when unreadable. */
export function toIso(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Media addresses as the page holds them, kept only when already absolute https: a relative
 * or blob: address would not load anywhere but in this tab.
 */
export function httpsOnly(values: Iterable<string | null>): string[] {
  const kept: string[] = [];
  for (const value of values) {
    if (!value || !/^https:\/\//iu.test(value) || kept.includes(value)) continue;
    try {
      kept.push(new URL(value).href);
    } catch {
      // An address the URL parser refuses is not one we can show either.
    }
  }
  return kept.slice(0, 20);
}

/** Bounds long fields and validates; null rather than an invalid record. */
export function finishPost(draft: PostDraft): Post | null {
  const result = PostSchema.safeParse({
    ...draft,
    authorName: draft.authorName.slice(0, MAX_SHORT),
    authorHandle: draft.authorHandle?.slice(0, MAX_SHORT) ?? null,
    text: draft.text.slice(0, MAX_TEXT),
    media: [...draft.media],
  });
  return result.success ? result.data : null;
}
