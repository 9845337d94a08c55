// A figure that is a rate, not a total: "20 to 25 sorties a day", "800 passengers an hour",
// "de 20 à 25 sorties quotidiennes", "an average of 30 strikes".
import type { ReadingBlock, Range } from './block';
import { phraseRange, words } from './block';
import { slot, type Slot } from './slot';

const AFTER_REACH = 4;

export function rateOf(b: ReadingBlock, figure: Range, nounEnd: number): Slot<true> | undefined {
  const { tokens, lex } = b;
  const phrase = phraseRange(b, figure[0]);
  // After the figure, through its noun: "30 sorties quotidiennes", "20 sorties a day".
  for (let i = figure[1] + 1; i <= Math.min(phrase[1], nounEnd + AFTER_REACH); i++) {
    if (tokens[i]!.type === 'number') break;
    const n = lex.rateAfter.at(tokens, i);
    if (n > 0) return slot(true, 'rate:after', words(b, i, i + n - 1));
  }
  for (let i = Math.max(phrase[0], figure[0] - 3); i < figure[0]; i++) {
    if (lex.rateWords.has(tokens[i]!.norm)) return slot(true, 'rate:before', words(b, i, figure[0] - 1));
  }
  return undefined;
}
