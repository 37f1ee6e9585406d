import type { Db } from '../db/open';
import type { Handlers } from '../messaging/router';
import type { Locale } from '../i18n';
import { backupHandlers } from './backup-handlers';
import { i18nHandlers } from './i18n-handlers';
import { calendarHandlers } from './calendar-handlers';
import { checklistHandlers } from './checklist-handlers';
import { clipsHandlers } from './clips-handlers';
import { peopleHandlers } from './people-handlers';
import { settingsHandlers } from './settings-handlers';
import { templatesHandlers } from './templates-handlers';
import { toneHandlers } from './tone-handlers';
import type { HandlerDeps } from './deps';

export type { HandlerDeps };

/** Handlers split by domain; each domain has its own file, spread here. */
export function createHandlers(db: Db, input: { now?: () => Date; newId?: () => string; browserLocale: () => Locale }): Handlers {
  const deps: HandlerDeps = {
    now: input.now ?? (() => new Date()),
    newId: input.newId ?? (() => crypto.randomUUID()),
    browserLocale: input.browserLocale,
  };
  return {
    ...settingsHandlers(db, deps.browserLocale),
    ...i18nHandlers(db, deps.browserLocale),
    ...templatesHandlers(db, deps.now, deps.newId),
    ...backupHandlers(db, deps.now, deps.newId, deps.browserLocale),
    ...clipsHandlers(db, deps),
    ...calendarHandlers(db, deps),
    ...checklistHandlers(db, deps),
    ...toneHandlers(db, deps),
    ...peopleHandlers(db, deps),
  };
}
