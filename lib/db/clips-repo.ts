import { inferCompetitor } from '../clips/competitor';
import { appendSample, mergeCounts } from '../clips/samples';
import { summarize } from '../clips/summary';
import { savedPostUpsert } from '../people/saved-post';
import type { ClipDetails, ClipSummary, ListCursor, SaveClipRequest } from '../protocol/clips';
import { ClipSchema, clipId, type Clip, type Counts } from '../schema/clip';
import type { Site } from '../schema/common';
import type { Settings } from '../schema/settings';
import { upsertPersonIn } from './authors-repo';
import type { Db } from './open';

/** Stored records are a boundary too: one that no longer parses is skipped, not fatal. */
function valid(record: unknown): Clip | null {
  const parsed = ClipSchema.safeParse(record);
  return parsed.success ? parsed.data : null;
}

function applyDetails(clip: Clip, details: ClipDetails, addTags: readonly string[] = []): Clip {
  const tags = details.tags ?? clip.tags;
  const merged = addTags.length ? [...tags, ...addTags.filter((t) => !tags.includes(t))] : tags;
  return {
    ...clip,
    tags: merged.slice(0, 50),
    competitor: details.competitor !== undefined ? details.competitor || null : clip.competitor,
    note: details.note ?? clip.note,
  };
}

/**
 * Saves a post: one record per site and post id. Saving it again refreshes what the post shows
 * (text, counts, media), keeps the CM's tags, competitor and note unless given, and appends an
 * engagement sample. A first save takes the competitor from the watch list when none is given,
 * and puts the post on its author's timeline (lib/people/saved-post.ts) in the same
 * transaction: the clip and the interaction are written together or not at all. Deleting the
 * clip later leaves the interaction: the CM did save that post.
 */
export async function saveClip(db: Db, request: SaveClipRequest, now: Date, watchList: Settings['watchList']): Promise<ClipSummary> {
  const { post, details } = request;
  const id = clipId(post.site, post.postId);
  const tx = db.transaction(['clips', 'authors'], 'readwrite');
  const clips = tx.objectStore('clips');
  const existing = valid(await clips.get(id));
  const at = now.toISOString();
  let clip: Clip;
  if (existing) {
    const counts = mergeCounts(existing.counts, post.counts);
    // Saving again adds tags (the page does not know the clip's tags); the library replaces them.
    const { tags: addTags = [], ...set } = details;
    clip = applyDetails({ ...existing, ...post, counts, samples: appendSample(existing.samples, counts, now, 'save') ?? existing.samples, updatedAt: at }, set, addTags);
  } else {
    const competitor = details.competitor !== undefined ? details.competitor || null : inferCompetitor(post, watchList);
    clip = { ...post, id, tags: details.tags ?? [], competitor, note: details.note ?? '', samples: [{ at, ...post.counts }], savedAt: at, updatedAt: at };
  }
  const checked = ClipSchema.parse(clip);
  // Re-saves (and the client's retry of a save that landed) find the clip: the timeline is untouched.
  const author = existing ? null : savedPostUpsert(post, at);
  // The person first: should their record throw, nothing is written yet and the save fails whole.
  if (author) await upsertPersonIn(tx.objectStore('authors'), author, now);
  await clips.put(checked);
  await tx.done;
  return summarize(checked);
}

/** Which of `postIds` are saved: keys only, one transaction for the whole batch. */
export async function savedPostIds(db: Db, site: Site, postIds: readonly string[]): Promise<string[]> {
  const tx = db.transaction('clips', 'readonly');
  const keys = await Promise.all(postIds.map((postId) => tx.store.getKey(clipId(site, postId))));
  await tx.done;
  return postIds.filter((_, i) => keys[i] !== undefined);
}

/** Every saved post id of a site, from the keys alone (`site:postId`, so one key range). */
export async function savedPostIdsOf(db: Db, site: Site): Promise<string[]> {
  const prefix = clipId(site, '');
  const keys = await db.getAllKeys('clips', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  return keys.map((key) => String(key).slice(prefix.length));
}

/** Engagement seen again in the feed: appended to saved posts whose last sample is an hour old. */
export async function recordSamples(db: Db, site: Site, samples: ReadonlyArray<{ postId: string; counts: Counts }>, now: Date): Promise<number> {
  const tx = db.transaction('clips', 'readwrite');
  let recorded = 0;
  for (const { postId, counts } of samples) {
    const clip = valid(await tx.store.get(clipId(site, postId)));
    if (!clip) continue;
    const merged = mergeCounts(clip.counts, counts);
    const next = appendSample(clip.samples, merged, now, 'visit');
    if (!next) continue;
    await tx.store.put({ ...clip, counts: merged, samples: next, updatedAt: now.toISOString() });
    recorded++;
  }
  await tx.done;
  return recorded;
}

/**
 * A page of clips, newest saved first, after `after`. Keys are walked with a key cursor (no
 * values cross over per step) and the records read in one parallel batch: the first page of a
 * 50,000-clip library comes back in a few milliseconds. No count(): Chrome scans the whole store for it.
 */
export async function listClips(db: Db, after: ListCursor | null, limit: number): Promise<{ clips: ClipSummary[]; next: ListCursor | null }> {
  const tx = db.transaction('clips', 'readonly');
  const range = after ? IDBKeyRange.upperBound(after.savedAt) : undefined;
  const keys: Array<{ id: string; savedAt: string }> = [];
  let more = false;
  for (let cursor = await tx.store.index('savedAt').openKeyCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    const savedAt = String(cursor.key);
    // Index order is savedAt, then id: skip what the previous page already returned.
    if (after && savedAt === after.savedAt && cursor.primaryKey >= after.id) continue;
    if (keys.length === limit) {
      more = true;
      break;
    }
    keys.push({ id: cursor.primaryKey, savedAt });
  }
  const records = await Promise.all(keys.map((k) => tx.store.get(k.id)));
  await tx.done;
  const clips = records.map(valid).filter((c): c is Clip => c !== null).map(summarize);
  const last = keys.at(-1);
  return { clips, next: more && last ? { savedAt: last.savedAt, id: last.id } : null };
}

async function getMany(db: Db, ids: readonly string[] | undefined): Promise<Clip[]> {
  const tx = db.transaction('clips', 'readonly');
  const records = ids ? await Promise.all(ids.map((id) => tx.store.get(id))) : await tx.store.getAll();
  await tx.done;
  return records.map(valid).filter((c): c is Clip => c !== null);
}

/** Edits tags, competitor and note of many clips at once (bulk tagging adds, never removes). */
export async function updateClips(db: Db, ids: readonly string[], set: ClipDetails, addTags: readonly string[], now: Date): Promise<ClipSummary[]> {
  const tx = db.transaction('clips', 'readwrite');
  // Reads issued together, then writes together: a bulk edit of thousands is one round of each.
  const records = (await Promise.all(ids.map((id) => tx.store.get(id)))).map(valid);
  const at = now.toISOString();
  const next = records.filter((c): c is Clip => c !== null).map((clip) => ClipSchema.parse({ ...applyDetails(clip, set, addTags), updatedAt: at }));
  await Promise.all([...next.map((clip) => tx.store.put(clip)), tx.done]);
  return next.map(summarize);
}

export async function deleteClips(db: Db, ids: readonly string[]): Promise<Clip[]> {
  const tx = db.transaction('clips', 'readwrite');
  const deleted = (await Promise.all(ids.map((id) => tx.store.get(id)))).map(valid).filter((c): c is Clip => c !== null);
  await Promise.all([...deleted.map((clip) => tx.store.delete(clip.id)), tx.done]);
  return deleted;
}

/** Puts deleted clips back as they were (Undo); ids are recomputed, never trusted. */
export async function restoreClips(db: Db, clips: readonly Clip[]): Promise<ClipSummary[]> {
  const tx = db.transaction('clips', 'readwrite');
  const records = clips.map((clip) => ({ ...clip, id: clipId(clip.site, clip.postId) }));
  await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
  return records.map(summarize);
}

/** Whole clips (samples included), newest saved first. */
export async function exportClips(db: Db, ids?: readonly string[]): Promise<Clip[]> {
  const clips = await getMany(db, ids);
  return clips.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || (b.id < a.id ? -1 : 1));
}
