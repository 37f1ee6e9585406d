import { downloadFile } from '../../ui/download';
// Templates alone in the backup format: exported as a file another CM can import, imported through
// the same `backup/import` message (validated whole, written in one transaction) as a full backup.

import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/backup/format';
import { parseBackupText } from '@/lib/backup/file';
import type { MessageKey, Params } from '@/lib/i18n';
import type { Template } from '@/lib/schema';

export type TemplatesFile = { format: typeof BACKUP_FORMAT; version: typeof BACKUP_VERSION; exportedAt: string; templates: Template[] };

export function templatesFile(templates: readonly Template[], now: Date): TemplatesFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), templates: [...templates] };
}

export function templatesFileName(now: Date): string {
  return `cm-sidekick-templates-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportPlan = { ok: true; backup: Record<string, unknown>; count: number } | { ok: false; key: MessageKey; params?: Params };

const HEADER = ['format', 'version', 'exportedAt'] as const;

/**
 * What to send for a file chosen under "Import templates": only its templates (a full backup's
 * other collections are left for Settings → Backup), with its header so a newer or foreign file
 * is still refused by the background.
 */
export function planTemplatesImport(text: string, size: number): ImportPlan {
  const parsed = parseBackupText(text, size);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('templates' in value)) return { ok: false, key: 'templates.view.importNone' };
  const { templates } = value as { templates: unknown };
  if (Array.isArray(templates) && templates.length === 0) return { ok: false, key: 'templates.view.importNone' };
  const backup: Record<string, unknown> = { templates };
  for (const field of HEADER) if (field in value) backup[field] = (value as Record<string, unknown>)[field];
  return { ok: true, backup, count: Array.isArray(templates) ? templates.length : 0 };
}

export function download(name: string, text: string): void {
  downloadFile(name, 'application/json', text);
}
