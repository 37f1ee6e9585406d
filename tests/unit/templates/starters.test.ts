import { describe, expect, it } from 'vitest';
import { TemplateSchema } from '../../../lib/schema';
import { missingValues, render, validate } from '../../../lib/templates/render';
import { starterTemplates } from '../../../lib/templates/starters';
import { templateWarnings } from '../../../lib/templates/warnings';

const now = new Date('2026-12-01T09:00:00Z');
const starters = starterTemplates(now);

describe('starterTemplates', () => {
  it('covers every situation in French vous, French tu and English', () => {
    const slugs = ['complaint-dm', 'delivery-delay', 'faq-answer', 'praise-thanks', 'guidelines-reminder', 'crisis-holding', 'weekly-topic'];
    const ids = starters.map((t) => t.id).sort();
    const expected = ['fr-vous', 'fr-tu', 'en'].flatMap((v) => slugs.map((s) => `starter-${v}-${s}`)).sort();
    expect(ids).toEqual(expected);
  });

  it('is stable between runs and valid against the schema', () => {
    expect(starterTemplates(new Date('2030-01-01T00:00:00Z')).map((t) => t.id)).toEqual(starters.map((t) => t.id));
    for (const template of starters) {
      expect(TemplateSchema.parse(template)).toEqual(template);
      expect(template).toMatchObject({ example: true, createdAt: now.toISOString(), usage: { count: 0, lastUsedAt: null } });
    }
  });

  it('has bodies without syntax errors or unknown variables', () => {
    for (const template of starters) expect(validate(template.body), template.id).toEqual([]);
  });

  it('can be inserted with only the brand known: every author variable has a fallback', () => {
    for (const template of starters) {
      expect(missingValues(template.body, { lang: template.lang, brand: { name: 'Acme' } }), template.id).toEqual([]);
    }
  });

  it('speaks in the right register and language', () => {
    const bodies = (prefix: string) => starters.filter((t) => t.id.startsWith(prefix)).map((t) => t.body.toLowerCase());
    for (const body of bodies('starter-fr-vous-')) expect(body).not.toMatch(/\b(tu|ta|tes|toi|te)\b|\bton (dossier|numéro)/);
    for (const body of bodies('starter-fr-tu-')) expect(body).not.toMatch(/\b(votre|vos)\b|vous (avez|êtes|pouvez)/);
    expect(starters.filter((t) => t.id.startsWith('starter-en-')).every((t) => t.lang === 'en')).toBe(true);
    expect(starters.find((t) => t.id === 'starter-fr-vous-weekly-topic')?.title).toBe('Livre de la semaine : que lisez-vous ?');
  });

  it('carries the tags a tone reading matches', () => {
    const tags = (id: string) => starters.find((t) => t.id === id)?.tags ?? [];
    expect(tags('starter-en-complaint-dm')).toContain('upset');
    expect(tags('starter-fr-tu-guidelines-reminder')).toContain('hostile');
    expect(tags('starter-fr-vous-faq-answer')).toEqual(expect.arrayContaining(['question', 'vous']));
    expect(tags('starter-en-praise-thanks')).toContain('praise');
    expect(tags('starter-fr-vous-crisis-holding')).toEqual(expect.arrayContaining(['crisis', 'escalation']));
  });

  it('fits in an X reply, with typical values', () => {
    for (const template of starters) expect(templateWarnings(template), template.id).toEqual([]);
  });

  it('puts the caret where the FAQ link goes', () => {
    const faq = starters.find((t) => t.id === 'starter-fr-vous-faq-answer')!;
    const { text, cursor } = render(faq.body, { lang: 'fr' });
    expect(text.slice(0, cursor ?? 0)).toMatch(/FAQ, cas particuliers compris : $/);
  });
});
