// A value given to a tally named before it: "le nombre de blessés reste fixé à 340", "the number of
// wounded stands at 340", "le bilan des morts a été porté à 35". The tally's complement says what is
// counted, whatever verb ("reste", "stands") carries the value.
import type { ReadingBlock, Range } from './block';
import { segmentRange, words } from './block';
import { slot, type Slot } from './slot';

/** Tokens between the tally noun and what it counts: "nombre de", "bilan des morts", "number of the". */
const COMPLEMENT_REACH = 3;

export function tallyCounts(b: ReadingBlock, figure: Range, isCount: (g: string) => boolean): Slot<string[]> | undefined {
  const [first] = segmentRange(b, figure[0]);
  for (let i = figure[0] - 1; i >= first; i--) {
    const t = b.tokens[i]!;
    // Another figure or another clause in between: the tally is not this one's.
    if (t.type === 'number' || b.lex.coordinators.has(t.norm)) return undefined;
    if (!b.lex.tallyNouns.has(t.norm)) continue;
    for (let j = i + 1; j <= Math.min(figure[0] - 1, i + COMPLEMENT_REACH); j++) {
      const groups = (b.hitsAt[j] ?? []).filter((h) => h.first === j && isCount(h.group)).map((h) => h.group);
      if (groups.length > 0) return slot(groups, 'tally:complement', words(b, i, j));
    }
    return undefined;
  }
  return undefined;
}

/** Tokens from a tally noun to its value: "put the total at 35", "porte le total à 35", "le bilan passe à 35". */
const VALUE_REACH = 4;

/**
 * The tally noun a count is the value of, when the count follows it closely ("the total at 35", "le
 * bilan passe à 35"): a tally states a whole, so what the clause said before it ("four died in
 * hospital and put the total at 35") is not said of the value.
 */
export function tallyValueOf(b: ReadingBlock, figure: Range): number | undefined {
  if (b.lex.tallyValue.before(b.tokens, figure[0] - 1) === 0) return undefined;
  const [first] = segmentRange(b, figure[0]);
  for (let i = figure[0] - 2; i >= Math.max(first, figure[0] - 1 - VALUE_REACH); i--) {
    const t = b.tokens[i]!;
    if (t.type === 'number' || t.type === 'punct' || b.lex.coordinators.has(t.norm)) return undefined;
    if (b.lex.tallyNouns.has(t.norm)) return i;
  }
  return undefined;
}
