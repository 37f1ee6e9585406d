import type { Db } from '../db/open';
import type { Handlers } from '../messaging/router';
import type { Locale } from '../i18n';
import { backupHandlers } from './backup-handlers';
import { settingsHandlers } from './settings-handlers';
import { templatesHandlers } from './templates-handlers';

export interface HandlerDeps {
  now?: () => Date;
  newId?: () => string;
  browserLocale: () => Locale;
}

/** Handlers split by domain; each domain adds its own file and spreads it here. */
export function createHandlers(db: Db, deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  return {
    ...settingsHandlers(db, deps.browserLocale),
    ...templatesHandlers(db, now, newId),
    ...backupHandlers(db, now, newId, deps.browserLocale),
  };
}
