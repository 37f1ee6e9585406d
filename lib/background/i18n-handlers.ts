import type { Db } from '../db/open';
import { catalog, type Locale } from '../i18n';
import type { Handlers } from '../messaging/router';
import { currentSettings } from './settings-handlers';

/**
 * The domains whose strings the in-page UI shows. A content script asks for these only: the
 * options and popup strings would be cloned into every X and Facebook tab for nothing.
 */
export const CONTENT_DOMAINS: ReadonlySet<string> = new Set(['common', 'error', 'templates', 'clips', 'tone', 'people']);

// Built once per language: every X and Facebook tab that opens asks for it.
const contentCatalogs = new Map<Locale, Record<string, string>>();

function contentCatalog(locale: Locale): Record<string, string> {
  let strings = contentCatalogs.get(locale);
  if (!strings) {
    strings = Object.fromEntries(Object.entries(catalog(locale)).filter(([key]) => CONTENT_DOMAINS.has(key.slice(0, key.indexOf('.')))));
    contentCatalogs.set(locale, strings);
  }
  return strings;
}

export function i18nHandlers(db: Db, browserLocale: () => Locale): Pick<Handlers, 'content/start'> {
  return {
    'content/start': async ({ have }) => {
      const settings = await currentSettings(db, browserLocale());
      const locale = settings.uiLang === 'auto' ? browserLocale() : settings.uiLang;
      return { settings, locale, catalog: have.includes(locale) ? null : contentCatalog(locale) };
    },
  };
}
