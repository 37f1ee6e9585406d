import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { dayChanged, dayHeading, openToday, today } from '@/lib/state/checklist';
import { t } from '@/lib/state/i18n';
import { EmptyState } from '../ui/empty-state';
import { Toasts } from '../ui/toast';
import { AddItem } from './add-item';
import { BrandSwitcher } from './brand-switcher';
import { TodayList } from './today-list';

/** Today's checklist: one message, then every tick, add, move and delete is saved at once. */
export function PopupApp() {
  const [error, setError] = useState<string | null>(null);
  // Not useEffect: Preact runs those after the next animation frame, a wait the popup's first
  // paint would pay before even asking for the list.
  useLayoutEffect(() => {
    openToday().catch((e: Error) => setError(e.message));
  }, []);
  const view = today.value;
  if (!view) {
    return (
      <div class="cmsk-popup">
        {error ? <p class="cmsk-alert cmsk-alert--error" role="alert">{error}</p> : <p aria-busy="true">{t('common.loading')}</p>}
      </div>
    );
  }
  const done = view.required - view.remaining;
  return (
    <div class="cmsk-popup">
      <header class="cmsk-popup__header">
        <div>
          <h1>{t('popup.title')}</h1>
          <p class="cmsk-muted cmsk-popup__day">{dayHeading(view.day)}</p>
        </div>
        <BrandSwitcher />
      </header>
      {/* Painted from the snapshot, the list stays; the CM still learns it could not be refreshed. */}
      {error && <p class="cmsk-alert cmsk-alert--error" role="alert">{error}</p>}
      {dayChanged.value && <p class="cmsk-alert cmsk-alert--ok" role="status">{t('popup.newDay')}</p>}
      {view.items.length === 0 ? (
        <EmptyState title={t('popup.empty.title')}>{t('popup.empty.body')}</EmptyState>
      ) : (
        <>
          <div class="cmsk-today__progress">
            <p aria-live="polite">{view.remaining > 0 ? t('popup.progress', { left: view.remaining, total: view.required }) : t('popup.progress.done')}</p>
            <progress value={done} max={Math.max(1, view.required)} aria-hidden="true" />
          </div>
          <TodayList view={view} />
        </>
      )}
      <AddItem />
      <footer class="cmsk-popup__footer">
        <a class="cmsk-btn cmsk-btn--link" href="/options.html#/checklist" target="_blank" rel="noopener">{t('popup.editRoutine')}</a>
        <button type="button" class="cmsk-btn cmsk-btn--link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
      </footer>
      <Toasts />
    </div>
  );
}
