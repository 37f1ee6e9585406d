import type { Db } from '../db/open';
import type { toneProtocol } from '../protocol/tone';
import type { Handlers } from '../messaging/router';
import type { HandlerDeps } from './deps';

/** Handlers of the tone messages; spread into createHandlers. */
export function toneHandlers(_db: Db, _deps: HandlerDeps): Pick<Handlers, keyof typeof toneProtocol> {
  return {};
}
