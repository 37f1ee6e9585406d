import { useState } from 'preact/hooks';
import { backupFileName, parseBackupText, summaryParts } from '@/lib/backup/file';
import { sendMessage } from '@/lib/messaging/client';
import type { ErrorDetail } from '@/lib/messages';
import { t } from '@/lib/state/i18n';
import { loadSettings } from '@/lib/state/settings';
import { loadTemplates } from '@/lib/state/templates';
import { downloadFile } from '../ui/download';
import { ErrorList } from '../ui/error-list';
import { showToast } from '../ui/toast';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string; details: ErrorDetail[] };

export function BackupSection() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const onExport = async () => {
    const result = await sendMessage('backup/export', {});
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message, details: result.error.details ?? [] });
      return;
    }
    const name = backupFileName(new Date());
    downloadFile(name, 'application/json', JSON.stringify(result.data, null, 2));
    showToast(t('backup.exported', { file: name }));
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'busy' });
    const parsed = parseBackupText(await file.text(), file.size);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: t(parsed.key, parsed.params), details: [] });
      return;
    }
    const result = await sendMessage('backup/import', { backup: parsed.value });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message, details: result.error.details ?? [] });
      return;
    }
    const summary = summaryParts(result.data).map((p) => t(p.key, p.params)).join(', ');
    setStatus({ kind: 'done', text: t('backup.imported', { summary }) });
    await Promise.all([loadSettings(), loadTemplates()]);
  };

  return (
    <section class="cmsk-fieldset" aria-labelledby="backup-title">
      <h3 id="backup-title">{t('backup.title')}</h3>
      <p class="cmsk-muted">{t('backup.help')}</p>
      <div class="cmsk-row">
        <button type="button" class="cmsk-btn" onClick={onExport}>{t('backup.export')}</button>
        <label class="cmsk-btn cmsk-file">
          <span>{t('backup.import')}</span>
          <input
            type="file"
            accept=".json,application/json"
            aria-label={t('backup.import')}
            disabled={status.kind === 'busy'}
            onChange={(e) => void onImport(e.currentTarget)}
          />
        </label>
      </div>
      <div role="status" aria-live="polite" class="cmsk-backup-status">
        {status.kind === 'busy' && <p>{t('backup.importing')}</p>}
        {status.kind === 'done' && <p class="cmsk-alert cmsk-alert--ok">{status.text}</p>}
      </div>
      {status.kind === 'error' && (
        <div class="cmsk-stack">
          <p class="cmsk-alert cmsk-alert--error" role="alert">{status.text}</p>
          <ErrorList title={t('backup.errors')} errors={status.details} />
        </div>
      )}
    </section>
  );
}
