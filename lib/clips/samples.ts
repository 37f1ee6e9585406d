import type { Clip, Counts, EngagementSample } from '../schema/clip';

/** Feed visits record engagement at most this often per post. */
export const SAMPLE_INTERVAL_MS = 60 * 60 * 1000;
/** Two explicit saves this close together (a double click) are one observation. */
export const SAME_OBSERVATION_MS = 60 * 1000;
/** The schema's bound on samples per clip. */
export const MAX_SAMPLES = 10_000;

const METRICS = ['replies', 'reposts', 'likes', 'views'] as const;

/**
 * The latest counts: what the page shows now, and for a metric it does not show (Facebook has
 * no views; X leaves some out) the last value we knew, rather than forgetting it.
 */
export function mergeCounts(previous: Counts, next: Counts): Counts {
  const out = { ...previous };
  for (const metric of METRICS) if (next[metric] !== null) out[metric] = next[metric];
  return out;
}

function bounded(samples: EngagementSample[]): EngagementSample[] {
  if (samples.length <= MAX_SAMPLES) return samples;
  // The first sample is the baseline growth is measured from: drop the oldest after it.
  return [samples[0] as EngagementSample, ...samples.slice(samples.length - MAX_SAMPLES + 1)];
}

export type SampleKind = 'save' | 'visit';

/**
 * Appends one observation of `counts` at `now`. A feed visit is skipped (null) when the last
 * sample is under an hour old; an explicit save always counts, but replaces a sample taken
 * within the last minute instead of stacking duplicates.
 */
export function appendSample(samples: readonly EngagementSample[], counts: Counts, now: Date, kind: SampleKind): EngagementSample[] | null {
  const sample: EngagementSample = { at: now.toISOString(), ...counts };
  const last = samples.at(-1);
  const age = last ? now.getTime() - Date.parse(last.at) : Infinity;
  if (kind === 'visit' && age < SAMPLE_INTERVAL_MS) return null;
  if (kind === 'save' && age < SAME_OBSERVATION_MS) return bounded([...samples.slice(0, -1), sample]);
  return bounded([...samples, sample]);
}

/** Growth of one metric from the first sample to the latest counts; null when either is unknown. */
export function growth(clip: Pick<Clip, 'counts'> & { first: EngagementSample | null }, metric: (typeof METRICS)[number]): number | null {
  const first = clip.first?.[metric] ?? null;
  const latest = clip.counts[metric];
  return first === null || latest === null ? null : latest - first;
}

/** Replies, reposts and likes: what "engaging" means for ranking the digest. */
export function interactions(counts: Counts): number {
  return (counts.replies ?? 0) + (counts.reposts ?? 0) + (counts.likes ?? 0);
}
