import type { z } from 'zod';
import { AuthorSchema, CalendarEventSchema, ChecklistItemSchema, ClipSchema, TemplateSchema, clipId, type Author, type CalendarEvent, type ChecklistDay, type ChecklistItem, type Clip, type Template } from '../schema';
import { SettingsSchema, type Settings } from '../schema/settings';
import { BackupImportSchema, type BackupImport } from './format';

export interface ImportPlan {
  templates: Template[];
  clips: Clip[];
  calendar: CalendarEvent[];
  checklist: ChecklistItem[];
  checklistHistory: ChecklistDay[];
  authors: Author[];
  settings: Settings | null;
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; issues: z.core.$ZodIssue[] };

export interface PlanContext {
  now: Date;
  current: Settings;
  newId: () => string;
}

/**
 * Validates a whole backup and turns it into complete records, or reports every problem.
 * Pure: nothing is written here, so an invalid file cannot leave half an import behind.
 */
export function planImport(raw: unknown, ctx: PlanContext): PlanResult {
  const parsed = BackupImportSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  return complete(parsed.data, ctx);
}

function complete(file: BackupImport, ctx: PlanContext): PlanResult {
  const now = ctx.now.toISOString();
  const stamp = <T extends { id?: string; createdAt?: string; updatedAt?: string }>(r: T) => ({
    ...r,
    id: r.id ?? ctx.newId(),
    createdAt: r.createdAt ?? now,
    updatedAt: r.updatedAt ?? now,
  });
  const issues: z.core.$ZodIssue[] = [];
  const recheck = <S extends z.ZodType>(schema: S, records: unknown[], key: string): z.output<S>[] =>
    records.map((record, i) => {
      const result = schema.safeParse(record);
      if (!result.success) for (const issue of result.error.issues) issues.push({ ...issue, path: [key, i, ...issue.path] });
      return result.success ? result.data : (record as z.output<S>);
    });

  let settings: Settings | null = null;
  if (file.settings) {
    // Brands merge by id like every other record: the file's brand replaces the one with its id.
    const brands = file.settings.brands ? mergeById(ctx.current.brands, file.settings.brands) : ctx.current.brands;
    const merged = SettingsSchema.safeParse({ ...ctx.current, ...file.settings, brands });
    if (merged.success) settings = merged.data;
    else for (const issue of merged.error.issues) issues.push({ ...issue, path: ['settings', ...issue.path] });
  }

  const plan: ImportPlan = {
    templates: recheck(TemplateSchema, (file.templates ?? []).map(stamp), 'templates'),
    // A post's id is derived from the post, so the same post imported twice stays one record.
    clips: recheck(ClipSchema, (file.clips ?? []).map((c) => ({ ...c, id: clipId(c.site, c.postId), savedAt: c.savedAt ?? now, updatedAt: c.updatedAt ?? now })), 'clips'),
    calendar: recheck(CalendarEventSchema, (file.calendar ?? []).map(stamp), 'calendar'),
    checklist: recheck(ChecklistItemSchema, (file.checklist ?? []).map(stamp), 'checklist'),
    checklistHistory: file.checklistHistory ?? [],
    authors: recheck(AuthorSchema, (file.authors ?? []).map((a) => ({ ...a, id: a.id ?? `${a.site}:${a.key}`, updatedAt: a.updatedAt ?? now })), 'authors'),
    settings,
  };
  return issues.length ? { ok: false, issues } : { ok: true, plan };
}

function mergeById<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(current.map((r) => [r.id, r]));
  for (const r of incoming) byId.set(r.id, r);
  return [...byId.values()];
}
