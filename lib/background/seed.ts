import { starterEvents } from '../calendar/starters';
import { defaultRoutine } from '../checklist/starters';
import type { Db } from '../db/open';
import { defaultSettings, getSettings, saveSettings } from '../db/settings-repo';
import type { Locale } from '../i18n';
import { starterTemplates } from '../templates/starters';

const SEED_KEY = 'seeded';
export const SEED_VERSION = 1;

export interface SeedContext {
  now: Date;
  locale: Locale;
  timeZone?: string;
}

/**
 * Installs first-run content once: settings, the example templates, the two weekly rendez-vous
 * and the default routine. The flag lives in the database itself, so a worker killed halfway
 * seeds again on its next start; records that already exist are never overwritten.
 */
export async function seedFirstRun(db: Db, ctx: SeedContext): Promise<void> {
  const seeded = await db.get('meta', SEED_KEY);
  if (typeof seeded === 'number' && seeded >= SEED_VERSION) return;
  if (!(await getSettings(db))) await saveSettings(db, defaultSettings(ctx.locale));
  const timeZone = ctx.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  const tx = db.transaction(['templates', 'calendar', 'checklistItems', 'meta'], 'readwrite');
  const addMissing = async <S extends 'templates' | 'calendar' | 'checklistItems'>(store: S, records: Array<{ id: string }>) => {
    const os = tx.objectStore(store);
    for (const record of records) {
      if ((await os.getKey(record.id)) === undefined) await os.put(record as never);
    }
  };
  await addMissing('templates', starterTemplates(ctx.now));
  await addMissing('calendar', starterEvents(ctx.locale, ctx.now, timeZone));
  await addMissing('checklistItems', defaultRoutine(ctx.locale, ctx.now));
  await tx.objectStore('meta').put(SEED_VERSION, SEED_KEY);
  await tx.done;
}
