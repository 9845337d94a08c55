// A phrase of a set standing right after a count and its noun, in the count's phrase: "were killed or
// wounded", "étaient encore hospitalisés". Readers of what a count is of ask it with their own set.
import type { PhraseSet } from '../lexicon';
import type { ReadingBlock, Range } from './block';
import { phraseRange } from './block';

/** The tokens [first, last] of the first phrase of `phrases` within `reach` tokens after the noun's end, before any other number. */
export function phraseAfterCount(b: ReadingBlock, figure: Range, nounEnd: number, phrases: PhraseSet, reach: number): Range | undefined {
  const [, last] = phraseRange(b, figure[0]);
  for (let i = figure[1] + 1; i <= Math.min(last, nounEnd + reach); i++) {
    const n = phrases.at(b.tokens, i);
    if (n > 0) return [i, i + n - 1];
    // Another number ("quatre personnes décédées à l'hôpital") has a phrase of its own; a phrase may
    // itself be a figure ("40 sorties a day").
    if (b.tokens[i]!.type === 'number' || (i > nounEnd && b.inFigure[i])) break;
  }
  return undefined;
}
