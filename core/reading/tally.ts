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
