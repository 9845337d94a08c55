// Property-based tests of the engine on generated pages (see arbitraries.ts): whatever a page
// holds, analyzePage returns, its claims point at their own text, verdicts are well formed, and
// the same page always gives the same answer. 20,000 generated pages and blocks (budget.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/core/engine';
import { reference } from '@/core/reference/dataset';
import type { PageInput } from '@/core/types';
import { block, page, pageText } from './arbitraries';
import { RUNS, SCALE } from './budget';
import { checkClaims } from './claim-checks';

const ref = reference();

describe('analyzePage on generated pages', () => {
  it(`never throws, claims point at their own text, verdicts are well formed, same page same answer (${RUNS.enginePages} pages)`, () => {
    let seen = 0;
    fc.assert(
      fc.property(page, (input) => {
        seen++;
        const first = analyzePage(input, ref);
        checkClaims(input, first);
        // A copy of the page analysed again (after other pages ran) gives exactly the same answer.
        expect(analyzePage(structuredClone(input), ref)).toEqual(first);
      }),
      { numRuns: RUNS.enginePages },
    );
    expect(seen, 'inputs run').toBe(RUNS.enginePages);
  }, 60_000 * SCALE);

  it(`one block at a time: well-formed claims for any text, with and without a page date (${RUNS.engineBlocks} blocks)`, () => {
    let withClaims = 0;
    let matched = 0;
    let seen = 0;
    fc.assert(
      fc.property(pageText, fc.constantFrom('2016-03-28', undefined), fc.constantFrom('fr' as const, 'en' as const, undefined), (text, published, lang) => {
        seen++;
        const input: PageInput = { blocks: [{ text, region: 'main' }], published, lang };
        const analysis = analyzePage(input, ref);
        checkClaims(input, analysis);
        if (analysis.claims.length > 0) withClaims++;
        if (analysis.claims.some((c) => c.match)) matched++;
      }),
      { numRuns: RUNS.engineBlocks },
    );
    expect(seen, 'inputs run').toBe(RUNS.engineBlocks);
    // The generators must reach the interesting paths, or the properties above prove little.
    expect(withClaims).toBeGreaterThan(RUNS.engineBlocks / 3);
    expect(matched).toBeGreaterThan(RUNS.engineBlocks / 50);
  }, 60_000 * SCALE);

  it(`explain adds explanations and changes nothing else (${RUNS.engineExplain} pages)`, () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        seen++;
        const input: PageInput = { blocks, published: '2016-03-28' };
        const plain = analyzePage(input, ref);
        const explained = analyzePage(input, ref, { explain: true });
        expect(explained.claims.every((c) => c.explanation !== undefined)).toBe(true);
        expect(explained.claims.map(({ explanation: _, ...rest }) => rest)).toEqual(plain.claims);
      }),
      { numRuns: RUNS.engineExplain },
    );
    expect(seen, 'inputs run').toBe(RUNS.engineExplain);
  }, 60_000 * SCALE);
});
