import { describe, expect, it } from 'vitest';
import { parseCount, parseCountsLabel } from '../../../lib/sites/counts';

describe('parseCount', () => {
  it.each([
    ['30142', 30142],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1\u202f234', 1234], // narrow no-break space, as French X writes it
    ['1\u00a0234\u00a0567', 1234567],
    ['1.2K', 1200],
    ['2.5K', 2500],
    ['25K', 25000],
    ['3,4 k', 3400],
    ['12 k', 12000],
    ['2 M', 2000000],
    ['1,5 M', 1500000],
    ['2.1M', 2100000],
    ['1,2\u00a0Md', 1200000000],
    ['2534 Replies. Reply', 2534],
    ['2 534 réponses. Répondre', 2534],
    ['40 Comments', 40],
    ['45 Me gusta', 45], // "M" starting a word is not a million
    ['0', 0],
  ])('%s → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each([[''], ['Reply'], [null], [undefined], ['1,5']])('%s → null', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe('parseCountsLabel', () => {
  it('reads the English label', () => {
    expect(parseCountsLabel('12 replies, 3 reposts, 45 likes, 1 bookmark, 1234 views')).toEqual({ replies: 12, reposts: 3, likes: 45, views: 1234 });
  });

  it('reads the French label with grouped thousands', () => {
    expect(parseCountsLabel("12 réponses, 3 reposts, 45 J'aime, 1 signet, 1\u202f234 vues")).toEqual({ replies: 12, reposts: 3, likes: 45, views: 1234 });
  });

  it('reads singulars and English grouping', () => {
    expect(parseCountsLabel('1 reply, 1 repost, 1 like, 1,234,567 views')).toEqual({ replies: 1, reposts: 1, likes: 1, views: 1234567 });
  });

  it('reads abbreviations', () => {
    expect(parseCountsLabel('1.2K replies, 3,4 k reposts, 2 M likes, 1,5 M vues')).toEqual({ replies: 1200, reposts: 3400, likes: 2000000, views: 1500000 });
  });

  it('leaves out what the label does not name (X omits zero counts)', () => {
    expect(parseCountsLabel('1 reply, 10 likes')).toEqual({ replies: 1, likes: 10 });
  });

  it('ignores bookmarks and words it does not know', () => {
    expect(parseCountsLabel('9 bookmarks, 4 signets, 7 Lesezeichen')).toEqual({});
    expect(parseCountsLabel('')).toEqual({});
    expect(parseCountsLabel(null)).toEqual({});
  });
});
