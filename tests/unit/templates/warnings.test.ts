import { describe, expect, it } from 'vitest';
import { templateWarnings } from '../../../lib/templates/warnings';

const base = { lang: 'fr' as const, platforms: ['any' as const] };

describe('templateWarnings', () => {
  it('warns past 280 weighted characters for X or any platform', () => {
    const body = 'a'.repeat(281);
    expect(templateWarnings({ ...base, body })).toEqual([{ code: 'x-too-long', weighted: 281, limit: 280 }]);
    expect(templateWarnings({ ...base, platforms: ['x'], body })).toHaveLength(1);
    expect(templateWarnings({ ...base, body: 'a'.repeat(280) })).toEqual([]);
  });

  it('does not warn for Facebook-only templates', () => {
    expect(templateWarnings({ ...base, platforms: ['facebook'], body: 'a'.repeat(600) })).toEqual([]);
  });

  it('counts X weights: emoji 2, links 23', () => {
    expect(templateWarnings({ ...base, body: `${'a'.repeat(139)}${'😀'.repeat(71)}` })[0]?.weighted).toBe(281);
    expect(templateWarnings({ ...base, body: `${'a'.repeat(257)} https://example.com/a/very/long/path/that/x/shortens` })[0]?.weighted).toBe(281);
  });

  it('measures variables as they will render, not as written', () => {
    const body = `${'a'.repeat(270)}{{brand}}`;
    expect(templateWarnings({ ...base, body })).toEqual([{ code: 'x-too-long', weighted: 283, limit: 280 }]);
    expect(templateWarnings({ ...base, body }, { brand: { name: 'Acme' } })).toEqual([]);
  });
});
