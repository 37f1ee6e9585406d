import type { ImportSummary } from './format';
import type { MessageKey, Params } from '../i18n';

/** Far above a real library (50,000 saved posts is ~50 MB) and below what one message can carry. */
export const MAX_BACKUP_BYTES = 60 * 1024 * 1024;

export type ParsedFile = { ok: true; value: unknown } | { ok: false; key: MessageKey; params?: Params };

export function parseBackupText(text: string, size: number): ParsedFile {
  if (size > MAX_BACKUP_BYTES) return { ok: false, key: 'error.file-too-large', params: { size: `${Math.round(size / 1024 / 1024)} MB` } };
  try {
    // Strip a UTF-8 BOM: some editors add one when a CM hand-edits the file.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false, key: 'error.invalid-json' };
  }
}

export function backupFileName(now: Date): string {
  return `cm-sidekick-backup-${now.toISOString().slice(0, 10)}.json`;
}

const SUMMARY_KEYS = {
  templates: 'backup.summary.templates',
  clips: 'backup.summary.clips',
  calendar: 'backup.summary.calendar',
  checklist: 'backup.summary.checklist',
  checklistHistory: 'backup.summary.checklistHistory',
  authors: 'backup.summary.authors',
} as const satisfies Record<Exclude<keyof ImportSummary, 'settings'>, MessageKey>;

/** "3 template(s), settings": only what the file actually held. */
export function summaryParts(summary: ImportSummary): Array<{ key: MessageKey; params?: Params }> {
  const parts: Array<{ key: MessageKey; params?: Params }> = [];
  for (const [field, key] of Object.entries(SUMMARY_KEYS) as Array<[keyof typeof SUMMARY_KEYS, MessageKey]>) {
    if (summary[field] > 0) parts.push({ key, params: { count: summary[field] } });
  }
  if (summary.settings) parts.push({ key: 'backup.summary.settings' });
  if (parts.length === 0) parts.push({ key: 'backup.summary.nothing' });
  return parts;
}
