import type { Db } from '../db/open';
import type { calendarProtocol } from '../protocol/calendar';
import type { Handlers } from '../messaging/router';
import type { HandlerDeps } from './deps';

/** Handlers of the calendar messages; spread into createHandlers. */
export function calendarHandlers(_db: Db, _deps: HandlerDeps): Pick<Handlers, keyof typeof calendarProtocol> {
  return {};
}
