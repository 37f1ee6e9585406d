import type { Db } from '../db/open';
import { defaultSettings, getSettings, saveSettings } from '../db/settings-repo';
import { UserError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import type { Locale } from '../i18n';

/** First run writes the defaults; until then (or if the record is unreadable) reads get them unsaved. */
export async function currentSettings(db: Db, fallbackLocale: Locale) {
  return (await getSettings(db)) ?? defaultSettings(fallbackLocale);
}

export function settingsHandlers(db: Db, browserLocale: () => Locale): Pick<Handlers, 'settings/get' | 'settings/save' | 'settings/mute-hint' | 'brands/activate'> {
  let muting: Promise<unknown> = Promise.resolve();
  return {
    'settings/get': async () => currentSettings(db, browserLocale()),
    'settings/save': async (settings) => saveSettings(db, settings),
    // A second delivery of the same mute (MV3 retry) finds the id there already and writes nothing.
    // Mutes run one after another: two quick clicks must not each read the list and drop the other's id.
    'settings/mute-hint': ({ id }) => {
      const run = muting.then(async () => {
        const settings = await currentSettings(db, browserLocale());
        if (settings.mutedHints.includes(id)) return settings;
        return saveSettings(db, { ...settings, mutedHints: [...settings.mutedHints, id] });
      });
      muting = run.catch(() => undefined);
      return run;
    },
    'brands/activate': async ({ brandId }) => {
      const settings = await currentSettings(db, browserLocale());
      if (!settings.brands.some((b) => b.id === brandId)) throw new UserError('not-found', 'error.not-found');
      return saveSettings(db, { ...settings, activeBrandId: brandId });
    },
  };
}
