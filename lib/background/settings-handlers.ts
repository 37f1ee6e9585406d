import type { Db } from '../db/open';
import { defaultSettings, getSettings, saveSettings } from '../db/settings-repo';
import { UserError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import type { Locale } from '../i18n';

/** First run writes the defaults; until then (or if the record is unreadable) reads get them unsaved. */
export async function currentSettings(db: Db, fallbackLocale: Locale) {
  return (await getSettings(db)) ?? defaultSettings(fallbackLocale);
}

export function settingsHandlers(db: Db, browserLocale: () => Locale): Pick<Handlers, 'settings/get' | 'settings/save' | 'brands/activate'> {
  return {
    'settings/get': async () => currentSettings(db, browserLocale()),
    'settings/save': async (settings) => saveSettings(db, settings),
    'brands/activate': async ({ brandId }) => {
      const settings = await currentSettings(db, browserLocale());
      if (!settings.brands.some((b) => b.id === brandId)) throw new UserError('not-found', 'error.not-found');
      return saveSettings(db, { ...settings, activeBrandId: brandId });
    },
  };
}
