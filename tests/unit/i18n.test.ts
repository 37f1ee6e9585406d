import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { detectLocale, format, translate } from '@/lib/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('French and English have exactly the same keys', () => {
    const enKeys = Object.keys(en).sort();
    const frKeys = Object.keys(fr).sort();
    expect(frKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !frKeys.includes(k))).toEqual([]);
  });

  it('no string is empty and every placeholder exists in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(fr[key].trim(), `fr ${key}`).not.toBe('');
      expect(placeholders(fr[key]), `placeholders of ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it('picks French for any French browser language and English otherwise', () => {
    expect(detectLocale(['fr-CA', 'en'])).toBe('fr');
    expect(detectLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(detectLocale(['de-DE'])).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} item(s) for {name}', { count: 3 })).toBe('3 item(s) for {name}');
    expect(translate('fr', 'settings.brand.removed', { name: 'Acme' })).toBe('Acme retirée.');
  });
});
