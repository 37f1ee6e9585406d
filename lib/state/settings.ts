import { computed, signal } from '@preact/signals';
import { detectLocale } from '../i18n/format';
import { request } from '../messaging/client';
import type { Settings } from '../schema/settings';
import { locale } from './i18n';

export const settings = signal<Settings | null>(null);
export const activeBrand = computed(() => settings.value?.brands.find((b) => b.id === settings.value?.activeBrandId) ?? null);

export function applySettings(next: Settings): void {
  settings.value = next;
  locale.value = next.uiLang === 'auto' ? detectLocale(navigator.languages) : next.uiLang;
  document.documentElement.lang = locale.value;
  document.documentElement.dataset.theme = next.theme;
}

export async function loadSettings(): Promise<Settings> {
  const next = await request('settings/get', {});
  applySettings(next);
  return next;
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const saved = await request('settings/save', next);
  applySettings(saved);
  return saved;
}

export async function activateBrand(brandId: string): Promise<void> {
  applySettings(await request('brands/activate', { brandId }));
}
