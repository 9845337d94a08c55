// A count that is a part of a whole: "another 16", "dont 16", "including 16", "16 of the dead",
// "16 des 31 morts", "16 at the airport", "28 victims identified so far". A part is never the
// whole toll, however close the number.
import { phraseAfterCount } from './after-count';
import type { ReadingBlock, Range } from './block';
import { phraseRange, sentenceRange, words } from './block';
import { slot, type Slot } from './slot';

const BEFORE_REACH = 3;
const PLACE_REACH = 8;

/** A word of a toll between tokens from and to ("400 d'entre eux auraient été tués"). */
function tollAfter(b: ReadingBlock, from: number, to: number, tollGroups: (g: string) => boolean): boolean {
  for (let i = from; i <= to; i++) if ((b.hitsAt[i] ?? []).some((h) => h.first === i && tollGroups(h.group))) return true;
  return false;
}

/** A number earlier in the figure's sentence: the whole a part may be of. */
function numberBefore(b: ReadingBlock, at: number): boolean {
  const [first] = sentenceRange(b, at);
  for (let i = first; i < at; i++) if (b.tokens[i]!.type === 'number') return true;
  return false;
}

/**
 * `counted`: the groups some entry of the reference counts. A word the lexicon takes for another kind
 * of count ("evacuated", "arrested") is no other count when it is one of them: a dataset about a flood
 * counts the evacuated.
 */
export function partOfWhole(b: ReadingBlock, figure: Range, nounEnd: number, tollGroups: (g: string) => boolean, counted: (g: string) => boolean = () => false): Slot<true> | undefined {
  const { tokens, lex } = b;
  const phrase = phraseRange(b, figure[0]);
  // Before: "another 16", "dont 16", "including 16", "among them 16".
  for (let i = Math.max(phrase[0], figure[0] - BEFORE_REACH); i < figure[0]; i++) {
    const n = lex.partBefore.at(tokens, i);
    if (n > 0 && i + n >= figure[0] - 1) return slot(true, 'part-of-whole:before', words(b, i, figure[0] - 1));
  }
  // After: "16 of the dead", "16 d'entre eux", "16 of the 31", "16 des 31 morts".
  const a = figure[1] + 1;
  const lead = lex.partAfter.at(tokens, a);
  if (lead > 0) {
    // "of the dead", "of the 31": a part of a toll; "d'entre eux": of those just named.
    const next = tokens[a + lead];
    const toll = (b.hitsAt[a + lead] ?? []).some((h) => tollGroups(h.group));
    if (toll || next?.type === 'number') return slot(true, 'part-of-whole:of', words(b, a, a + lead));
    // "d'entre eux", "of them": a part of a toll said before ("sur les 35 morts, 16 d'entre eux…"),
    // but "of the jihadists, 400 of them were killed" is the toll of that side.
    if (/^(?:them|eux|elles|those|whom)$/.test(tokens[a + lead - 1]!.norm) && !(tollAfter(b, a + lead, phrase[1], tollGroups) && !numberBefore(b, figure[0]))) {
      return slot(true, 'part-of-whole:of', words(b, a, a + lead - 1));
    }
  }
  if ((tokens[a]?.norm === 'des' || tokens[a]?.norm === 'sur') && tokens[a + 1]?.type === 'number') return slot(true, 'part-of-whole:of', words(b, a, a + 1));
  // A count of another kind: "24 identified" (a place inside the event's is site.ts's);
  // not for the whole of a partition ("28 of the 31 dead were identified": the 28 were).
  const whole = lex.partAfter.before(tokens, figure[0] - 1) > 0 || (tokens[figure[0] - 1]?.norm === 'des' && tokens[figure[0] - 2]?.type === 'number');
  if (whole) return undefined;
  // "l'exécution de 25 soldats", "the arrest of 20 suspects", "la mise à mort de 25 soldats" (a phrase
  // of the lexicon says so whatever word of a toll it holds).
  const countedAt = (from: number, to: number) => {
    for (let i = from; i <= to; i++) if ((b.hitsAt[i] ?? []).some((h) => counted(h.group))) return true;
    return false;
  };
  const noun = lex.ofWords.has(tokens[figure[0] - 1]?.norm) ? lex.otherCountNouns.before(tokens, figure[0] - 2) : 0;
  if (noun > 1 || (noun === 1 && !countedAt(figure[0] - 2, figure[0] - 2))) {
    return slot(true, 'part-of-whole:other-count', words(b, figure[0] - 1 - noun, figure[0] - 1));
  }
  // From the figure on: the noun phrase may hold the participle ("280 personnes exécutées").
  const other = phraseAfterCount(b, figure, nounEnd, lex.otherCountVerbs, PLACE_REACH);
  return other && !countedAt(other[0], other[1]) ? slot(true, 'part-of-whole:other-count', words(b, other[0], other[1])) : undefined;
}
