import { describe, expect, it } from '@jest/globals';
import { BELOW_THRESHOLD_LABEL, publishCount, publishRatio, publishShare } from './small-numbers.js';

/** Every vector of `size` counts from 0 to `max`. */
function vectors(size: number, max: number): number[][] {
  if (size === 0) return [[]];
  return vectors(size - 1, max).flatMap((rest) => Array.from({ length: max + 1 }, (_, n) => [n, ...rest]));
}

const label = (n: number) => publishCount(n).label;

/**
 * A reader sees only the published figures, so every table that publishes the same figures is equally
 * possible. A "<5" cell is safe when those tables give it at least two values: then no subtraction (or any
 * other reasoning over that one published table) recovers it. Published tables that a table near the
 * search's upper bound also produces are left out: their candidates were cut off by the search, not by
 * the figures.
 */
function recoveredCells(tables: number[][], publish: (cells: number[]) => number[], max: number): string[] {
  const byPublished = new Map<string, { cells: number[][]; nearBound: boolean }>();
  for (const cells of tables) {
    const key = publish(cells).map(label).join('|');
    const group = byPublished.get(key) ?? { cells: [], nearBound: false };
    group.cells.push(cells);
    group.nearBound ||= cells.some((n) => n > max - 10);
    byPublished.set(key, group);
  }
  const recovered: string[] = [];
  for (const [published, group] of byPublished) {
    if (group.nearBound) continue;
    group.cells[0]!.forEach((n, cell) => {
      if (label(n) !== BELOW_THRESHOLD_LABEL) return;
      const values = new Set(group.cells.map((c) => c[cell]));
      if (values.size < 2) recovered.push(`cell ${cell} of ${published} is ${[...values].join()}`);
    });
  }
  return recovered;
}

const sum = (cells: number[]) => cells.reduce((a, b) => a + b, 0);

describe('small numbers', () => {
  it('shows 0 to 4 as "<5" and rounds every other count to ten', () => {
    expect([0, 1, 4, 5, 9, 14, 15, 1234].map(label)).toEqual(['<5', '<5', '<5', '10', '10', '10', '20', '1230']);
    expect(publishCount(3)).toEqual({ value: null, label: '<5' });
    expect(publishCount(27)).toEqual({ value: 30, label: '30' });
    expect(() => publishCount(-1)).toThrow(RangeError);
  });

  it('known small cells: rounding only the total would give the 4 away, rounding every count does not', () => {
    // Cells 4, 9 and 10 with exact cells and the total rounded to five (23 -> 25): only 4 fits.
    const fits = [1, 2, 3, 4].filter((a) => Math.abs(a + 9 + 10 - 25) <= 2);
    expect(fits).toEqual([4]);
    const published = [4, 9, 10, 23].map(label);
    expect(published).toEqual(['<5', '10', '10', '20']);
    const candidates = vectors(3, 30).filter((cells) => [...cells, sum(cells)].map(label).join('|') === published.join('|'));
    expect(new Set(candidates.map(([a]) => a))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('lets no "<5" cell be recovered from a row of three cells and its total', () => {
    expect(recoveredCells(vectors(3, 40), (c) => [...c, sum(c)], 40)).toEqual([]);
  });

  it('lets no "<5" cell be recovered from a row of four cells and its total', () => {
    expect(recoveredCells(vectors(4, 20), (c) => [...c, sum(c)], 20)).toEqual([]);
  });

  it('lets no "<5" cell be recovered from a 2 x 2 table with row, column and grand totals', () => {
    const publish = ([a, b, c, d]: number[]) => [a!, b!, c!, d!, a! + b!, c! + d!, a! + c!, b! + d!, a! + b! + c! + d!];
    expect(recoveredCells(vectors(4, 24), publish, 24)).toEqual([]);
  });

  it('adds nothing through shares and ratios: they come from the published counts', () => {
    expect(publishShare(6, 7)).toBe(1);
    expect(publishShare(12, 40)).toBe(0.25);
    expect(publishShare(3, 40)).toBeNull();
    expect(publishShare(3, 4)).toBeNull();
    expect(publishRatio(46, 21)).toBe(2.5);
    for (const [part, whole] of vectors(2, 60)) {
      const a = publishShare(part!, whole!);
      const shown = [publishCount(part!).value, publishCount(whole!).value];
      expect(a).toBe(shown[0] === null || shown[1] === null ? null : Math.min(1, Math.round((shown[0] / shown[1]) * 1000) / 1000));
    }
  });
});
