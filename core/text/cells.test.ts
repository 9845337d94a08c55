import { describe, expect, it } from 'vitest';
import { cellStarts, cellTexts } from './cells';

describe('table rows', () => {
  it('finds where each cell starts', () => {
    const row = 'Source | Killed | Wounded';
    expect(cellStarts(row)).toEqual([0, 9, 18]);
    expect(cellStarts(row).map((s) => row.slice(s, s + 3))).toEqual(['Sou', 'Kil', 'Wou']);
    expect(cellTexts(row)).toEqual(['Source', 'Killed', 'Wounded']);
  });
  it('reads a block without separators as one cell', () => {
    expect(cellStarts('Le 7 mars, 400 jihadistes.')).toEqual([0]);
    // A bar without the spaces around it is text, not a cell boundary.
    expect(cellStarts('a|b')).toEqual([0]);
  });
});
