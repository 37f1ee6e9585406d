// A saved post on its author's timeline ("their posts the CM saved", issue #8).

import type { PersonUpsert } from '../protocol/people';
import type { Post } from '../schema/clip';
import { personKey } from './person-key';

/** The card gives each interaction one line: the post's first words are enough to recognise it. */
const EXCERPT = 100;

function excerpt(text: string): string {
  const chars = Array.from(text.replace(/\s+/gu, ' ').trim());
  // By code point, so an emoji is never cut in half.
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT - 1).join('')}…` : chars.join('');
}

/**
 * The person upsert a first save of `post` makes: one `clip` interaction, keyed by the post, on
 * the author keyed as the people marker keys them (personKey of the adapter's authorHandle).
 * Only the name comes from the page; segment, tags and note stay the CM's to set. Null when the
 * post does not say who wrote it: a timeline no one can find is not worth a record.
 */
export function savedPostUpsert(post: Post, at: string): PersonUpsert | null {
  const key = personKey(post.site, post.authorHandle);
  if (!key) return null;
  return {
    site: post.site,
    key,
    displayName: post.authorName,
    addInteraction: {
      kind: 'clip',
      at,
      // A photo or a video without text is named by its address.
      detail: excerpt(post.text) || excerpt(post.permalink ?? post.postId),
      post: { site: post.site, postId: post.postId, permalink: post.permalink },
    },
  };
}
