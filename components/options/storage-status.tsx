import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/state/i18n';

function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

/**
 * Asks the browser to keep our data under storage pressure. The service worker cannot ask
 * (persist() is for windows only), so the options page does it whenever it opens.
 */
export function StorageStatus() {
  const [state, setState] = useState<{ persisted: boolean; usage: number } | null>(null);
  useEffect(() => {
    void (async () => {
      const storage = navigator.storage;
      if (!storage?.persist) return;
      const persisted = (await storage.persisted()) || (await storage.persist());
      const estimate = await storage.estimate();
      setState({ persisted, usage: estimate.usage ?? 0 });
    })();
  }, []);
  if (!state) return null;
  return (
    <section class="cmsk-fieldset" aria-labelledby="storage-title">
      <h3 id="storage-title">{t('settings.storage')}</h3>
      <p>{state.persisted ? t('settings.storage.persisted') : t('settings.storage.notPersisted')}</p>
      <p class="cmsk-muted">{t('settings.storage.usage', { used: formatBytes(state.usage, document.documentElement.lang || 'en') })}</p>
    </section>
  );
}
