// A figure stated as a hope, plan, expectation or possibility, not as what happened: "the UN
// hopes to open a second round around April 9-10", "les combats pourraient durer deux semaines".
// The modal word stands before the figure in its segment.
import type { ReadingBlock, Range } from './block';
import { segmentRange, words } from './block';
import { slot, type Slot } from './slot';

export function modalityOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const { tokens, lex, text } = b;
  const segment = segmentRange(b, figure[0]);
  for (let i = figure[0] - 1; i >= segment[0]; i--) {
    const n = lex.modal.before(tokens, i);
    if (n === 0) continue;
    const first = i - n + 1;
    // "May" written with a capital is the month.
    if (tokens[first]!.norm === 'may' && /^M/.test(text.slice(tokens[first]!.start))) continue;
    return slot(true, 'modality', words(b, first, i));
  }
  return undefined;
}
