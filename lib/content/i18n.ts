import type { MessageKey } from '../i18n/en';
import { detectLocale, type Locale, type Params } from '../i18n/format';
import { registerCatalog, translate } from '../i18n/runtime';
import enUnreachable from '../i18n/en/unreachable';
import frUnreachable from '../i18n/fr/unreachable';
import { sendMessage } from '../messaging/client';
import type { Settings } from '../schema/settings';
import { cell, shared, type Cell } from './shared';

// "Cannot reach the background" ships with the script: it must read well when the background
// cannot answer. Every other error arrives worded by the background.
registerCatalog('en', enUnreachable);
registerCatalog('fr', frUnreachable);

/** In-page UI speaks the CM's chosen language, which may differ from the host page's. */
export const contentLocale: Cell<Locale> = shared('locale', () => cell(detectLocale(navigator.languages)));
export const contentSettings: Cell<Settings | null> = shared('settings', () => cell<Settings | null>(null));

/** Languages whose full in-page catalogue arrived (the bundled error string does not count). */
const loaded: Set<Locale> = shared('catalogs-loaded', () => new Set<Locale>());

export function t(key: MessageKey, params?: Params): string {
  return translate(contentLocale.value, key, params);
}

async function refresh(): Promise<void> {
  const have = (['en', 'fr'] as const).filter((locale) => loaded.has(locale));
  const result = await sendMessage('content/start', { have });
  if (!result.ok) return;
  const { settings, locale, catalog } = result.data;
  if (catalog) {
    registerCatalog(locale, catalog);
    loaded.add(locale);
  }
  // Locale first: UI redrawn for new settings then already speaks the new language.
  contentLocale.value = locale;
  contentSettings.value = settings;
}

/**
 * Loads settings and the strings of the CM's language once, and again whenever the tab comes
 * back into view: a CM who changed the active brand or the language sees it on return, without
 * polling. Features render after settings arrive, so their text is never a bare key.
 */
export function startContentSettings(signal: AbortSignal): Promise<void> {
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') void refresh(); }, { signal });
  return refresh();
}
