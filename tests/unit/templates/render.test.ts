import { describe, expect, it } from 'vitest';
import { formatDate, missingValues, render, renderTemplate, type RenderContext } from '../../../lib/templates/render';

const ctx: RenderContext = {
  author: { displayName: 'Camille Durand 🌿', handle: 'camille_d' },
  me: { name: 'Léa' },
  brand: { name: 'Maison Durand' },
  lang: 'fr',
  now: new Date(2026, 11, 1, 10),
};

describe('render', () => {
  it('fills every variable from the context', () => {
    const body = '{{author.firstName}}/{{author.name}}/{{author.handle}}/{{me.name}}/{{brand}}/{{date}}';
    expect(render(body, ctx)).toEqual({
      text: 'Camille/Camille Durand 🌿/@camille_d/Léa/Maison Durand/1 décembre 2026',
      cursor: null,
      missing: [],
    });
  });

  it('formats the date in the template language', () => {
    const now = new Date(2026, 11, 1);
    expect(formatDate(now, 'fr')).toBe('1 décembre 2026');
    expect(formatDate(now, 'en')).toBe('December 1, 2026');
    expect(renderTemplate({ body: '{{date}}', lang: 'en' }, { now }).text).toBe('December 1, 2026');
  });

  it('prefers a confirmed first name over the guess', () => {
    expect(render('{{author.firstName}}', { ...ctx, author: { displayName: 'Cam D.', firstName: 'Camille' } }).text).toBe('Camille');
  });

  it('uses the fallback when the context has no value', () => {
    const body = 'Bonjour {{author.firstName|à vous}} !';
    expect(render(body, { ...ctx, author: { displayName: 'SNCF' } }).text).toBe('Bonjour à vous !');
    expect(render(body, ctx).text).toBe('Bonjour Camille !');
  });

  it('places the cursor as an offset in the output and keeps line breaks', () => {
    const result = render('Bonjour {{author.firstName}},\r\n{{cursor}}\nÀ bientôt', ctx);
    expect(result.text).toBe('Bonjour Camille,\n\nÀ bientôt');
    expect(result.cursor).toBe('Bonjour Camille,\n'.length);
  });

  it('counts only the first cursor marker', () => {
    expect(render('a{{cursor}}b{{cursor}}c', ctx)).toMatchObject({ text: 'abc', cursor: 1 });
  });

  it('inserts values literally, never re-expanding them', () => {
    const author = { displayName: '{{brand}} <b>Zoé</b> 😀', firstName: '{{me.name}}<img src=x onerror=alert(1)>' };
    const result = render('{{author.firstName}}|{{author.name}}', { ...ctx, author });
    expect(result.text).toBe('{{me.name}}<img src=x onerror=alert(1)>|{{brand}} <b>Zoé</b> 😀');
  });

  it('reports what is missing and leaves no raw braces', () => {
    const result = render('Hi {{author.firstName}}, {{me.name}} here', { lang: 'en' });
    expect(result.missing).toEqual(['author.firstName', 'me.name']);
    expect(result.text).toBe('Hi ,  here');
    expect(result.text).not.toContain('{{');
  });

  it('takes values the CM typed, for known and unknown variables', () => {
    const result = render('Hi {{author.firstName}}, see {{lien}}', { lang: 'en' }, { 'author.firstName': ' Sam ', lien: 'https://acme.test/faq' });
    expect(result).toEqual({ text: 'Hi Sam, see https://acme.test/faq', cursor: null, missing: [] });
  });

  it('shows a placeholder for missing values only when asked (previews)', () => {
    expect(render('Hi {{me.name}}', { lang: 'en' }, undefined, { placeholder: (n) => `[${n}]` }).text).toBe('Hi [me.name]');
  });

  it('adds the @ to a bare handle', () => {
    expect(render('{{author.handle}}', { lang: 'fr', author: { handle: '@zoe' } }).text).toBe('@zoe');
  });
});

describe('missingValues', () => {
  it('lists each variable without value or fallback once, in order', () => {
    const body = '{{me.name}} {{author.firstName}} {{me.name}} {{brand|nous}} {{lien}} {{date}} {{cursor}}';
    expect(missingValues(body, { lang: 'fr' })).toEqual(['me.name', 'author.firstName', 'lien']);
  });

  it('needs a value when one occurrence has no fallback', () => {
    expect(missingValues('{{author.firstName|toi}} et {{author.firstName}}', { lang: 'fr' })).toEqual(['author.firstName']);
  });

  it('is empty once the context or the CM provides the values', () => {
    const body = 'Bonjour {{author.firstName}}, {{me.name}} de {{brand}}';
    expect(missingValues(body, ctx)).toEqual([]);
    expect(missingValues(body, { lang: 'fr' }, { 'author.firstName': 'Zoé', 'me.name': 'Léa', brand: 'Acme' })).toEqual([]);
    expect(missingValues(body, { lang: 'fr' }, { 'author.firstName': '   ' })).toContain('author.firstName');
  });
});
