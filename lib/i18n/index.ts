import { en, type MessageKey } from './en';
import { fr } from './fr';
import type { Locale } from './format';
import { registerCatalog } from './runtime';

export type { MessageKey };
export { detectLocale, format, LOCALES, type Locale, type Params } from './format';
export { translate } from './runtime';

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, fr };
registerCatalog('en', en);
registerCatalog('fr', fr);

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export function catalog(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs[locale];
}
