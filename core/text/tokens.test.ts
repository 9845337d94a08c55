import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

/** The definition the scanner implements. */
const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\p{N}+)|([.,;:!?()[\]|"«»“”/%€$£\u2013\u2014\u00b7\u2022-])/gu;
function byRegex(text: string, from = 0, to = text.length) {
  const out: Array<{ start: number; end: number; type: string }> = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    out.push({ start: m.index, end, type: m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct' });
  }
  return out;
}
const shape = (text: string, from?: number, to?: number) => tokenize(text, from, to).map(({ start, end, type }) => ({ start, end, type }));

describe('tokenize', () => {
  it('folds words and keeps numbers and the punctuation that matters', () => {
    expect(tokenize("L’EI a tué 400 « jihadistes » ; Palmyre-Tadmor.").map((t) => t.norm)).toEqual(['l', 'ei', 'a', 'tue', '400', '"', 'jihadistes', '"', ';', 'palmyre', '-', 'tadmor', '.']);
  });
  it.each(['', 'héllo 123 مرحبا Привет 你好 👨‍👩‍👧 \u202e\ud800 x', '٣٤٥ ½ ² 𝒜𝒷𝒸 e\u0301te\u0301 \u0301a', '270\u00a0000 – 4-2 (ok) [3] 10%'])('cuts %j as its definition does', (text) => {
    expect(shape(text)).toEqual(byRegex(text));
  });
  it('cuts any text as its definition does, whole or in part', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(60), fc.nat(60), (text, a, b) => {
        expect(shape(text)).toEqual(byRegex(text));
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(shape(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 3000 },
    );
    // 3,000 runs take about a second alone; a loaded machine (other test files, builds) may triple it.
  }, 30_000);
});
