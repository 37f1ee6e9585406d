import type { IDBPObjectStore, StoreNames } from 'idb';
import { isKnown, mergePeople } from '../people/merge';
import { suggestSegment } from '../people/segment';
import { appendInteraction } from '../people/timeline';
import { CARD_INTERACTIONS, type PersonCard, type PersonUpsert } from '../protocol/people';
import { AuthorSchema, type Author } from '../schema/author';
import type { Site } from '../schema/common';
import type { Db } from './open';
import type { CmskDb } from './schema';

/** Stored records are a boundary too: one that no longer parses is skipped, not fatal. */
function valid(record: unknown): Author | null {
  const parsed = AuthorSchema.safeParse(record);
  return parsed.success ? parsed.data : null;
}

export function toCard(p: Author, now: Date): PersonCard {
  return { ...p, interactions: p.interactions.slice(-CARD_INTERACTIONS), interactionCount: p.interactions.length, suggestedSegment: suggestSegment(p.interactions, now) };
}

/** People by id, one transaction for the batch; only those worth a marker (see isKnown). */
export async function getPeople(db: Db, ids: readonly string[], now: Date): Promise<PersonCard[]> {
  const tx = db.transaction('authors', 'readonly');
  const found = await Promise.all([...new Set(ids)].map((id) => tx.store.get(id)));
  await tx.done;
  return found.map(valid).filter((p): p is Author => p !== null && isKnown(p)).map((p) => toCard(p, now));
}

/**
 * Every person id on record, from the keys alone: a superset of those worth a marker, which is
 * what a filter may be (people/get-many settles the rest).
 */
export async function personIds(db: Db): Promise<string[]> {
  return (await db.getAllKeys('authors')).map(String);
}

export function authorId(site: Site, key: string): string {
  return `${site}:${key}`;
}

/**
 * Creates or updates one person, by site and key. Fields absent from the request are kept; an
 * interaction is appended once (see lib/people/timeline.ts), so a retried message never doubles
 * the timeline.
 */
export async function upsertPerson(db: Db, input: PersonUpsert, now: Date): Promise<Author> {
  const tx = db.transaction('authors', 'readwrite');
  const person = await upsertPersonIn(tx.store, input, now);
  await tx.done;
  return person;
}

/** The authors store inside a caller's transaction, which may span other stores. */
export type AuthorsStore = IDBPObjectStore<CmskDb, ArrayLike<StoreNames<CmskDb>>, 'authors', 'readwrite'>;

/**
 * upsertPerson inside a transaction the caller holds: a saved post and its author's timeline
 * are written together or not at all. Only IndexedDB requests are awaited, so the caller's
 * transaction stays open.
 */
export async function upsertPersonIn(store: AuthorsStore, input: PersonUpsert, now: Date): Promise<Author> {
  const id = authorId(input.site, input.key);
  const existing = valid(await store.get(id));
  const at = now.toISOString();
  const base: Author = existing ?? AuthorSchema.parse({ id, site: input.site, key: input.key, updatedAt: at });
  const timeline = input.interactions ?? base.interactions;
  const person = AuthorSchema.parse({
    ...base,
    // A name seen on the page refreshes the record; an empty one never wipes what we had.
    displayName: input.displayName || base.displayName,
    firstName: input.firstName !== undefined ? input.firstName || null : base.firstName,
    segment: input.segment !== undefined ? input.segment : base.segment,
    tags: input.tags ?? base.tags,
    note: input.note ?? base.note,
    interactions: input.addInteraction ? appendInteraction(timeline, input.addInteraction) : timeline,
    updatedAt: at,
  });
  await store.put(person);
  return person;
}

export async function listPeople(db: Db): Promise<Author[]> {
  const all = await db.getAll('authors');
  return all.map(valid).filter((p): p is Author => p !== null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function deletePeople(db: Db, ids: readonly string[]): Promise<Author[]> {
  const tx = db.transaction('authors', 'readwrite');
  const deleted: Author[] = [];
  for (const id of new Set(ids)) {
    const p = valid(await tx.store.get(id));
    if (!p) continue;
    deleted.push(p);
    await tx.store.delete(id);
  }
  await tx.done;
  return deleted;
}

/** Folds `from` into `into` and deletes `from`, in one transaction; null when either is missing. */
export async function mergePeopleRecords(db: Db, fromId: string, intoId: string, now: Date): Promise<Author | null> {
  const tx = db.transaction('authors', 'readwrite');
  const [from, into] = [valid(await tx.store.get(fromId)), valid(await tx.store.get(intoId))];
  if (!from || !into) {
    await tx.done;
    return null;
  }
  const merged = AuthorSchema.parse(mergePeople(into, from, now.toISOString()));
  await tx.store.put(merged);
  await tx.store.delete(fromId);
  await tx.done;
  return merged;
}
