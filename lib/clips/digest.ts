import type { ClipSummary } from '../protocol/clips';
import { interactions } from './samples';

/**
 * The weekly watch digest: clips saved in the seven days before `now`, grouped by competitor,
 * the most engaging first inside each group and the liveliest group first. Pure.
 */

export const DIGEST_DAYS = 7;

export interface DigestGroup {
  /** null: clips not tied to a competitor. */
  competitor: string | null;
  clips: ClipSummary[];
  /** Replies + reposts + likes over the group's clips. */
  interactions: number;
}

const score = (clip: ClipSummary) => interactions(clip.counts);

export function weeklyDigest(clips: Iterable<ClipSummary>, now: Date): DigestGroup[] {
  const since = now.getTime() - DIGEST_DAYS * 24 * 60 * 60 * 1000;
  const groups = new Map<string | null, ClipSummary[]>();
  for (const clip of clips) {
    const saved = Date.parse(clip.savedAt);
    if (saved < since || saved > now.getTime()) continue;
    const key = clip.competitor || null;
    const list = groups.get(key) ?? [];
    list.push(clip);
    groups.set(key, list);
  }
  const out: DigestGroup[] = [];
  for (const [competitor, list] of groups) {
    list.sort((a, b) => score(b) - score(a) || (b.counts.views ?? 0) - (a.counts.views ?? 0) || b.savedAt.localeCompare(a.savedAt));
    out.push({ competitor, clips: list, interactions: list.reduce((sum, c) => sum + score(c), 0) });
  }
  // Named competitors by liveliness; the unassigned clips last, whatever their numbers.
  return out.sort((a, b) => (a.competitor === null ? 1 : 0) - (b.competitor === null ? 1 : 0) || b.interactions - a.interactions || (a.competitor ?? '').localeCompare(b.competitor ?? ''));
}
