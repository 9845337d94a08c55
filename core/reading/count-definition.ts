// Who a count says it takes in or leaves out, right after its noun: "28 victims, not counting the
// three bombers", "32 morts, sans compter les kamikazes", "137 dead, including the seven attackers".
// A count that leaves people out is another kind of count than a toll, unless the reference's toll
// leaves the same people out; one that takes people in is another count than a toll that leaves
// them out (see the entries' `match.excludes`).
import type { ReadingBlock } from './block';
import { phraseRange, sentenceRange, words } from './block';
import { slot, type Slot } from './slot';

/** Tokens after the count's noun where the definition may start (past a comma, or "a figure that"). */
const REACH = 5;
/** Words of who is taken in or left out, read and shown after the marker ("not counting the three suicide bombers"). */
const SHOWN = 3;

/** Marks that end the count's words: another clause or cell follows ("(" does not: "32 (excl. attackers)"). */
const STOPS = new Set([';', '|', ':']);

export interface CountDefinition {
  /** 'leaves-out': "not counting", "sans compter"; 'takes-in': "including", "y compris". */
  mode: 'leaves-out' | 'takes-in';
  /** The groups of people named after the marker (dataset alias groups); empty when none is known. */
  groups: string[];
  /** The last token of the words read: a count among them is one of those people's ("the three bombers"). */
  last: number;
}

/** The definition of the count whose noun ends at `nounEnd`; `isPeople` tells the groups that name people. */
export function countDefinitionOf(b: ReadingBlock, nounEnd: number, isPeople: (group: string) => boolean): Slot<CountDefinition> | undefined {
  const [, last] = sentenceRange(b, nounEnd);
  for (let i = nounEnd + 1; i <= Math.min(last, nounEnd + REACH); i++) {
    if (STOPS.has(b.tokens[i]!.norm)) break;
    const added = b.lex.addedOnTop.at(b.tokens, i);
    const out = added || b.lex.excluding.at(b.tokens, i);
    const n = out || b.lex.including.at(b.tokens, i);
    if (n === 0) continue;
    // Who is named ends at a comma: "plus the bombers, and 340 were injured" names no more.
    let end = Math.min(last, i + n + SHOWN);
    for (let k = i + n; k <= end; k++) if (b.tokens[k]!.norm === ',') end = k - 1;
    const groups = peopleNamed(b, i + n, end, isPeople);
    // "plus" says nothing of whom unless people it names follow ("31 dead plus 340 injured").
    if (added && groups.size === 0) continue;
    const said = words(b, i, end);
    return slot({ mode: out ? 'leaves-out' : 'takes-in', groups: [...groups], last: end }, out ? 'count-definition:leaves-out' : 'count-definition:takes-in', said);
  }
  return undefined;
}

/**
 * A definition opening the count's sentence, before a comma: "Sans les assaillants, on compte 32
 * victimes", "Without the bombers, the toll stands at 32", "Stripped of them, the count is 32".
 * `first`: the count's first token.
 */
export function frontedDefinitionOf(b: ReadingBlock, first: number, isPeople: (group: string) => boolean): Slot<CountDefinition> | undefined {
  const [sFirst] = sentenceRange(b, first);
  const [, opener] = phraseRange(b, sFirst);
  // The fronted phrase ends at its comma, before the count.
  if (opener >= first || b.tokens[opener + 1]?.norm !== ',') return undefined;
  const out = b.lex.excluding.at(b.tokens, sFirst) || b.lex.frontExcluding.at(b.tokens, sFirst);
  const n = out || b.lex.including.at(b.tokens, sFirst);
  if (n === 0) return undefined;
  const groups = peopleNamed(b, sFirst + n, opener, isPeople);
  // Whom it leaves out must be said: "Sans l'appui russe, …" tells of no one counted.
  if (groups.size === 0) return undefined;
  return slot({ mode: out ? 'leaves-out' : 'takes-in', groups: [...groups], last: opener }, out ? 'count-definition:fronted-leaves-out' : 'count-definition:fronted-takes-in', words(b, sFirst, opener));
}

/** The groups of people named among tokens [from, to]: whom a definition takes in or leaves out. */
function peopleNamed(b: ReadingBlock, from: number, to: number, isPeople: (group: string) => boolean): Set<string> {
  const groups = new Set<string>();
  for (let k = from; k <= to; k++) for (const h of b.hitsAt[k] ?? []) if (isPeople(h.group)) groups.add(h.group);
  return groups;
}
