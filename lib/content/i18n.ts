import { signal } from '@preact/signals';
import type { MessageKey } from '../i18n/en';
import { detectLocale, type Locale, type Params } from '../i18n/format';
import { hasCatalog, registerCatalog, translate } from '../i18n/runtime';
import enErrors from '../i18n/en/errors';
import frErrors from '../i18n/fr/errors';
import { sendMessage } from '../messaging/client';
import type { Settings } from '../schema/settings';

// Error texts ship with the script: they must read well even when the background cannot answer.
registerCatalog('en', enErrors);
registerCatalog('fr', frErrors);

/** In-page UI speaks the CM's chosen language, which may differ from the host page's. */
export const contentLocale = signal<Locale>(detectLocale(navigator.languages));
export const contentSettings = signal<Settings | null>(null);
/** Bumped when a catalogue arrives, so components that called t() render again. */
const catalogVersion = signal(0);

export function t(key: MessageKey, params?: Params): string {
  void catalogVersion.value;
  return translate(contentLocale.value, key, params);
}

const requested = new Set<Locale>();
async function ensureCatalog(locale: Locale): Promise<void> {
  if (requested.has(locale)) return;
  requested.add(locale);
  const result = await sendMessage('i18n/catalog', { locale });
  if (!result.ok) {
    requested.delete(locale);
    return;
  }
  registerCatalog(locale, result.data);
  catalogVersion.value++;
}

async function refresh(): Promise<void> {
  const result = await sendMessage('settings/get', {});
  if (!result.ok) return;
  const locale = result.data.uiLang === 'auto' ? detectLocale(navigator.languages) : result.data.uiLang;
  await ensureCatalog(locale);
  contentSettings.value = result.data;
  contentLocale.value = locale;
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

export function catalogReady(locale: Locale): boolean {
  return hasCatalog(locale);
}
