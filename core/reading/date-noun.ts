// The noun a date qualifies: "Monday's front pages", "les unes de lundi", "the edition of March 28".
// Such a date says when that noun's thing was, not when an event of the sentence happened ("Monday's
// front pages are dominated by the fall of Palmyra"); an event's noun keeps it ("Tuesday's bombings",
// "les attentats meurtriers de mardi").
import { MONTH_PARTS, UNITS } from '../dates/lexicon';
import type { ReadingBlock, Range } from './block';
import { possessive, words } from './block';
import { isParticiple } from './noun-phrase';
import { slot, type Slot } from './slot';

/** Words of a noun phrase looked at on the date's side: its head and an adjective or two. */
const NOUN_REACH = 3;
/** After an English possessive: an adjective and its head ("Monday's front pages"), not the verb after. */
const POSSESSED_REACH = 2;

/** The date qualifies a noun that names no event (`isEventWord`): the slot says which. */
export function dateOfNoun(b: ReadingBlock, figure: Range, isEventWord: (g: string) => boolean): Slot<true> | undefined {
  const { tokens, lex } = b;
  const event = (first: number, last: number) => {
    for (let i = first; i <= last; i++) if ((b.hitsAt[i] ?? []).some((h) => isEventWord(h.group))) return true;
    return false;
  };
  // ("s'est déroulée du 9 au 27 mars": a verb's date, no noun's.)
  const noun = (i: number) => tokens[i]?.type === 'word' && !lex.determiners.has(tokens[i]!.norm) && !lex.notNouns.has(tokens[i]!.norm) && !isParticiple(b, i);
  // English: "Monday's front pages".
  if (possessive(b, figure[1]) || possessive(b, figure[1] + 1)) {
    const first = tokens[figure[1] + 1]?.norm === 's' ? figure[1] + 2 : figure[1] + 1;
    let last = first - 1;
    while (last + 1 < tokens.length && last + 1 < first + POSSESSED_REACH && noun(last + 1)) last++;
    if (last < first || event(first, last)) return undefined;
    return slot(true, 'date:of-noun', words(b, figure[0], last));
  }
  // "les unes de lundi", "the edition of March 28": a noun right before its "of".
  const of = figure[0] - 1;
  // ("at the end of last September", "la semaine du 7 mars": a part of the time, no noun that owns it.)
  const head = tokens[of - 1]?.norm ?? '';
  if (!lex.dateOf.has(tokens[of]?.norm) || !noun(of - 1) || MONTH_PARTS[head] !== undefined || UNITS[head] !== undefined) return undefined;
  let first = of - 1;
  while (first - 1 >= 0 && first > of - NOUN_REACH && tokens[first - 1]!.type === 'word') first--;
  if (event(first, of - 1)) return undefined;
  return slot(true, 'date:of-noun', words(b, of - 1, figure[1]));
}
