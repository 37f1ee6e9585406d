import { describe, expect, it } from 'vitest';
import { createTemplateIndex, type SearchOptions } from '../../../lib/templates/search';
import { starterTemplates } from '../../../lib/templates/starters';
import { makeTemplate } from './make-template';

const now = Date.parse('2026-12-01T12:00:00Z');
const opts: SearchOptions = { platform: 'x', brandId: 'acme', now };
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();
const titles = (results: { template: { title: string } }[]) => results.map((r) => r.template.title);

describe('createTemplateIndex().search', () => {
  const delay = makeTemplate({ title: 'Délai de livraison', tags: ['delivery'], body: 'Votre colis arrive bientôt.' });
  const refund = makeTemplate({ title: 'Remboursement', tags: ['refund'], body: 'Le délai de remboursement est de 14 jours.' });
  const thanks = makeTemplate({ title: 'Merci pour le compliment', tags: ['praise'], body: 'Ça nous fait plaisir, {{author.firstName}} !' });
  const index = createTemplateIndex([refund, thanks, delay]);

  it('is accent- and case-insensitive', () => {
    expect(titles(index.search('DELAI', opts))[0]).toBe('Délai de livraison');
    expect(titles(index.search('délai', opts))[0]).toBe('Délai de livraison');
  });

  it('ranks a title match above a body match', () => {
    expect(titles(index.search('delai', opts))).toEqual(['Délai de livraison', 'Remboursement']);
  });

  it('matches tags and body words, and requires every term', () => {
    expect(titles(index.search('praise', opts))).toEqual(['Merci pour le compliment']);
    expect(titles(index.search('colis', opts))).toEqual(['Délai de livraison']);
    expect(titles(index.search('colis remboursement', opts))).toEqual([]);
  });

  it('matches letters in order at a word start (fuzzy)', () => {
    expect(titles(index.search('rmbst', opts))).toEqual(['Remboursement']);
    expect(index.search('xqzw', opts)).toEqual([]);
  });

  it('does not match template syntax', () => {
    expect(index.search('firstname', opts)).toEqual([]);
  });

  it('breaks relevance ties by recent and frequent use', () => {
    const old = makeTemplate({ title: 'Retard A', usage: { count: 2, lastUsedAt: ago(60) } });
    const recent = makeTemplate({ title: 'Retard B', usage: { count: 1, lastUsedAt: ago(1) } });
    const never = makeTemplate({ title: 'Retard C' });
    const result = createTemplateIndex([never, old, recent]).search('retard', opts);
    expect(titles(result)).toEqual(['Retard B', 'Retard A', 'Retard C']);
    expect(result[0]!.score).toBeGreaterThan(result[1]!.score);
  });

  it('keeps relevance above usage', () => {
    const used = makeTemplate({ title: 'Livraison', body: 'retard possible', usage: { count: 500, lastUsedAt: ago(0) } });
    const relevant = makeTemplate({ title: 'Retard de livraison' });
    expect(titles(createTemplateIndex([used, relevant]).search('retard', opts))).toEqual(['Retard de livraison', 'Livraison']);
  });

  it('lists templates for another platform or brand last, still listed', () => {
    const facebookOnly = makeTemplate({ title: 'Retard (Facebook)', platforms: ['facebook'], usage: { count: 50, lastUsedAt: ago(0) } });
    const otherBrand = makeTemplate({ title: 'Retard (Globex)', brand: 'globex', usage: { count: 50, lastUsedAt: ago(0) } });
    const ours = makeTemplate({ title: 'Retard', brand: 'acme', platforms: ['x'] });
    const anywhere = makeTemplate({ title: 'Retard partout' });
    const result = createTemplateIndex([facebookOnly, otherBrand, ours, anywhere]).search('retard', opts);
    expect(titles(result.slice(0, 2)).sort()).toEqual(['Retard', 'Retard partout']);
    expect(result.map((r) => r.inContext)).toEqual([true, true, false, false]);
  });

  it('prefers the brand language and register', () => {
    const en = makeTemplate({ title: 'Merci (en)', lang: 'en', usage: { count: 9, lastUsedAt: ago(0) } });
    const tu = makeTemplate({ title: 'Merci (tu)', tags: ['tu'], usage: { count: 9, lastUsedAt: ago(0) } });
    const vous = makeTemplate({ title: 'Merci (vous)', tags: ['vous'] });
    const result = createTemplateIndex([en, tu, vous]).search('merci', { ...opts, lang: 'fr', register: 'vous' });
    expect(titles(result)[0]).toBe('Merci (vous)');
    expect(result.every((r) => r.inContext)).toBe(true);
  });

  it('orders an empty query by use, most recent and frequent first', () => {
    const a = makeTemplate({ title: 'A' });
    const b = makeTemplate({ title: 'B', usage: { count: 3, lastUsedAt: ago(10) } });
    const c = makeTemplate({ title: 'C', usage: { count: 1, lastUsedAt: ago(0) } });
    expect(titles(createTemplateIndex([a, b, c]).search('  ', opts))).toEqual(['C', 'B', 'A']);
  });

  it('matches a shortcut first', () => {
    const short = makeTemplate({ title: 'Réponse longue', shortcut: 'rdv' });
    const other = makeTemplate({ title: 'Rdv annulé' });
    expect(titles(createTemplateIndex([other, short]).search('rdv', opts))[0]).toBe('Réponse longue');
  });

  it('honours the limit, keeping the best', () => {
    const many = Array.from({ length: 30 }, (_, i) => makeTemplate({ title: `Retard ${i}`, usage: { count: i, lastUsedAt: null } }));
    const result = createTemplateIndex(many).search('retard', { ...opts, limit: 5 });
    expect(titles(result)).toEqual(['Retard 29', 'Retard 28', 'Retard 27', 'Retard 26', 'Retard 25']);
    expect(createTemplateIndex(many).search('retard', opts)).toHaveLength(30);
  });

  it('gives the same answer when the same index is queried again', () => {
    const first = titles(index.search('de', opts));
    index.search('merci', { ...opts, limit: 1 });
    expect(titles(index.search('de', opts))).toEqual(first);
  });

  it('finds starters by French words without accents, and puts the brand register first', () => {
    const starters = createTemplateIndex(starterTemplates(new Date(now)));
    const vous = { ...opts, lang: 'fr' as const, register: 'vous' as const };
    expect(starters.search('netiquette', vous)[0]?.template.id).toBe('starter-fr-vous-guidelines-reminder');
    expect(starters.search('colis', { ...vous, register: 'tu' })[0]?.template.id).toBe('starter-fr-tu-delivery-delay');
    expect(starters.search('upset', { ...opts, lang: 'en' }).map((r) => r.template.id).slice(0, 2).sort()).toEqual(['starter-en-complaint-dm', 'starter-en-delivery-delay']);
  });
});
