import { describe, expect, it } from 'vitest';
import { piecesOf } from './pieces';

describe('piecesOf', () => {
  it('keeps short text whole', () => {
    expect(piecesOf('400 jihadistes.')).toEqual([[0, 15]]);
  });
  it('cuts long text after sentences, covering every character once', () => {
    const text = 'Le 7 mars, 400 jihadistes sont morts. '.repeat(2000);
    const pieces = piecesOf(text, 1000);
    expect(pieces[0]![0]).toBe(0);
    expect(pieces[pieces.length - 1]![1]).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]![0]).toBe(pieces[i - 1]![1]);
    for (const [a, b] of pieces) {
      expect(b - a).toBeLessThanOrEqual(1000);
      if (b < text.length) expect(text.slice(b - 2, b)).toBe('. ');
    }
  });
  it('cuts text without spaces anywhere', () => {
    expect(piecesOf('x'.repeat(2500), 1000)).toEqual([[0, 1000], [1000, 2000], [2000, 2500]]);
  });
});
