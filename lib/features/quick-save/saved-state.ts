import type { SaveState } from '../../../components/save-button/save-button';
import { frameThrottle } from '../../content/throttle';
import { sendMessage } from '../../messaging/client';
import type { Counts } from '../../schema/clip';
import type { Site } from '../../schema/common';

/** The router's bound on one batch. */
const BATCH = 500;
/** The background keeps at most one feed sample per post per hour; asking more often is wasted. */
const SAMPLE_EVERY_MS = 60 * 60 * 1000;

export interface SavedState {
  get(postId: string): SaveState;
  error(postId: string): string | null;
  set(postId: string, state: SaveState, error?: string | null): void;
  /** Asks the library about posts not known yet: one clips/state message for all, throttled. */
  want(postIds: Iterable<string>): void;
  /** Queues a feed sample for a saved post seen again (batched like want()). */
  sample(postId: string, counts: Counts): void;
  /** Forgets what was learnt from the library (another tab may have saved since), then asks again. */
  refresh(postIds: Iterable<string>): void;
}

/**
 * Save state per post id, from the library. Keyed by post id, never by element: X reuses cells
 * for other posts, and the same post can show twice (a thread, a quote).
 */
export interface SavedStateEvents {
  onChange(postIds: ReadonlySet<string>): void;
  /** The library says these posts are saved: the CM is seeing them again in the feed. */
  onSeenSaved(postIds: readonly string[]): void;
}

export function createSavedState(site: Site, signal: AbortSignal, events: SavedStateEvents): SavedState {
  const known = new Map<string, SaveState>();
  const errors = new Map<string, string>();
  const asked = new Set<string>();
  const lookups = new Set<string>();
  const samples = new Map<string, Counts>();
  const sampledAt = new Map<string, number>();
  // Batched per frame, and throttled: all posts that appeared meanwhile go in one message.
  const schedule = frameThrottle(() => flush(), signal);

  async function lookup(ids: string[]): Promise<void> {
    const result = await sendMessage('clips/state', { site, postIds: ids });
    if (signal.aborted) return;
    const changed = new Set<string>();
    const saved = new Set(result.ok ? result.data.saved : []);
    for (const id of ids) {
      // Unreachable background: leave the post unknown so the next sighting asks again.
      if (!result.ok) asked.delete(id);
      else if (known.get(id) !== 'saving') {
        const next = saved.has(id) ? 'saved' : 'idle';
        if ((known.get(id) ?? 'idle') !== next) changed.add(id);
        known.set(id, next);
      }
    }
    if (changed.size) events.onChange(changed);
    if (saved.size) events.onSeenSaved([...saved]);
  }

  function flush(): void {
    const ids = [...lookups];
    lookups.clear();
    for (let i = 0; i < ids.length; i += BATCH) void lookup(ids.slice(i, i + BATCH));
    if (samples.size) {
      const batch = [...samples].slice(0, BATCH).map(([postId, counts]) => ({ postId, counts }));
      for (const { postId } of batch) samples.delete(postId);
      void sendMessage('clips/samples', { site, samples: batch });
      if (samples.size) schedule();
    }
  }

  return {
    get: (id) => known.get(id) ?? 'idle',
    error: (id) => errors.get(id) ?? null,
    set(id, state, error = null) {
      known.set(id, state);
      asked.add(id);
      if (error) errors.set(id, error);
      else errors.delete(id);
      if (state === 'saved') sampledAt.set(id, Date.now());
      events.onChange(new Set([id]));
    },
    want(ids) {
      for (const id of ids) {
        if (asked.has(id)) continue;
        asked.add(id);
        lookups.add(id);
      }
      if (lookups.size) schedule();
    },
    sample(id, counts) {
      const last = sampledAt.get(id);
      if (last !== undefined && Date.now() - last < SAMPLE_EVERY_MS) return;
      sampledAt.set(id, Date.now());
      samples.set(id, counts);
      schedule();
    },
    refresh(ids) {
      for (const id of ids) {
        if (known.get(id) === 'saving') continue;
        asked.delete(id);
      }
      this.want(ids);
    },
  };
}
