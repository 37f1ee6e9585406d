import { catalog } from '../i18n';
import type { Handlers } from '../messaging/router';

export function i18nHandlers(): Pick<Handlers, 'i18n/catalog'> {
  return {
    'i18n/catalog': async ({ locale }) => ({ ...catalog(locale) }),
  };
}
