import { describe, expect, it } from 'vitest';
import { findEmoji, weightedLength, X_MAX_WEIGHTED_LENGTH } from '../../../lib/text/weighted-length';

describe('weightedLength', () => {
  it('counts Latin text, accents included, one per character', () => {
    expect(weightedLength('Merci Hélène, à bientôt !')).toBe(25);
  });

  it('counts CJK characters two each', () => {
    expect(weightedLength('日本語')).toBe(6);
  });

  it('counts the punctuation ranges X weighs as one', () => {
    // U+2014 em dash and U+2019 apostrophe are in 8208–8223; U+2026 ellipsis is not.
    expect(weightedLength('a—b’c')).toBe(5);
    expect(weightedLength('…')).toBe(2);
  });

  it('counts any emoji sequence as two', () => {
    expect(weightedLength('👍')).toBe(2);
    expect(weightedLength('👍🏽')).toBe(2);
    expect(weightedLength('👩‍💻')).toBe(2);
    expect(weightedLength('👨‍👩‍👧‍👦')).toBe(2);
    expect(weightedLength('🇫🇷')).toBe(2);
    expect(weightedLength('3️⃣')).toBe(2);
    expect(weightedLength('ok 😊😊')).toBe(7);
  });

  it('counts a link as 23 whatever its length', () => {
    const url = `https://example.com/${'x'.repeat(200)}`;
    expect(weightedLength(`Voir ${url}`)).toBe(5 + 23);
    expect(weightedLength('http://t.co')).toBe(23);
  });

  it('leaves trailing punctuation out of a link', () => {
    expect(weightedLength('Voir https://acme.com/aide.')).toBe(5 + 23 + 1);
  });

  it('links bare domains the way X does', () => {
    expect(weightedLength('acme.com')).toBe(23);
    expect(weightedLength('www.acme.fr')).toBe(23);
    expect(weightedLength('acme.fr/aide')).toBe(23);
    expect(weightedLength('acme.fr')).toBe(7);
    expect(weightedLength('Node.js')).toBe(7);
    expect(weightedLength('help@acme.com')).toBe(13);
  });

  it('normalises to NFC first, so a decomposed accent is one character', () => {
    expect(weightedLength('e\u0301')).toBe(1);
  });

  it('puts the limit at 280', () => {
    expect(X_MAX_WEIGHTED_LENGTH).toBe(280);
    expect(weightedLength('a'.repeat(280))).toBe(280);
    expect(weightedLength('a'.repeat(279) + '😊')).toBe(281);
  });
});

describe('findEmoji', () => {
  it('finds each sequence once, with its offsets', () => {
    const text = 'Bravo 👏🏽 à la 👨‍👩‍👧 !';
    const found = findEmoji(text);
    expect(found).toHaveLength(2);
    expect(found.map((e) => text.slice(e.start, e.end))).toEqual(['👏🏽', '👨‍👩‍👧']);
  });
});
