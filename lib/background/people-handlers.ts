import type { Db } from '../db/open';
import type { peopleProtocol } from '../protocol/people';
import type { Handlers } from '../messaging/router';
import type { HandlerDeps } from './deps';

/** Handlers of the people messages; spread into createHandlers. */
export function peopleHandlers(_db: Db, _deps: HandlerDeps): Pick<Handlers, keyof typeof peopleProtocol> {
  return {};
}
