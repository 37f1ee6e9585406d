import { signal } from '@preact/signals';
import type { MessageKey } from '../i18n/en';
import { detectLocale, type Locale, type Params } from '../i18n/format';
import { translate } from '../i18n/runtime';

// Catalogue-free on purpose: each page registers the strings it needs (entrypoints/*/main.tsx),
// so the popup does not carry the options page's.

/** The UI language of extension pages; set from settings once they load. */
export const locale = signal<Locale>(detectLocale(typeof navigator !== 'undefined' ? navigator.languages : undefined));

/** Reads the locale signal, so a component re-renders when the CM switches language. */
export function t(key: MessageKey, params?: Params): string {
  return translate(locale.value, key, params);
}
