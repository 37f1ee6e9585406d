import { catalog } from '../i18n';
import type { Handlers } from '../messaging/router';

/**
 * The domains whose strings the in-page UI shows. A content script asks for these only: the
 * options and popup strings would be cloned into every X and Facebook tab for nothing.
 */
export const CONTENT_DOMAINS: ReadonlySet<string> = new Set(['common', 'error', 'templates', 'clips', 'tone', 'people']);

export function i18nHandlers(): Pick<Handlers, 'i18n/catalog'> {
  return {
    'i18n/catalog': async ({ locale, scope }) => {
      const all = catalog(locale);
      if (scope !== 'content') return { ...all };
      return Object.fromEntries(Object.entries(all).filter(([key]) => CONTENT_DOMAINS.has(key.slice(0, key.indexOf('.')))));
    },
  };
}
