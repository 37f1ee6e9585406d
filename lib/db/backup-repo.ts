import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type ImportSummary } from '../backup/format';
import type { ImportPlan } from '../backup/plan';
import { AuthorSchema, CalendarEventSchema, ChecklistDaySchema, ChecklistItemSchema, ClipSchema, TemplateSchema } from '../schema';
import type { z } from 'zod';
import type { Db } from './open';
import { getSettings, toStored } from './settings-repo';

export function checklistDayKey(day: { day: string; brand: string | null }): string {
  return `${day.brand ?? '*'}|${day.day}`;
}

function valid<S extends z.ZodType>(schema: S, records: unknown[]): z.output<S>[] {
  const out: z.output<S>[] = [];
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Everything, read in one transaction so the file is a consistent snapshot. */
export async function exportBackup(db: Db, now: Date): Promise<Backup> {
  const tx = db.transaction(['templates', 'clips', 'calendar', 'checklistItems', 'checklistDays', 'authors'], 'readonly');
  const [templates, clips, calendar, checklist, checklistHistory, authors] = await Promise.all([
    tx.objectStore('templates').getAll(),
    tx.objectStore('clips').getAll(),
    tx.objectStore('calendar').getAll(),
    tx.objectStore('checklistItems').getAll(),
    tx.objectStore('checklistDays').getAll(),
    tx.objectStore('authors').getAll(),
  ]);
  await tx.done;
  const settings = await getSettings(db);
  if (!settings) throw new Error('Settings are missing');
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    templates: valid(TemplateSchema, templates),
    clips: valid(ClipSchema, clips),
    calendar: valid(CalendarEventSchema, calendar),
    checklist: valid(ChecklistItemSchema, checklist),
    checklistHistory: valid(ChecklistDaySchema, checklistHistory),
    authors: valid(AuthorSchema, authors),
    settings,
  };
}

/** Writes a validated plan in one transaction: if any write fails, none is kept. */
export async function applyImport(db: Db, plan: ImportPlan): Promise<ImportSummary> {
  const tx = db.transaction(['templates', 'clips', 'calendar', 'checklistItems', 'checklistDays', 'authors', 'settings', 'brands'], 'readwrite');
  const puts: Promise<unknown>[] = [];
  for (const r of plan.templates) puts.push(tx.objectStore('templates').put(r));
  for (const r of plan.clips) puts.push(tx.objectStore('clips').put(r));
  for (const r of plan.calendar) puts.push(tx.objectStore('calendar').put(r));
  for (const r of plan.checklist) puts.push(tx.objectStore('checklistItems').put(r));
  for (const r of plan.checklistHistory) puts.push(tx.objectStore('checklistDays').put(r, checklistDayKey(r)));
  for (const r of plan.authors) puts.push(tx.objectStore('authors').put(r));
  if (plan.settings) {
    const { stored, brands } = toStored(plan.settings);
    const brandStore = tx.objectStore('brands');
    const keep = new Set(brands.map((b) => b.id));
    for (const key of await brandStore.getAllKeys()) if (!keep.has(key)) puts.push(brandStore.delete(key));
    for (const brand of brands) puts.push(brandStore.put(brand));
    puts.push(tx.objectStore('settings').put(stored, 'settings'));
  }
  try {
    await Promise.all([...puts, tx.done]);
  } catch (error) {
    // One failed put aborts the whole transaction; make sure it is aborted before reporting.
    try { tx.abort(); } catch { /* already aborted */ }
    throw error;
  }
  return {
    templates: plan.templates.length,
    clips: plan.clips.length,
    calendar: plan.calendar.length,
    checklist: plan.checklist.length,
    checklistHistory: plan.checklistHistory.length,
    authors: plan.authors.length,
    settings: plan.settings !== null,
  };
}
