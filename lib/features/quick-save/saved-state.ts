import type { SaveState } from '../../../components/save-button/save-button';
import { remoteFilter } from '../../content/remote-filter';
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
  /** Learns whether posts not known yet are saved: from the filter, else one clips/state message for all, throttled. */
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

  // Which posts the library holds (lib/id-filter.ts): those it rules out are settled in the tab.
  const library = remoteFilter(() => sendMessage('clips/saved-filter', { site }), signal, {
    onReady: () => {
      if (lookups.size) schedule();
    },
    held: () => [...known].flatMap(([id, state]) => (state === 'saved' ? [id] : [])),
  });

  function apply(ids: readonly string[], saved: ReadonlySet<string>): void {
    const changed = new Set<string>();
    for (const id of ids) {
      if (known.get(id) === 'saving') continue;
      const next = saved.has(id) ? 'saved' : 'idle';
      if ((known.get(id) ?? 'idle') !== next) changed.add(id);
      known.set(id, next);
    }
    if (changed.size) events.onChange(changed);
    if (saved.size) events.onSeenSaved([...saved]);
  }

  /** Settles the posts the filter rules out (not saved); returns those it lets through. */
  function ruleOut(ids: readonly string[]): string[] {
    const maybe: string[] = [];
    const not: string[] = [];
    for (const id of ids) (library.mayHold(id) ? maybe : not).push(id);
    if (not.length) apply(not, new Set());
    return maybe;
  }

  async function lookup(ids: string[]): Promise<void> {
    const result = await sendMessage('clips/state', { site, postIds: ids });
    if (signal.aborted) return;
    // Unreachable background: leave the posts unknown so the next sighting asks again.
    if (!result.ok) for (const id of ids) asked.delete(id);
    else apply(ids, new Set(result.data.saved));
  }

  function flush(): void {
    // Lookups wait for the filter (its arrival schedules again); samples need none.
    if (library.ready) {
      // Posts that came while the filter was on its way.
      const ids = ruleOut([...lookups]);
      lookups.clear();
      for (let i = 0; i < ids.length; i += BATCH) void lookup(ids.slice(i, i + BATCH));
    }
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
      if (state === 'saved') {
        sampledAt.set(id, Date.now());
        library.add(id);
      }
      events.onChange(new Set([id]));
    },
    want(ids) {
      const fresh: string[] = [];
      for (const id of ids) {
        if (asked.has(id)) continue;
        asked.add(id);
        fresh.push(id);
      }
      // Most posts of a feed were never saved: the filter says so at once, with no message.
      for (const id of library.ready ? ruleOut(fresh) : fresh) lookups.add(id);
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
      // Another tab may have saved or deleted since: a new filter first, then the posts again.
      library.refresh();
      for (const id of ids) {
        if (known.get(id) === 'saving') continue;
        asked.delete(id);
      }
      this.want(ids);
    },
  };
}
