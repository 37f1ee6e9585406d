import { signal } from '@preact/signals';
import { detectLocale, translate, type Locale, type MessageKey, type Params } from '../i18n';

/** The UI language of extension pages; set from settings once they load. */
export const locale = signal<Locale>(detectLocale(typeof navigator !== 'undefined' ? navigator.languages : undefined));

/** Reads the locale signal, so a component re-renders when the CM switches language. */
export function t(key: MessageKey, params?: Params): string {
  return translate(locale.value, key, params);
}
