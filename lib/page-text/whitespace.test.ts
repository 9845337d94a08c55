import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataOffsetOfVisible, isCollapsibleSpace } from './whitespace';

/** The plain definition: the data offset of each visible character (a run counts once, at its start). */
function visibleOffsets(data: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < data.length && isCollapsibleSpace(data.charCodeAt(i))) i++;
  while (i < data.length) {
    const start = i;
    if (isCollapsibleSpace(data.charCodeAt(i))) {
      while (i < data.length && isCollapsibleSpace(data.charCodeAt(i))) i++;
      if (i === data.length) break; // trailing run: not visible
    } else {
      i++;
    }
    out.push(start);
  }
  return out;
}

describe('dataOffsetOfVisible', () => {
  it('maps short texts as the definition says', () => {
    expect(dataOffsetOfVisible('  a \n\t b  ', 0)).toBe(2);
    expect(dataOffsetOfVisible('  a \n\t b  ', 1)).toBe(3);
    expect(dataOffsetOfVisible('  a \n\t b  ', 2)).toBe(7);
    expect(dataOffsetOfVisible('  a \n\t b  ', 3)).toBe(-1);
    expect(dataOffsetOfVisible('   ', 0)).toBe(-1);
  });

  it('gives the same answers as the definition on any short text, at every index', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u202f', 'é', '4'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (data) => {
        const offsets = visibleOffsets(data);
        for (let v = 0; v <= offsets.length + 1; v++) expect(dataOffsetOfVisible(data, v), `visible ${v} of ${JSON.stringify(data)}`).toBe(offsets[v] ?? -1);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answers as the definition on long texts (whose tables are kept), at the ends and at random indexes', () => {
    const piece = fc.array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t ', '\u00a0', 'é'), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(piece, fc.integer({ min: 0, max: 3 }), fc.array(fc.nat(), { minLength: 5, maxLength: 20 }), (unit, lead, picks) => {
        const data = ' '.repeat(lead) + unit.repeat(Math.ceil(40_000 / unit.length));
        const offsets = visibleOffsets(data);
        const edges = [0, 1, 2047, 2048, 2049, 4096, offsets.length - 1, offsets.length, offsets.length + 5];
        for (const v of [...edges, ...picks.map((p) => p % (offsets.length + 1))]) {
          if (v < 0) continue;
          expect(dataOffsetOfVisible(data, v), `visible ${v}`).toBe(offsets[v] ?? -1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('maps the end of a 5 MB node without walking it from the start for every claim', () => {
    const data = 'Palmyre '.repeat(650_000) + '400 jihadistes';
    const last = visibleOffsets(data).length - 1;
    dataOffsetOfVisible(data, last); // builds the checkpoints once
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) expect(dataOffsetOfVisible(data, last - i)).toBe(data.length - 1 - i);
    // 200 walks of 5 MB would take seconds; from checkpoints they take well under a millisecond each.
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('handles a million spaces inside and after a long text at once', () => {
    const data = 'a' + ' '.repeat(1_000_000) + 'b' + '\n'.repeat(1_000_000);
    const t0 = performance.now();
    expect([0, 1, 2, 3].map((v) => dataOffsetOfVisible(data, v))).toEqual([0, 1, 1_000_001, -1]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
