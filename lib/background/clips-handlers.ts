import { clipsBackup } from '../clips/backup';
import type { Db } from '../db/open';
import { deleteClips, exportClips, listClips, recordSamples, restoreClips, saveClip, savedPostIds, savedPostIdsOf, updateClips } from '../db/clips-repo';
import { getSettings } from '../db/settings-repo';
import { encodeFilter, filterOf } from '../id-filter';
import type { clipsProtocol } from '../protocol/clips';
import type { Handlers } from '../messaging/router';
import type { HandlerDeps } from './deps';

/** Handlers of the clips messages; spread into createHandlers. */
export function clipsHandlers(db: Db, deps: HandlerDeps): Pick<Handlers, keyof typeof clipsProtocol> {
  return {
    'clips/save': async (request) => saveClip(db, request, deps.now(), (await getSettings(db))?.watchList ?? []),
    'clips/state': async ({ site, postIds }) => ({ saved: await savedPostIds(db, site, postIds) }),
    'clips/saved-filter': async ({ site }) => encodeFilter(filterOf(await savedPostIdsOf(db, site))),
    'clips/samples': async ({ site, samples }) => ({ recorded: await recordSamples(db, site, samples, deps.now()) }),
    'clips/list': async ({ after, limit }) => listClips(db, after, limit),
    'clips/update': async ({ ids, set, addTags }) => ({ clips: await updateClips(db, ids, set, addTags, deps.now()) }),
    'clips/delete': async ({ ids }) => ({ deleted: await deleteClips(db, ids) }),
    'clips/restore': async ({ clips }) => ({ clips: await restoreClips(db, clips) }),
    'clips/export': async ({ ids }) => clipsBackup(await exportClips(db, ids), deps.now()),
  };
}
