import { describe, expect, it } from 'vitest';
import { format } from '../../../lib/i18n';
import en from '../../../lib/i18n/en/templates';
import fr from '../../../lib/i18n/fr/templates';
import { issueMessageKey, warningMessageKey } from '../../../lib/templates/messages';
import { validate } from '../../../lib/templates/render';
import { templateWarnings } from '../../../lib/templates/warnings';

describe('template messages', () => {
  const issues = validate('{{ }} {{cursor}} {{cursor}} {{lien}} {{brand');

  it('has a message in both languages for every issue, with every placeholder filled', () => {
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['unclosed', 'empty-variable', 'unknown-variable', 'duplicate-cursor']));
    for (const issue of issues) {
      for (const catalog of [en, fr]) {
        const message = format(catalog[issueMessageKey(issue.code)], { line: issue.line, column: issue.column, name: issue.name ?? '' });
        expect(message).toContain(String(issue.column));
        expect(message).not.toMatch(/\{(line|column|name)\}/);
      }
    }
    expect(format(en[issueMessageKey('unknown-variable')], { line: 1, column: 38, name: 'lien' })).toContain('“lien” is not a variable');
  });

  it('explains the X length warning', () => {
    const [warning] = templateWarnings({ body: 'a'.repeat(300), lang: 'fr', platforms: ['x'] });
    expect(warning).toBeDefined();
    const message = format(fr[warningMessageKey(warning!.code)], { weighted: warning!.weighted, limit: warning!.limit });
    expect(message).toBe('Environ 300 caractères sur 280 pour X : la réponse risque de ne pas passer.');
  });

  it('keeps French and English catalogs in step', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(fr[key].trim(), key).not.toBe('');
  });
});
