import { planImport } from '../backup/plan';
import type { Db } from '../db/open';
import { applyImport, exportBackup } from '../db/backup-repo';
import { UserError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import { describeIssues } from '../zod-issues';
import type { Locale } from '../i18n';
import { currentSettings } from './settings-handlers';

export function backupHandlers(db: Db, now: () => Date, newId: () => string, browserLocale: () => Locale): Pick<Handlers, 'backup/export' | 'backup/import'> {
  return {
    'backup/export': async () => {
      await currentSettings(db, browserLocale());
      return exportBackup(db, now());
    },
    'backup/import': async ({ backup }, { locale }) => {
      const current = await currentSettings(db, browserLocale());
      const planned = planImport(backup, { now: now(), current, newId });
      if (!planned.ok) {
        throw new UserError('invalid-backup', 'error.invalid-backup', { count: planned.issues.length }, describeIssues(locale, planned.issues));
      }
      return applyImport(db, planned.plan);
    },
  };
}
