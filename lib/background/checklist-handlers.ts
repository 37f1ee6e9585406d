import type { Db } from '../db/open';
import type { checklistProtocol } from '../protocol/checklist';
import type { Handlers } from '../messaging/router';
import type { HandlerDeps } from './deps';

/** Handlers of the checklist messages; spread into createHandlers. */
export function checklistHandlers(_db: Db, _deps: HandlerDeps): Pick<Handlers, keyof typeof checklistProtocol> {
  return {};
}
