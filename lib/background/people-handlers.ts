import { deletePeople, getPeople, listPeople, mergePeopleRecords, personIds, toCard, upsertPerson } from '../db/authors-repo';
import type { Db } from '../db/open';
import { encodeFilter, filterOf } from '../id-filter';
import { UserError } from '../messaging/errors';
import type { peopleProtocol } from '../protocol/people';
import type { Handlers } from '../messaging/router';
import type { HandlerDeps } from './deps';

/** Handlers of the people messages; spread into createHandlers. */
export function peopleHandlers(db: Db, deps: HandlerDeps): Pick<Handlers, keyof typeof peopleProtocol> {
  return {
    'people/get-many': async ({ ids }) => ({ people: await getPeople(db, ids, deps.now()) }),
    'people/filter': async () => encodeFilter(filterOf(await personIds(db))),
    'people/upsert': async (input) => toCard(await upsertPerson(db, input, deps.now()), deps.now()),
    'people/list': async () => ({ people: await listPeople(db) }),
    'people/delete': async ({ ids }) => ({ deleted: await deletePeople(db, ids) }),
    'people/merge': async ({ from, into }) => {
      const person = await mergePeopleRecords(db, from, into, deps.now());
      if (!person) throw new UserError('not-found', 'error.not-found');
      return { person };
    },
  };
}
