import { TemplateSchema, type Template } from '../schema';
import type { Db } from './open';

/** Every template that still parses; a damaged record is skipped rather than breaking the list. */
export async function listTemplates(db: Db): Promise<Template[]> {
  const all = await db.getAll('templates');
  const valid: Template[] = [];
  for (const record of all) {
    const parsed = TemplateSchema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
  }
  return valid.sort((a, b) => a.title.localeCompare(b.title));
}

export async function putTemplate(db: Db, template: Template): Promise<Template> {
  const valid = TemplateSchema.parse(template);
  await db.put('templates', valid);
  return valid;
}

export async function getTemplate(db: Db, id: string): Promise<Template | undefined> {
  return db.get('templates', id);
}

export async function deleteTemplate(db: Db, id: string): Promise<Template | null> {
  const tx = db.transaction('templates', 'readwrite');
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing ?? null;
}

/**
 * One more use of a template, in one transaction so two tabs inserting at once both count.
 * Null when the template is gone (deleted while the picker was open).
 */
export async function recordTemplateUse(db: Db, id: string, at: string): Promise<Template | null> {
  const tx = db.transaction('templates', 'readwrite');
  const parsed = TemplateSchema.safeParse(await tx.store.get(id));
  if (!parsed.success) {
    await tx.done;
    return null;
  }
  const used: Template = { ...parsed.data, usage: { count: parsed.data.usage.count + 1, lastUsedAt: at } };
  await tx.store.put(used);
  await tx.done;
  return used;
}
