import { SettingsSchema, type Settings } from '../schema/settings';
import type { Locale } from '../i18n';
import type { Db } from './open';
import type { StoredBrand } from './schema';

export const DEFAULT_BRAND_ID = 'brand-default';

/** First-run settings: one brand, named in the CM's language, speaking "vous". */
export function defaultSettings(locale: Locale): Settings {
  return SettingsSchema.parse({
    brands: [{ id: DEFAULT_BRAND_ID, name: locale === 'fr' ? 'Ma marque' : 'My brand', lang: locale, register: 'vous', signature: '' }],
    activeBrandId: DEFAULT_BRAND_ID,
  });
}

export async function getSettings(db: Db): Promise<Settings | null> {
  const tx = db.transaction(['settings', 'brands'], 'readonly');
  const [stored, brands] = await Promise.all([tx.objectStore('settings').get('settings'), tx.objectStore('brands').getAll()]);
  await tx.done;
  if (!stored) return null;
  brands.sort((a, b) => a.order - b.order);
  // Stored data is a boundary too: an unreadable record must not crash every page.
  const parsed = SettingsSchema.safeParse({ ...stored, brands: brands.map(({ order: _order, ...brand }) => brand) });
  return parsed.success ? parsed.data : null;
}

export function toStored(settings: Settings): { stored: Omit<Settings, 'brands'>; brands: StoredBrand[] } {
  const { brands, ...stored } = settings;
  return { stored, brands: brands.map((brand, order) => ({ ...brand, order })) };
}

export async function saveSettings(db: Db, settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  const { stored, brands } = toStored(valid);
  const tx = db.transaction(['settings', 'brands'], 'readwrite');
  const brandStore = tx.objectStore('brands');
  const keep = new Set(brands.map((b) => b.id));
  for (const key of await brandStore.getAllKeys()) if (!keep.has(key)) void brandStore.delete(key);
  for (const brand of brands) void brandStore.put(brand);
  void tx.objectStore('settings').put(stored, 'settings');
  await tx.done;
  return valid;
}
