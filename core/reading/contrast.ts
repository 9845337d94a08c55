// Another source's value for the same fact, in a clause that only says who gives it: "les médias
// arabes situent le lancement au 9 mars, quand l'OSDH retient le 7 mars"; "some reports put the start
// on March 9, whereas the army gives March 7". The second date is of the first one's event.
import type { ReadingBlock, Range } from './block';
import { words } from './block';
import { slot, type Slot } from './slot';

/** Tokens from the contrast word to the date: room for a source's name and its verb, no more. */
const REACH = 8;

export function contrastedBy(b: ReadingBlock, previous: Range, figure: Range): Slot<true> | undefined {
  if (previous[1] >= figure[0] || b.sentenceOf[previous[1]] !== b.sentenceOf[figure[0]]) return undefined;
  for (let m = Math.max(previous[1] + 1, figure[0] - REACH); m < figure[0]; m++) {
    const marker = b.lex.contrast.at(b.tokens, m);
    if (marker === 0) continue;
    // The clause after the marker says who states the value, and the value is what it states: the
    // date is the verb's object ("retient le 7 mars"), not when it spoke ("a annoncé le 24 mars que…").
    for (let i = m + marker; i < figure[0]; i++) {
      const verb = b.lex.sayVerbs.at(b.tokens, i);
      if (verb === 0) continue;
      let k = i + verb;
      while (k < figure[0] && b.lex.determiners.has(b.tokens[k]!.norm)) k++;
      const next = b.tokens[figure[1] + 1];
      if (k !== figure[0] || (next && b.lex.subordinators.has(next.norm))) return undefined;
      return slot(true, 'continues:contrast', words(b, m, figure[1]));
    }
    return undefined;
  }
  return undefined;
}
