import { format, type Locale, type Params } from './format';
import type { MessageKey } from './en';

// Extension pages register the full catalogues at load (lib/i18n/index.ts); content scripts
// register the one they receive from the background, which keeps 60 kB of strings out of them.
const catalogs: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};

export function registerCatalog(locale: Locale, strings: Readonly<Record<string, string>>): void {
  catalogs[locale] = { ...catalogs[locale], ...strings };
}

export function hasCatalog(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return format(catalogs[locale]?.[key] ?? catalogs.en?.[key] ?? key, params);
}
