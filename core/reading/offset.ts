// A duration written as the time between two moments, not as how long something lasted: "four
// months after the Paris attacks", "quatre mois avant Bruxelles", "a week earlier", "il y a deux
// ans". Only an entry that is itself such a span can be it.
import type { Lexicon } from '../lexicon';
import type { Token } from '../text/tokens';
import type { ReadingBlock, Range } from './block';
import { compoundModifier, sinceAt, words } from './block';
import { slot, type Slot } from './slot';

export function offsetOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const { tokens, lex } = b;
  // "in the 24 hours before the troops entered", "dans les 24 heures avant l'assaut": a window that ends
  // at a moment, not the time between two.
  if (lex.windowUpTo.before(tokens, figure[0] - 1) > 0) return undefined;
  const after = lex.offsetAfter.at(tokens, figure[1] + 1);
  if (after > 0) return slot(true, 'offset:after', words(b, figure[0], figure[1] + after));
  const before = lex.offsetBefore.before(tokens, figure[0] - 1);
  if (before > 0) return slot(true, 'offset:before', words(b, figure[0] - before, figure[1]));
  return undefined;
}

/** Words between a date and the comma before its "au lendemain de" ("ce lundi dans Palmyre,"). */
const DAY_FROM_REACH = 3;

/**
 * A date told from another event right after its comma: "a pu entrer ce lundi dans Palmyre, au
 * lendemain de la reconquête", "on Monday, the day after the army retook it". It is not that
 * event's day.
 */
export function dayFromEventOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const { tokens, lex } = b;
  // Past the words of the date's own phrase ("ce lundi dans Palmyre,") to its comma.
  let k = figure[1] + 1;
  while (k < tokens.length && k <= figure[1] + DAY_FROM_REACH && tokens[k]!.type !== 'punct') k++;
  if (tokens[k]?.norm !== ',') return undefined;
  const n = lex.dayFromEvent.at(tokens, k + 1);
  return n > 0 ? slot(true, 'offset:day-from', words(b, figure[0], k + n)) : undefined;
}

/** The token before a date, past an article: "depuis le 27 mars", "since the 7th". */
function beforeDate(b: ReadingBlock, figure: Range): number {
  const i = figure[0] - 1;
  return b.lex.determiners.has(b.tokens[i]?.norm) && b.tokens[i]!.norm !== 'du' ? i - 1 : i;
}

/** A date right after "since"/"depuis": the start of a state that lasts ("contrôlent depuis dimanche"). */
export function sinceOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const at = beforeDate(b, figure);
  const n = b.lex.since.before(b.tokens, at);
  return n > 1 || (n === 1 && sinceAt(b, at)) ? slot(true, 'since', words(b, at - n + 1, figure[1])) : undefined;
}

/** A date after "from"/"à partir du": the first day of the event its phrase names ("date the operation from March 9"). */
export function startOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const at = beforeDate(b, figure);
  const n = b.lex.fromDay.before(b.tokens, at);
  return n > 0 ? slot(true, 'start', words(b, at - n + 1, figure[1])) : undefined;
}

/** "The last 24 hours of the battle", "les premiers jours": a span at one end of an event, not its length. */
export function endSpanOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const i = figure[0] - 1;
  return b.lex.windowLast.has(b.tokens[i]?.norm) ? slot(true, 'end-span', words(b, i, figure[1])) : undefined;
}

/** A verb of beginning among `tokens` from `first` to `last`: "began bombing", "commence à bombarder". */
export function beginVerbIn(lex: Lexicon, tokens: Token[], [first, last]: Range, text: (from: number, to: number) => string): Slot<true> | undefined {
  for (let i = first; i <= last; i++) {
    const n = lex.beginVerbs.at(tokens, i);
    if (n > 0) return slot(true, 'begins:verb', text(i, i + n - 1));
  }
  return undefined;
}

/**
 * A length glued to the noun of an event right after it ("the 20-day offensive", "a three-week push"):
 * the event's own length, even where it also frames a count ("over the 20-day offensive, 20 to 25
 * sorties a day"). `isEvent`: groups of what happens.
 */
export function lengthOfNoun(b: ReadingBlock, figure: Range, isEvent: (g: string) => boolean): Slot<true> | undefined {
  // The hyphen of the compound stands inside the figure: "20-day", not "20 days".
  const next = figure[1] + 1;
  if (!compoundModifier(b, figure[1] - 2) || !(b.hitsAt[next] ?? []).some((h) => h.first === next && isEvent(h.group))) return undefined;
  return slot(true, 'length:of-noun', words(b, figure[0], next));
}
