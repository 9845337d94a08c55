// A figure that is a rate, not a total: "20 to 25 sorties a day", "800 passengers an hour",
// "de 20 à 25 sorties quotidiennes", "an average of 30 strikes".
import { phraseAfterCount } from './after-count';
import type { ReadingBlock, Range } from './block';
import { phraseRange, startingIn, words } from './block';
import { slot, type Slot } from './slot';
import type { FigureAt } from './window';

const AFTER_REACH = 4;

export function rateOf(b: ReadingBlock, figure: Range, nounEnd: number): Slot<true> | undefined {
  const { tokens, lex } = b;
  const phrase = phraseRange(b, figure[0]);
  // After the figure, through its noun: "30 sorties quotidiennes", "20 sorties a day".
  const after = phraseAfterCount(b, figure, nounEnd, lex.rateAfter, AFTER_REACH);
  if (after) return slot(true, 'rate:after', words(b, after[0], after[1]));
  for (let i = Math.max(phrase[0], figure[0] - 3); i < figure[0]; i++) {
    if (lex.rateWords.has(tokens[i]!.norm)) return slot(true, 'rate:before', words(b, i, figure[0] - 1));
  }
  return undefined;
}

/**
 * A span that is the unit of a rate, not a length: "two dozen sorties a day", "50 strikes a week".
 * It follows a count and its noun directly: "killed 400 in a day" and "40 soldiers needed a day" are
 * lengths. `figures`: the block's figures in order.
 */
export function rateUnitOf(b: ReadingBlock, span: Range, figures: FigureAt[]): Slot<true> | undefined {
  const { tokens, lex } = b;
  if (lex.rateAfter.at(tokens, span[0]) !== span[1] - span[0] + 1) return undefined;
  // "several times a day", "trois fois par jour": how often, whatever is counted.
  if (lex.frequencyWords.has(tokens[span[0] - 1]?.norm)) return slot(true, 'rate:frequency', words(b, span[0] - 1, span[1]));
  const phrase = phraseRange(b, span[0]);
  for (const k of startingIn(figures, phrase[0], span[0] - 1)) {
    const { figure, range: count } = figures[k]!;
    if (figure.dimension !== 'count' || count[1] >= span[0] || count[1] < span[0] - AFTER_REACH) continue;
    // Nothing between (the count holds its noun: "two dozen sorties"), or its noun alone.
    const noun = tokens[count[1] + 1]!;
    const between = span[0] - count[1] - 1;
    const bare = tokens[count[1]]!.type === 'number';
    if (between === 0 || (between === 1 && bare && noun.type === 'word' && !lex.windowBefore.has(noun.norm) && !lex.notNouns.has(noun.norm) && !lex.determiners.has(noun.norm))) {
      return slot(true, 'rate:unit', words(b, count[0], span[1]));
    }
  }
  return undefined;
}
