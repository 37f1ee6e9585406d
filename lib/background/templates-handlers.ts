import { upsertPerson } from '../db/authors-repo';
import type { Db } from '../db/open';
import { deleteTemplate, getTemplate, listTemplates, putTemplate, recordTemplateUse } from '../db/templates-repo';
import type { Handlers } from '../messaging/router';

/** How many recent use ids are remembered: far more than a CM inserts between two worker restarts. */
const RECENT_USES = 500;

export function templatesHandlers(db: Db, now: () => Date, newId: () => string): Pick<Handlers, 'templates/list' | 'templates/save' | 'templates/delete' | 'templates/used'> {
  // Usage only ranks the picker's results, so "idempotent enough" is the bar: a message delivered
  // twice while this worker lives counts once. The client retries only when the message did not
  // reach a handler (worker stopped), so a restart losing this set does not double-count either.
  const recentUses = new Set<string>();
  return {
    'templates/list': async () => listTemplates(db),
    'templates/save': async (input) => {
      const stamp = now().toISOString();
      const existing = input.id ? await getTemplate(db, input.id) : undefined;
      // Saving keeps usage stats and creation time: the editor does not send them back.
      return putTemplate(db, {
        ...input,
        id: input.id ?? newId(),
        usage: existing?.usage ?? input.usage,
        createdAt: existing?.createdAt ?? input.createdAt ?? stamp,
        updatedAt: stamp,
      });
    },
    'templates/delete': async ({ id }) => ({ deleted: await deleteTemplate(db, id) }),
    'templates/used': async ({ id, useId, author }) => {
      if (recentUses.has(useId)) return { counted: false };
      // Remembered before the write, so a duplicate arriving while it runs is not counted too.
      recentUses.add(useId);
      // A Set iterates in insertion order: the first one is the oldest.
      if (recentUses.size > RECENT_USES) recentUses.delete(recentUses.values().next().value as string);
      const at = now().toISOString();
      const used = await recordTemplateUse(db, id, at);
      // The reply joins the person's timeline (People and Activity), named by the template's title.
      if (used && author) await upsertPerson(db, { site: author.site, key: author.key, displayName: author.name, addInteraction: { kind: 'reply', at, detail: used.title.slice(0, 500) } }, new Date(at));
      return { counted: used !== null };
    },
  };
}
