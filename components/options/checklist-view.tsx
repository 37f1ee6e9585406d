import { useEffect, useState } from 'preact/hooks';
import { loadHistory, loadRoutine, routine } from '@/lib/state/checklist';
import { t } from '@/lib/state/i18n';
import { HistoryTable } from './checklist/history-table';
import { RoutineList } from './checklist/routine-list';
import './calendar/calendar.css';
import './checklist/checklist.css';

/** "Checklist": the routine that feeds today's list, and the history of past days. */
export function ChecklistView() {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([loadRoutine(), loadHistory()]).catch((e: Error) => setError(e.message));
  }, []);
  if (error) return <p class="cmsk-alert cmsk-alert--error" role="alert">{error}</p>;
  if (routine.value === null) return <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <div class="cmsk-routine cmsk-stack">
      <h2>{t('options.nav.checklist')}</h2>
      <RoutineList />
      <HistoryTable />
    </div>
  );
}
