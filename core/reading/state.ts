// A count of people in a state, not of those an event struck: "101 blessés étaient encore
// hospitalisés", "62 remain in intensive care". It is another count than the toll of the wounded.
import type { ReadingBlock, Range } from './block';
import { phraseRange, words } from './block';
import { slot, type Slot } from './slot';

/** Tokens after the count's noun where the state may stand ("were still being treated in hospital"). */
const REACH = 6;

export function stateCountOf(b: ReadingBlock, figure: Range, nounEnd: number): Slot<string> | undefined {
  const [, last] = phraseRange(b, figure[0]);
  for (let i = figure[1] + 1; i <= Math.min(last, nounEnd + REACH); i++) {
    if (b.tokens[i]!.type === 'number') break;
    const n = b.lex.stateCounts.at(b.tokens, i);
    if (n > 0) return slot(words(b, i, i + n - 1), 'state-count', words(b, i, i + n - 1));
  }
  return undefined;
}
