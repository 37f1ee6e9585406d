import type { Clip } from '../schema/clip';
import type { ClipSummary } from '../protocol/clips';

/** A clip without its sample history, as the library lists it. */
export function summarize(clip: Clip): ClipSummary {
  const { samples, ...rest } = clip;
  return { ...rest, first: samples[0] ?? null, sampleCount: samples.length };
}
