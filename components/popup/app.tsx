import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/state/i18n';
import { activeBrand, loadSettings, settings } from '@/lib/state/settings';
import { EmptyState } from '../ui/empty-state';
import { BrandSwitcher } from './brand-switcher';

export function PopupApp() {
  useEffect(() => {
    void loadSettings();
  }, []);
  const brand = activeBrand.value;
  return (
    <div class="cmsk-popup">
      <header class="cmsk-popup__header">
        <h1>{t('popup.title')}</h1>
        {brand && settings.value && settings.value.brands.length < 2 && <span class="cmsk-badge">{brand.name}</span>}
        <BrandSwitcher />
      </header>
      <EmptyState title={t('popup.empty.title')}>{t('popup.empty.body')}</EmptyState>
      <footer class="cmsk-popup__footer">
        <button type="button" class="cmsk-btn cmsk-btn--link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
      </footer>
    </div>
  );
}
