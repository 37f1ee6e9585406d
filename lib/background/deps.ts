import type { Locale } from '../i18n';

/** What every handler may need besides the database; tests pass fixed clocks and ids. */
export interface HandlerDeps {
  now: () => Date;
  newId: () => string;
  browserLocale: () => Locale;
}
