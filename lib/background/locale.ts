import { detectLocale, type Locale } from '../i18n';
import type { Settings } from '../schema/settings';

export function browserLocale(): Locale {
  return detectLocale(typeof navigator !== 'undefined' ? navigator.languages : undefined);
}

/** The CM's chosen language, or the browser's when set to follow it. */
export function uiLocale(settings: Pick<Settings, 'uiLang'> | null, fallback: Locale = browserLocale()): Locale {
  return settings && settings.uiLang !== 'auto' ? settings.uiLang : fallback;
}
