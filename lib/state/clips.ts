import { computed, signal } from '@preact/signals';
import { createClipIndex, type ClipFilters } from '../clips/search-index';
import { request } from '../messaging/client';
import type { ClipDetails, ClipSummary, ClipsBackup } from '../protocol/clips';
import type { Clip } from '../schema/clip';
import type { Site } from '../schema/common';

/** What the library's filter bar holds; days are YYYY-MM-DD in the CM's time zone. */
export interface LibraryFilters {
  site: Site | null;
  competitor: string | null;
  tag: string | null;
  fromDay: string | null;
  toDay: string | null;
}

export const NO_FILTERS: LibraryFilters = { site: null, competitor: null, tag: null, fromDay: null, toDay: null };

/** The first page is small so the newest clips show at once; the rest follows in big pages. */
export const FIRST_PAGE = 100;
const PAGE = 5_000;

/** The whole library, indexed in the page: searching never waits for the background. */
export const clipIndex = createClipIndex();
/** Bumped whenever the index changes, so computed views re-run. */
export const libraryVersion = signal(0);
export const loading = signal<{ loaded: number; done: boolean } | null>(null);
export const query = signal('');
export const filters = signal<LibraryFilters>(NO_FILTERS);
export const selection = signal<ReadonlySet<string>>(new Set());

function dayStart(day: string | null, plusDays = 0): number | null {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d + plusDays).getTime();
}

export function toIndexFilters(f: LibraryFilters): ClipFilters {
  return { site: f.site, competitor: f.competitor, tag: f.tag, fromMs: dayStart(f.fromDay), toMs: dayStart(f.toDay, 1) };
}

export const results = computed<ClipSummary[]>(() => {
  void libraryVersion.value;
  return clipIndex.search(query.value, toIndexFilters(filters.value));
});

function changed(): void {
  libraryVersion.value++;
}

let loadRun = 0;

/** Loads the library newest first: the first page renders while the rest streams in. */
export async function loadClips(): Promise<void> {
  const run = ++loadRun;
  let page = await request('clips/list', { after: null, limit: FIRST_PAGE });
  if (run !== loadRun) return;
  clipIndex.remove(clipIndex.all().map((c) => c.id));
  clipIndex.upsert(page.clips);
  loading.value = { loaded: page.clips.length, done: page.next === null };
  changed();
  while (page.next) {
    page = await request('clips/list', { after: page.next, limit: PAGE });
    if (run !== loadRun) return;
    clipIndex.upsert(page.clips);
    loading.value = { loaded: clipIndex.size, done: page.next === null };
    changed();
  }
}

export async function updateClips(ids: readonly string[], set: ClipDetails, addTags: string[] = []): Promise<ClipSummary[]> {
  const { clips } = await request('clips/update', { ids: [...ids], set, addTags });
  clipIndex.upsert(clips);
  changed();
  return clips;
}

/** Deletes at once and returns what Undo needs to put the clips back. */
export async function deleteClips(ids: readonly string[]): Promise<Clip[]> {
  const { deleted } = await request('clips/delete', { ids: [...ids] });
  clipIndex.remove(deleted.map((c) => c.id));
  const left = new Set(selection.value);
  for (const c of deleted) left.delete(c.id);
  selection.value = left;
  changed();
  return deleted;
}

export async function restoreClips(clips: Clip[]): Promise<void> {
  const restored = await request('clips/restore', { clips });
  clipIndex.upsert(restored.clips);
  changed();
}

export function exportJson(ids: readonly string[] | undefined): Promise<ClipsBackup> {
  return request('clips/export', ids ? { ids: [...ids] } : {});
}

export function toggleSelected(id: string, on: boolean): void {
  const next = new Set(selection.value);
  if (on) next.add(id);
  else next.delete(id);
  selection.value = next;
}
