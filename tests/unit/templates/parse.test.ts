import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../../lib/templates/render';

describe('parse', () => {
  it('splits text and variables with offsets', () => {
    const body = 'Bonjour {{author.firstName|à vous}}, merci !';
    expect(parse(body)).toEqual([
      { kind: 'text', value: 'Bonjour ', start: 0, end: 8 },
      { kind: 'variable', name: 'author.firstName', known: 'author.firstName', fallback: 'à vous', start: 8, end: 35 },
      { kind: 'text', value: ', merci !', start: 35, end: 44 },
    ]);
  });

  it('tolerates whitespace and case inside braces', () => {
    const [token] = parse('{{ Brand }}');
    expect(token).toMatchObject({ kind: 'variable', name: 'Brand', known: 'brand', fallback: null });
    expect(parse('{{  author.firstName  |  toi  }}')[0]).toMatchObject({ known: 'author.firstName', fallback: 'toi' });
  });

  it('keeps an empty fallback distinct from no fallback', () => {
    expect(parse('{{me.name|}}')[0]).toMatchObject({ fallback: '' });
    expect(parse('{{me.name}}')[0]).toMatchObject({ fallback: null });
  });

  it('keeps a fallback containing a bar whole', () => {
    expect(parse('{{author.firstName|toi | vous}}')[0]).toMatchObject({ fallback: 'toi | vous' });
  });

  it('leaves an unclosed {{ as literal text and still reads later variables', () => {
    const tokens = parse('Prix {{ 10 € puis {{brand}}');
    expect(tokens.map((t) => t.kind)).toEqual(['text', 'variable']);
    expect(tokens[0]).toMatchObject({ value: 'Prix {{ 10 € puis ' });
  });

  it('never lets a variable span a line', () => {
    const tokens = parse('Hello {{brand\nsee}} you');
    expect(tokens).toEqual([{ kind: 'text', value: 'Hello {{brand\nsee}} you', start: 0, end: 23 }]);
  });

  it('reads the innermost pair of triple braces', () => {
    expect(parse('{{{brand}}}').map((t) => (t.kind === 'text' ? t.value : `<${t.name}>`))).toEqual(['{', '<brand>', '}']);
  });
});

describe('validate', () => {
  it('accepts every known variable', () => {
    expect(validate('{{author.firstName}} {{author.name}} {{author.handle}} {{me.name}} {{brand}} {{date}} {{cursor}}')).toEqual([]);
  });

  it('reports unknown variables with line and column', () => {
    expect(validate('Bonjour,\nvoir {{lien}} ici')).toEqual([{ code: 'unknown-variable', name: 'lien', start: 14, end: 22, line: 2, column: 6 }]);
  });

  it('reports an unclosed {{ at its position', () => {
    expect(validate('ok\n  {{brand')).toEqual([{ code: 'unclosed', start: 5, end: 7, line: 2, column: 3 }]);
  });

  it('reports empty braces and a second cursor, in body order', () => {
    const issues = validate('{{cursor}} a {{ }} b {{cursor}}');
    expect(issues.map((i) => [i.code, i.start])).toEqual([
      ['empty-variable', 13],
      ['duplicate-cursor', 21],
    ]);
  });
});
