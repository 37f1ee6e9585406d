import { addToFilter, decodeFilter, mayHold, type IdFilter } from '../id-filter';
import type { Result } from '../messages';

/**
 * The tab's copy of a filter the background builds (lib/id-filter.ts). While an answer is on its
 * way (at start, and after each refresh) `ready` is false and callers hold their ids back. An
 * unreachable background or a malformed answer leaves no filter: every id may be held, so every
 * id is asked about, as if there were no filter at all.
 */
export interface RemoteFilter {
  readonly ready: boolean;
  mayHold(id: string): boolean;
  /** The tab itself just stored this id (a save, a note): later sightings must ask. */
  add(id: string): void;
  /** Asks for a new filter: another tab may have stored or deleted since. */
  refresh(): void;
}

/**
 * `held` lists what the tab already knows the store holds: the filter was built when the request
 * arrived, so an id this tab stored meanwhile is added back.
 */
export function remoteFilter(
  fetch: () => Promise<Result<unknown>>,
  signal: AbortSignal,
  events: { onReady(): void; held(): Iterable<string> },
): RemoteFilter {
  let filter: IdFilter | null = null;
  let asking = 0;
  let latest = 0;

  async function refresh(): Promise<void> {
    const mine = ++latest;
    asking++;
    const result = await fetch();
    asking--;
    if (signal.aborted) return;
    // Answers can cross: only the last request's filter counts.
    if (mine === latest) {
      filter = result.ok ? decodeFilter(result.data) : null;
      if (filter) for (const id of events.held()) addToFilter(filter, id);
    }
    if (asking === 0) events.onReady();
  }

  void refresh();
  return {
    get ready() {
      return asking === 0;
    },
    mayHold: (id) => !filter || mayHold(filter, id),
    add(id) {
      if (filter) addToFilter(filter, id);
    },
    refresh: () => void refresh(),
  };
}
