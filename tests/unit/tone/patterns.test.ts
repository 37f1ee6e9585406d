// The phrase compiler: long lists are cut under V8's optimisation limit and leading groups are
// spelled out, without changing what a list matches.
import { describe, expect, it } from 'vitest';
import { compile, findAll, first, test } from '../../../lib/tone/patterns';
import { fold } from '../../../lib/tone/text';

const words = (text: string): string => fold(text).text;

describe('compile', () => {
  // A long list of distinct phrases, as the lexicons hold.
  const many = Array.from({ length: 600 }, (_, i) => `mot${i} (alpha|beta|gamma) ~ (delta|epsilon)*`);

  it('keeps every regex of a long list under 20 KB of source', () => {
    const m = compile(many);
    expect(m.regexes.length).toBeGreaterThan(1);
    for (const re of m.regexes) expect(re.source.length).toBeLessThan(20 * 1024);
  });

  it('finds the same hits across pieces as in one list', () => {
    const text = words('Le mot3 alpha puis delta, et le mot599 gamma vraiment epsilons. Rien pour mot600 beta delta.');
    const hits = findAll(compile(many), text).map((h) => h.text);
    expect(hits).toEqual(['mot3 alpha puis delta', 'mot599 gamma vraiment epsilons']);
    expect(test(compile(many), text)).toBe(true);
    expect(first(compile(many), text)?.text).toBe('mot3 alpha puis delta');
  });

  it('never returns overlapping hits, preferring the longest of those starting together', () => {
    const list = [...many, 'mot3 alpha', 'puis delta'];
    const hits = findAll(compile(list), words('mot3 alpha puis delta')).map((h) => h.text);
    expect(hits).toEqual(['mot3 alpha puis delta']);
  });

  it('spells out a leading group without changing what it matches', () => {
    const m = compile(['(we|i) (will )?(call|ring) you', '(the )?(engineer|technician) will']);
    expect(findAll(m, words('We will call you. I ring you. The engineer will come. Technician will too.')).map((h) => h.text)).toEqual([
      'we will call you',
      'i ring you',
      'the engineer will',
      'technician will',
    ]);
    expect(test(m, words('we called you'))).toBe(false);
  });

  it('still matches whole words only', () => {
    const m = compile(['(con|nul)']);
    expect(test(m, words('Contactez le conseiller'))).toBe(false);
    expect(test(m, words("C'est nul"))).toBe(true);
  });
});
