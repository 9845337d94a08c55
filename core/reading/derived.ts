// A count the writer works out from figures just given: "soit 161 morts au total" (the two attacks'
// tolls added), "that is some 600 dead on both sides". It restates none of them. A toll brought up to
// date is no sum ("quatre blessés sont morts, ce qui porte le total à 35"): it is the event's toll.
import type { ReadingBlock, Range } from './block';
import { phraseRange, words } from './block';
import { slot, type Slot } from './slot';

export function derivedCountOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const { tokens, lex } = b;
  const [first] = phraseRange(b, figure[0]);
  const lead = lex.derivedLeads.before(tokens, figure[0] - 1);
  if (lead === 0 || figure[0] - lead < first) return undefined;
  return slot(true, 'derived:lead', words(b, figure[0] - lead, figure[0] - 1));
}
