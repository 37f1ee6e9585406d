import type { Db } from '../db/open';
import { deleteTemplate, getTemplate, listTemplates, putTemplate } from '../db/templates-repo';
import type { Handlers } from '../messaging/router';

export function templatesHandlers(db: Db, now: () => Date, newId: () => string): Pick<Handlers, 'templates/list' | 'templates/save' | 'templates/delete'> {
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
  };
}
