import { describe, expect, it } from 'vitest';
import en from '../../../lib/i18n/en/tone';
import fr from '../../../lib/i18n/fr/tone';
import { format } from '../../../lib/i18n';
import { HINT_IDS } from '../../../lib/tone';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('tone strings', () => {
  it.each(HINT_IDS)('has an English and a French text for %s', (id) => {
    const key = `tone.${id}` as keyof typeof en;
    expect(en[key]).toBeTruthy();
    expect(fr[key]).toBeTruthy();
    expect(fr[key]).not.toBe(en[key]);
  });

  it('uses the same keys and placeholders in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(fr[key])).toEqual(placeholders(en[key]));
  });

  it('prefixes every key with tone.', () => {
    expect(Object.keys(en).every((k) => k.startsWith('tone.'))).toBe(true);
  });

  it('fills the first name and the register', () => {
    expect(format(fr['tone.ctx.use_name'], { firstName: 'Maël' })).toBe('Pensez à saluer Maël par son prénom.');
    expect(format(en['tone.ctx.register'], { register: 'vous' })).toBe('This brand uses "vous" in French: keep it in the reply.');
  });
});
