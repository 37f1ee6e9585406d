import type { Db } from '../db/open';
import type { clipsProtocol } from '../protocol/clips';
import type { Handlers } from '../messaging/router';
import type { HandlerDeps } from './deps';

/** Handlers of the clips messages; spread into createHandlers. */
export function clipsHandlers(_db: Db, _deps: HandlerDeps): Pick<Handlers, keyof typeof clipsProtocol> {
  return {};
}
