import type { Db } from '../db/open';
import { defaultSettings, getSettings, saveSettings } from '../db/settings-repo';
import type { Locale } from '../i18n';

const SEED_KEY = 'seeded';
export const SEED_VERSION = 1;

export interface SeedContext {
  now: Date;
  locale: Locale;
}

/**
 * Installs first-run content once. The flag lives in the database itself, so a worker killed
 * halfway seeds again on its next start, and puts by id make that second run harmless.
 */
export async function seedFirstRun(db: Db, ctx: SeedContext): Promise<void> {
  const seeded = await db.get('meta', SEED_KEY);
  if (typeof seeded === 'number' && seeded >= SEED_VERSION) return;
  if (!(await getSettings(db))) await saveSettings(db, defaultSettings(ctx.locale));
  await db.put('meta', SEED_VERSION, SEED_KEY);
}
