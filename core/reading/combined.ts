// A count of the dead and the wounded together: "more than 1,000 IS fighters were killed or wounded",
// "600 jihadistes tués ou blessés"; or of those the war killed and those it let die: "470,000 died as
// a direct or indirect result of the conflict". It is another kind of count than a toll of the dead.
import { phraseAfterCount } from './after-count';
import type { ReadingBlock, Range } from './block';
import { words } from './block';
import { slot, type Slot } from './slot';

/** Tokens after the count's noun where the pair may stand ("were killed or wounded", "had died as a direct or indirect"). */
const REACH = 6;

export function combinedTollOf(b: ReadingBlock, figure: Range, nounEnd: number): Slot<string> | undefined {
  const at = phraseAfterCount(b, figure, nounEnd, b.lex.combinedTolls, REACH);
  return at ? slot(words(b, at[0], at[1]), 'combined-toll', words(b, at[0], at[1])) : undefined;
}
