import { downloadFile } from '../../ui/download';
import { useState } from 'preact/hooks';
import type { ErrorDetail } from '@/lib/messages';
import { RequestFailed } from '@/lib/messaging/client';
import { exportIcs, importIcs, mode, type CalendarMode } from '@/lib/state/calendar';
import { t } from '@/lib/state/i18n';
import { ErrorList } from '../../ui/error-list';
import { showToast } from '../../ui/toast';

export interface ToolbarProps {
  period: string;
  timeZone: string;
  onMove(delta: -1 | 1): void;
  onToday(): void;
  onNew(): void;
}

const EXPORT_FILE = 'cm-sidekick-calendar.ics';

function download(text: string, file: string): void {
  downloadFile(file, 'text/calendar;charset=utf-8', text);
}

export function CalendarToolbar({ period, timeZone, onMove, onToday, onNew }: ToolbarProps) {
  const [importErrors, setImportErrors] = useState<{ title: string; details: ErrorDetail[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const current = mode.value;
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setImportErrors(null);
    try {
      const result = await importIcs(await file.text(), timeZone);
      showToast(t('calendar.ics.imported', { count: result.imported }));
      for (const w of result.warnings.slice(0, 3)) showToast(w.message);
    } catch (error) {
      if (error instanceof RequestFailed) setImportErrors({ title: error.error.message, details: error.error.details ?? [] });
      else showToast(String(error), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const onExport = async () => {
    try {
      const { ics, count } = await exportIcs();
      download(ics, EXPORT_FILE);
      showToast(t('calendar.exported', { count, file: EXPORT_FILE }));
    } catch (error) {
      showToast((error as Error).message, { kind: 'error' });
    }
  };
  const step = (delta: -1 | 1) => t(current === 'week' ? (delta < 0 ? 'calendar.nav.previous-week' : 'calendar.nav.next-week') : delta < 0 ? 'calendar.nav.previous-month' : 'calendar.nav.next-month');
  return (
    <div class="cmsk-stack">
      <div class="cmsk-cal__toolbar">
        <div class="cmsk-row">
          <button type="button" class="cmsk-btn" aria-label={step(-1)} title={step(-1)} onClick={() => onMove(-1)}>‹</button>
          <button type="button" class="cmsk-btn" onClick={onToday}>{t('calendar.nav.today')}</button>
          <button type="button" class="cmsk-btn" aria-label={step(1)} title={step(1)} onClick={() => onMove(1)}>›</button>
          <h3 class="cmsk-cal__period" aria-live="polite">{period}</h3>
        </div>
        <div class="cmsk-row">
          <div class="cmsk-cal__modes" role="group" aria-label={t('calendar.view.label')}>
            {(['week', 'month'] as CalendarMode[]).map((m) => (
              <button key={m} type="button" class="cmsk-btn" aria-pressed={current === m} onClick={() => (mode.value = m)}>
                {t(m === 'week' ? 'calendar.view.week' : 'calendar.view.month')}
              </button>
            ))}
          </div>
          <button type="button" class="cmsk-btn cmsk-btn--primary" onClick={onNew}>{t('calendar.new')}</button>
          <label class="cmsk-btn cmsk-file">
            {busy ? t('calendar.importing') : t('calendar.import')}
            <input type="file" accept=".ics,text/calendar" disabled={busy} onChange={(e) => void onFile(e.currentTarget)} />
          </label>
          <button type="button" class="cmsk-btn" onClick={() => void onExport()}>{t('calendar.export')}</button>
        </div>
      </div>
      {importErrors && <ErrorList title={`${importErrors.title} ${t('calendar.import.errors')}`} errors={importErrors.details} />}
    </div>
  );
}
