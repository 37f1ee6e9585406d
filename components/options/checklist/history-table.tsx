import { history } from '@/lib/state/checklist';
import { locale, t } from '@/lib/state/i18n';
import { EmptyState } from '../../ui/empty-state';
import { formatDate } from '../calendar/dates';

/** Past days, newest first: required and optional items done, and the streak of complete days. */
export function HistoryTable() {
  const h = history.value;
  if (!h) return null;
  return (
    <section class="cmsk-stack" aria-labelledby="cmsk-history-title">
      <h3 id="cmsk-history-title">{t('checklist.history.title')}</h3>
      <p class="cmsk-muted">{t('checklist.history.help')}</p>
      {h.days.length === 0 ? (
        <EmptyState title={t('checklist.history.empty.title')}>{t('checklist.history.empty.body')}</EmptyState>
      ) : (
        <>
          <p class="cmsk-routine__streak"><strong>{h.streak > 0 ? t('checklist.streak', { count: h.streak }) : t('checklist.history.no-streak')}</strong></p>
          <table class="cmsk-history">
            <thead>
              <tr>
                <th scope="col">{t('checklist.history.day')}</th>
                <th scope="col">{t('checklist.history.required')}</th>
                <th scope="col">{t('checklist.history.optional')}</th>
                <th scope="col"><span class="cmsk-visually-hidden">{t('checklist.history.complete')}</span></th>
              </tr>
            </thead>
            <tbody>
              {h.days.map((d) => (
                <tr key={d.day} class={d.complete ? 'is-complete' : undefined}>
                  <th scope="row">{formatDate(d.day, locale.value, { weekday: 'short', day: 'numeric', month: 'short' })}</th>
                  <td>
                    <span>{t('checklist.history.count', { done: d.requiredDone, total: d.required })}</span>
                    <progress value={d.requiredDone} max={Math.max(1, d.required)} aria-hidden="true" />
                  </td>
                  <td>{t('checklist.history.count', { done: d.optionalDone, total: d.optional })}</td>
                  <td>{t(d.complete ? 'checklist.history.complete' : 'checklist.history.incomplete')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
