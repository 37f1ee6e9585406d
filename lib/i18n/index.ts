import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey };
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, fr };

export type Params = Record<string, string | number>;

/** Picks French for any fr-* browser language, English otherwise. */
export function detectLocale(languages: readonly string[] | string | undefined): Locale {
  const list = typeof languages === 'string' ? [languages] : (languages ?? []);
  for (const lang of list) {
    const base = lang.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return format(catalogs[locale][key] ?? catalogs.en[key] ?? key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export function catalog(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs[locale];
}
