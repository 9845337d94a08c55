// A count of people in a state, not of those an event struck: "101 blessés étaient encore
// hospitalisés", "62 remain in intensive care". It is another count than the toll of the wounded.
import { phraseAfterCount } from './after-count';
import type { ReadingBlock, Range } from './block';
import { words } from './block';
import { slot, type Slot } from './slot';

/**
 * Tokens after the count's noun where the state may stand, inside the count's phrase ("were still being
 * treated in hospital", "94 blessés des attaques de l'aéroport et du métro étaient encore hospitalisés").
 */
const REACH = 12;

export function stateCountOf(b: ReadingBlock, figure: Range, nounEnd: number): Slot<string> | undefined {
  const at = phraseAfterCount(b, figure, nounEnd, b.lex.stateCounts, REACH);
  return at ? slot(words(b, at[0], at[1]), 'state-count', words(b, at[0], at[1])) : undefined;
}
