import { describe, expect, it } from 'vitest';
import { draftOf, draftProblems, duplicateRequestOf, emptyDraft, parseTags, platformsOf, saveRequestOf } from '@/components/options/templates/draft';
import { planTemplatesImport, templatesFile } from '@/components/options/templates/transfer';
import { makeTemplate } from './make-template';

const keys = (problems: ReturnType<typeof draftProblems>) => problems.map((p) => p.key);

describe('template drafts', () => {
  it('round-trips a template through the form', () => {
    const template = makeTemplate({ title: 'Merci', body: 'Merci {{author.firstName}} !', tags: ['merci', 'fr'], platforms: ['facebook'], shortcut: 'merci', brand: 'acme', example: true });
    const draft = draftOf(template);
    expect(draft).toMatchObject({ tags: 'merci, fr', x: false, facebook: true, shortcut: 'merci' });
    expect(saveRequestOf(draft, template)).toEqual({
      id: template.id,
      title: 'Merci',
      body: template.body,
      tags: ['merci', 'fr'],
      lang: 'fr',
      platforms: ['facebook'],
      brand: 'acme',
      shortcut: 'merci',
      // Saved by the CM: no longer an example to adapt.
      example: false,
      createdAt: template.createdAt,
      usage: template.usage,
    });
  });

  it('reads both platforms as any, and none as a problem', () => {
    expect(platformsOf({ x: true, facebook: true })).toEqual(['any']);
    expect(platformsOf({ x: true, facebook: false })).toEqual(['x']);
    expect(keys(draftProblems({ ...emptyDraft('fr'), title: 'a', body: 'b', x: false, facebook: false }, []))).toEqual(['templates.editor.platformRequired']);
  });

  it('drops empty and repeated tags, whatever their case', () => {
    expect(parseTags(' retard, ,Retard, colis ,')).toEqual(['retard', 'colis']);
  });

  it('reports each body issue with its line, column and span', () => {
    const problems = draftProblems({ ...emptyDraft('fr'), title: 'x', body: 'Bonjour {{prenom}}\n{{ }} et {{cursor}}{{cursor}} {{brand' }, []);
    expect(problems.map((p) => [p.key, p.params?.line, p.params?.column])).toEqual([
      ['templates.issue.unknown-variable', 1, 9],
      ['templates.issue.empty-variable', 2, 1],
      ['templates.issue.duplicate-cursor', 2, 20],
      ['templates.issue.unclosed', 2, 31],
    ]);
    expect(problems[0]?.span).toEqual({ start: 8, end: 18 });
  });

  it('requires a title and a body, and a shortcut made of one word no other template uses', () => {
    expect(keys(draftProblems(emptyDraft('en'), []))).toEqual(['templates.editor.titleRequired', 'templates.editor.bodyRequired']);
    const other = makeTemplate({ id: 'o', title: 'Autre', shortcut: 'merci' });
    const base = { ...emptyDraft('fr'), title: 't', body: 'b' };
    expect(keys(draftProblems({ ...base, shortcut: 'deux mots' }, [other]))).toEqual(['templates.editor.shortcutInvalid']);
    expect(draftProblems({ ...base, shortcut: '/MERCI' }, [other])).toEqual([{ field: 'shortcut', key: 'templates.editor.shortcutTaken', params: { shortcut: 'MERCI', title: 'Autre' } }]);
    // Its own shortcut is not "taken".
    expect(draftProblems({ ...base, id: 'o', shortcut: 'merci' }, [other])).toEqual([]);
    expect(saveRequestOf({ ...base, shortcut: ' /merci ' }, null).shortcut).toBe('merci');
    expect(saveRequestOf({ ...base, shortcut: '' }, null).shortcut).toBeNull();
  });

  it('duplicates without id, usage, timestamps or shortcut', () => {
    const template = makeTemplate({ title: 'A', shortcut: 'a', usage: { count: 4, lastUsedAt: '2026-11-30T10:00:00.000Z' }, example: true });
    const copy = duplicateRequestOf(template, 'A (copy)');
    expect(copy).toEqual({ title: 'A (copy)', body: template.body, tags: [], lang: 'fr', platforms: ['any'], brand: null, shortcut: null, example: false });
  });
});

describe('templates file', () => {
  it('exports in the backup format', () => {
    const template = makeTemplate();
    expect(templatesFile([template], new Date('2026-12-01T09:00:00Z'))).toEqual({ format: 'cm-sidekick', version: 1, exportedAt: '2026-12-01T09:00:00.000Z', templates: [template] });
  });

  it('imports only the templates of a file, keeping its header so a newer version is still refused', () => {
    const text = JSON.stringify({ format: 'cm-sidekick', version: 2, templates: [{ title: 'a', body: 'b' }], clips: [{}], settings: { myName: 'x' } });
    expect(planTemplatesImport(text, text.length)).toEqual({ ok: true, count: 1, backup: { format: 'cm-sidekick', version: 2, templates: [{ title: 'a', body: 'b' }] } });
  });

  it('refuses files without templates or that are not JSON', () => {
    expect(planTemplatesImport('{"clips": []}', 13)).toEqual({ ok: false, key: 'templates.view.importNone' });
    expect(planTemplatesImport('{"templates": []}', 17)).toEqual({ ok: false, key: 'templates.view.importNone' });
    expect(planTemplatesImport('[1]', 3)).toEqual({ ok: false, key: 'templates.view.importNone' });
    expect(planTemplatesImport('{"templates": [', 15)).toEqual({ ok: false, key: 'error.invalid-json' });
  });
});
