// A suggested segment from what CM Sidekick saw of a person. The CM decides: this only
// pre-selects, and an explicit choice always wins.

import type { z } from 'zod';
import type { InteractionSchema, SegmentSchema } from '../schema/author';

export type Segment = z.infer<typeof SegmentSchema>;
export type Interaction = z.infer<typeof InteractionSchema>;

const DAY = 24 * 60 * 60 * 1000;
/** Known for this long and still around: a veteran of the community. */
export const VETERAN_DAYS = 180;
/** Still heard from within this window, for veterans. */
export const ACTIVE_DAYS = 90;
/** Replies, clips and follow-ups within ENGAGED_WINDOW_DAYS to count as engaged. */
export const ENGAGED_COUNT = 3;
export const ENGAGED_WINDOW_DAYS = 30;
/** First seen this recently: a newcomer, worth watching for onboarding. */
export const NEWCOMER_DAYS = 30;
/** Nothing for this long: the silent ones. */
export const SILENT_DAYS = 60;

/** Null when nothing was seen: no guess is better than a wrong one. */
export function suggestSegment(interactions: readonly Interaction[], now: Date): Segment | null {
  const times = interactions.map((i) => Date.parse(i.at)).filter((n) => Number.isFinite(n) && n <= now.getTime());
  if (times.length === 0) return null;
  const ageDays = (at: number) => (now.getTime() - at) / DAY;
  const oldest = Math.max(...times.map(ageDays));
  const newest = Math.min(...times.map(ageDays));
  if (oldest >= VETERAN_DAYS && newest <= ACTIVE_DAYS) return 'veteran';
  if (times.filter((at) => ageDays(at) <= ENGAGED_WINDOW_DAYS).length >= ENGAGED_COUNT) return 'engaged';
  if (oldest <= NEWCOMER_DAYS) return 'newcomer';
  if (newest >= SILENT_DAYS) return 'silent';
  return null;
}
