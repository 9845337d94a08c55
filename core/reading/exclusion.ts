// A count that leaves part of the usual whole out: "28 victims, not counting the three bombers",
// "32 morts, sans compter les kamikazes". It is another kind of count than the reference's toll.
import type { ReadingBlock } from './block';
import { sentenceRange, words } from './block';
import { slot, type Slot } from './slot';

/** Tokens after the count's noun where the exclusion may start (past a comma, or "a figure that"). */
const REACH = 5;
/** Words of what is left out shown with the marker ("not counting the three suicide bombers"). */
const SHOWN = 3;

/** Marks that end the count's words: another clause or cell follows ("(" does not: "32 (excl. attackers)"). */
const STOPS = new Set([';', '|', ':']);

export function exclusionOf(b: ReadingBlock, nounEnd: number): Slot<string> | undefined {
  const [, last] = sentenceRange(b, nounEnd);
  for (let i = nounEnd + 1; i <= Math.min(last, nounEnd + REACH); i++) {
    if (STOPS.has(b.tokens[i]!.norm)) break;
    const n = b.lex.excluding.at(b.tokens, i);
    if (n === 0) continue;
    const said = words(b, i, Math.min(last, i + n + SHOWN));
    return slot(said, 'exclusion', said);
  }
  return undefined;
}
