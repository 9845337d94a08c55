// Another source's value for the same fact, in a clause that only says who gives it: "les médias
// arabes situent le lancement au 9 mars, quand l'OSDH retient le 7 mars"; "some reports put the start
// on March 9, whereas the army gives March 7"; or in the next sentence, opening on other sources:
// "L'AFP date le lancement au 7 mars. D'autres médias retiennent le 9 mars." The second date is of
// the first one's event.
import type { ReadingBlock, Range } from './block';
import { words } from './block';
import { slot, type Slot } from './slot';

/** Tokens from the contrast word to the date: room for a source's name and its verb, no more. */
const REACH = 8;

/** Tokens from a sentence's start to its words of other sources ("Selon d'autres sources", "But other outlets"). */
const OPENING = 3;
/** Tokens from the other sources' words to their verb: a source's name, an aside. */
const SOURCE_REACH = 16;

export function contrastedBy(b: ReadingBlock, previous: Range, figure: Range): Slot<true> | undefined {
  if (previous[1] >= figure[0]) return undefined;
  const sentence = b.sentenceOf[figure[0]]!;
  if (b.sentenceOf[previous[1]] === sentence) {
    for (let m = Math.max(previous[1] + 1, figure[0] - REACH); m < figure[0]; m++) {
      const marker = b.lex.contrast.at(b.tokens, m);
      if (marker === 0) continue;
      return statedValue(b, m + marker, figure) ? slot(true, 'continues:contrast', words(b, m, figure[1])) : undefined;
    }
    return undefined;
  }
  // The sentence right after, opening on other sources.
  if (b.sentenceOf[previous[1]] !== sentence - 1) return undefined;
  const [first] = b.sentences[sentence]!;
  for (let m = first; m <= Math.min(first + OPENING, figure[0] - 1); m++) {
    const marker = b.lex.otherSources.at(b.tokens, m);
    if (marker === 0) continue;
    return figure[0] - m <= SOURCE_REACH && statedValue(b, m + marker, figure) ? slot(true, 'continues:other-source', words(b, m, figure[1])) : undefined;
  }
  return undefined;
}

/**
 * The clause from `from` says who states the value, and the value is what it states: the date is the
 * verb's object ("retient le 7 mars"), not when it spoke ("a annoncé le 24 mars que…").
 */
function statedValue(b: ReadingBlock, from: number, figure: Range): boolean {
  for (let i = from; i < figure[0]; i++) {
    const verb = b.lex.sayVerbs.at(b.tokens, i);
    if (verb === 0) continue;
    let k = i + verb;
    while (k < figure[0] && b.lex.determiners.has(b.tokens[k]!.norm)) k++;
    const next = b.tokens[figure[1] + 1];
    return k === figure[0] && !(next && b.lex.subordinators.has(next.norm));
  }
  return false;
}
