import { describe, expect, it } from 'vitest';
import { addToFilter, createFilter, decodeFilter, encodeFilter, filterOf, mayHold, MAX_FILTER_BITS } from '@/lib/id-filter';

/** Status ids as X writes them: 19 digits, neighbours differing in the last few. */
const statusIds = (n: number, from: bigint) => Array.from({ length: n }, (_, i) => String(from + BigInt(i) * 7919n));

describe('the id filter', () => {
  it('never rules out a saved post, across sizes', () => {
    for (const n of [0, 1, 7, 500, 20_000]) {
      const ids = statusIds(n, 1_790_000_000_000_000_000n);
      const filter = filterOf(ids);
      expect(ids.every((id) => mayHold(filter, id))).toBe(true);
      // And after the trip through a message.
      const back = decodeFilter(JSON.parse(JSON.stringify(encodeFilter(filter))))!;
      expect(ids.every((id) => mayHold(back, id))).toBe(true);
    }
  });

  it('lets through about 1% of posts that were never saved', () => {
    const filter = filterOf(statusIds(10_000, 1_790_000_000_000_000_000n));
    const others = statusIds(100_000, 1_800_000_000_000_000_000n);
    const passed = others.filter((id) => mayHold(filter, id)).length;
    expect(passed / others.length).toBeLessThan(0.015);
    // Facebook ids are shorter and of another shape; the hash must spread them too.
    const fb = filterOf(Array.from({ length: 2_000 }, (_, i) => `pfbid0${(i * 2654435761).toString(36)}`));
    const fbOthers = Array.from({ length: 20_000 }, (_, i) => `${10_000_000 + i}`);
    expect(fbOthers.filter((id) => mayHold(fb, id)).length / fbOthers.length).toBeLessThan(0.015);
  });

  it('rules out everything when nothing is saved, and learns a post saved in the tab', () => {
    const filter = createFilter(0);
    expect(statusIds(1_000, 1n).some((id) => mayHold(filter, id))).toBe(false);
    addToFilter(filter, '42');
    expect(mayHold(filter, '42')).toBe(true);
  });

  it('refuses answers that are not a filter, so the tab asks about every post instead', () => {
    const good = encodeFilter(filterOf(['1', '2']));
    for (const bad of [
      null,
      'filter',
      { ...good, data: '%%%' },
      { ...good, bits: good.bits + 8 },
      { ...good, bits: 63 },
      { ...good, bits: MAX_FILTER_BITS * 2 },
      { ...good, probes: 0 },
      { ...good, probes: 40 },
      { bits: good.bits, probes: good.probes },
    ]) expect(decodeFilter(bad)).toBeNull();
    expect(decodeFilter(good)).not.toBeNull();
  });
});
