// A count of the dead and the wounded together: "more than 1,000 IS fighters were killed or wounded",
// "600 jihadistes tués ou blessés". It is another kind of count than a toll of the dead.
import type { ReadingBlock, Range } from './block';
import { phraseRange, words } from './block';
import { slot, type Slot } from './slot';

/** Tokens after the count's noun where the pair may stand ("were killed or wounded"). */
const REACH = 4;

export function combinedTollOf(b: ReadingBlock, figure: Range, nounEnd: number): Slot<string> | undefined {
  const [, last] = phraseRange(b, figure[0]);
  for (let i = figure[1] + 1; i <= Math.min(last, nounEnd + REACH); i++) {
    if (b.tokens[i]!.type === 'number') break;
    const n = b.lex.combinedTolls.at(b.tokens, i);
    if (n > 0) return slot(words(b, i, i + n - 1), 'combined-toll', words(b, i, i + n - 1));
  }
  return undefined;
}
