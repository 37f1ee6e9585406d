// A person's timeline: what the CM did with them, oldest first, each thing once. Shared by the
// upsert (one interaction appended), the merge (two timelines joined) and the clip save.

import type { Interaction } from './segment';

const MAX_INTERACTIONS = 5_000;

/**
 * What makes two entries the same thing. A post counts once per kind, whenever it happened: the
 * CM saving a post again, or saving it after deleting it from the library, saved it once. Other
 * entries are the same when kind, time and detail are, so a message delivered twice is one entry.
 */
function identity(i: Interaction): string {
  return i.post ? `${i.kind}|post|${i.post.site}:${i.post.postId}` : `${i.kind}|${i.at}|${i.detail}`;
}

function hasInteraction(timeline: readonly Interaction[], interaction: Interaction): boolean {
  const id = identity(interaction);
  return timeline.some((i) => identity(i) === id);
}

/** `timeline` with `interaction` added in time order, or `timeline` itself when it already holds it. */
export function appendInteraction(timeline: Interaction[], interaction: Interaction): Interaction[] {
  if (hasInteraction(timeline, interaction)) return timeline;
  return cap(byTime([...timeline, interaction]));
}

/** Several timelines as one (a merge): each thing once, at its earliest (a post saved twice was saved first then). */
export function joinTimelines(...timelines: ReadonlyArray<readonly Interaction[]>): Interaction[] {
  const seen = new Set<string>();
  return cap(byTime(timelines.flat()).filter((i) => {
    const id = identity(i);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }));
}

function byTime(timeline: Interaction[]): Interaction[] {
  return timeline.sort((a, b) => a.at.localeCompare(b.at));
}

function cap(timeline: Interaction[]): Interaction[] {
  // The oldest go when the cap is reached: the card and the segment read the recent end.
  return timeline.slice(-MAX_INTERACTIONS);
}
