import { shared } from '../content/shared';
import { format, type Locale, type Params } from './format';
import type { MessageKey } from './en';

// Extension pages register the full catalogues at load (lib/i18n/index.ts); content scripts
// register the one they receive from the background, which keeps 60 kB of strings out of them.
// Shared, so the in-page UI loaded later reads the catalogue the page script received.
const catalogs: Partial<Record<Locale, Readonly<Record<string, string>>>> = shared('catalogs', () => ({}));

export function registerCatalog(locale: Locale, strings: Readonly<Record<string, string>>): void {
  const known = catalogs[locale];
  catalogs[locale] = known ? { ...known, ...strings } : strings;
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return format(catalogs[locale]?.[key] ?? catalogs.en?.[key] ?? key, params);
}
