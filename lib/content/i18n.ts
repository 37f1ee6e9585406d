import { signal } from '@preact/signals';
import { detectLocale, translate, type Locale, type MessageKey, type Params } from '../i18n';
import { sendMessage } from '../messaging/client';
import type { Settings } from '../schema/settings';

/** In-page UI speaks the CM's chosen language, which may differ from the host page's. */
export const contentLocale = signal<Locale>(detectLocale(navigator.languages));
export const contentSettings = signal<Settings | null>(null);

export function t(key: MessageKey, params?: Params): string {
  return translate(contentLocale.value, key, params);
}

async function refresh(): Promise<void> {
  const result = await sendMessage('settings/get', {});
  if (!result.ok) return;
  contentSettings.value = result.data;
  contentLocale.value = result.data.uiLang === 'auto' ? detectLocale(navigator.languages) : result.data.uiLang;
}

/**
 * Loads settings once, and again whenever the tab comes back into view: a CM who changed the
 * active brand or the language in the options page sees it on return, without polling.
 */
export function startContentSettings(signal: AbortSignal): Promise<void> {
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') void refresh(); }, { signal });
  return refresh();
}
