import { describe, expect, it } from 'vitest';
import { dropGap, gapTarget, moveTo, stepTarget } from '@/lib/checklist/reorder';

const rows = [0, 1, 2, 3].map((i) => ({ top: 100 + i * 40, bottom: 140 + i * 40 }));

describe('moveTo', () => {
  it('takes the entry out and puts it at the target index, both ways', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 1, 3)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('clamps a target past either end and does nothing for the same index or an unknown entry', () => {
    expect(moveTo(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 1, 1)).toBeNull();
    expect(moveTo(['a', 'b', 'c'], -1, 0)).toBeNull();
    expect(moveTo(['a', 'b', 'c'], 3, 0)).toBeNull();
    expect(moveTo([], 0, 0)).toBeNull();
  });

  it('leaves the list it was given unchanged', () => {
    const list = ['a', 'b', 'c'];
    moveTo(list, 0, 2);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('a step is one index up or down', () => {
    expect(stepTarget(2, 'up')).toBe(1);
    expect(stepTarget(2, 'down')).toBe(3);
  });
});

describe('dropping a dragged row', () => {
  it('picks the gap nearest the pointer, by the rows’ midpoints', () => {
    expect(dropGap(50, rows)).toBe(0);
    expect(dropGap(119, rows)).toBe(0);
    expect(dropGap(121, rows)).toBe(1);
    expect(dropGap(200, rows)).toBe(2);
    expect(dropGap(239, rows)).toBe(3);
    expect(dropGap(900, rows)).toBe(4);
  });

  it('the gaps on both sides of the dragged row leave it in place; the others take it there', () => {
    // Row 1 dragged: gaps 1 and 2 surround it.
    expect(gapTarget(1, 1)).toBe(1);
    expect(gapTarget(1, 2)).toBe(1);
    expect(gapTarget(1, 0)).toBe(0);
    expect(gapTarget(1, 3)).toBe(2);
    expect(gapTarget(1, 4)).toBe(3);
    // Last gap, first row: to the end.
    expect(moveTo(['a', 'b', 'c', 'd'], 0, gapTarget(0, 4))).toEqual(['b', 'c', 'd', 'a']);
  });
});
