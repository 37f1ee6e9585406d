import type { Db } from '../db/open';
import type { toneProtocol } from '../protocol/tone';
import type { Handlers } from '../messaging/router';
import { analyze } from '../tone';
import type { HandlerDeps } from './deps';

/** Analysis is pure: no database, no state, so a retried request gives the same answer. */
export function toneHandlers(_db: Db, _deps: HandlerDeps): Pick<Handlers, keyof typeof toneProtocol> {
  return {
    'tone/analyze': async (input) => analyze(input),
  };
}
