import { ChecklistDaySchema, ChecklistItemSchema, type ChecklistDay, type ChecklistItem } from '../schema/checklist';
import { checklistDayKey } from './backup-repo';
import type { Db } from './open';

/** Routine steps and one-off items that still parse, by order. */
export async function listItems(db: Db): Promise<ChecklistItem[]> {
  const out: ChecklistItem[] = [];
  for (const record of await db.getAll('checklistItems')) {
    const parsed = ChecklistItemSchema.safeParse(record);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
}

export async function getItem(db: Db, id: string): Promise<ChecklistItem | null> {
  const parsed = ChecklistItemSchema.safeParse(await db.get('checklistItems', id));
  return parsed.success ? parsed.data : null;
}

export async function putItems(db: Db, items: readonly ChecklistItem[]): Promise<void> {
  const valid = items.map((i) => ChecklistItemSchema.parse(i));
  const tx = db.transaction('checklistItems', 'readwrite');
  await Promise.all([...valid.map((i) => tx.store.put(i)), tx.done]);
}

export async function deleteItem(db: Db, id: string): Promise<ChecklistItem | null> {
  const tx = db.transaction('checklistItems', 'readwrite');
  const existing = ChecklistItemSchema.safeParse(await tx.store.get(id));
  await tx.store.delete(id);
  await tx.done;
  return existing.success ? existing.data : null;
}

export async function getDay(db: Db, day: string, brand: string | null): Promise<ChecklistDay | null> {
  const parsed = ChecklistDaySchema.safeParse(await db.get('checklistDays', checklistDayKey({ day, brand })));
  return parsed.success ? parsed.data : null;
}

export async function putDay(db: Db, record: ChecklistDay): Promise<void> {
  const valid = ChecklistDaySchema.parse(record);
  await db.put('checklistDays', valid, checklistDayKey(valid));
}

/** Every day recorded for any brand. */
export async function listDays(db: Db): Promise<ChecklistDay[]> {
  const out: ChecklistDay[] = [];
  for (const record of await db.getAll('checklistDays')) {
    const parsed = ChecklistDaySchema.safeParse(record);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

const OPEN_DAY_KEY = 'checklist.openDay';

/** The day the list was last opened on, so the first request of a new day knows which one to close. */
export async function getOpenDay(db: Db): Promise<string | null> {
  const value = await db.get('meta', OPEN_DAY_KEY);
  return typeof value === 'string' ? value : null;
}

export async function setOpenDay(db: Db, day: string): Promise<void> {
  await db.put('meta', day, OPEN_DAY_KEY);
}
