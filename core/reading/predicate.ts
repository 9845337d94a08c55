// What a figure's clause says happened or is counted, from the dataset's words.
// - A count takes the verb or noun nearest it in its own clause, else its phrase, else its segment
//   ("400 jihadistes sont morts"; "killed 31 people and wounded 340": the 340 were wounded).
// - A date or a duration takes every such word of its phrase, nearest first: the rules keep the
//   entries these words allow, and the nearest settles a tie ("since it appeared in the Syrian
//   conflict in 2013"; "20 days from the launch of the offensive").
// "since"/"depuis" alone marks a state's start and says nothing of what happened.
import type { ReadingBlock, Range } from './block';
import { clauseRange, describesNoun, nearestHit, phraseRange, segmentRange, sinceAt, words } from './block';
import { slot, type Slot } from './slot';

export interface Predicate {
  /** Alias groups, nearest first. */
  groups: string[];
  range: Range;
  /** Tokens between the figure and each group's nearest word. */
  distance: Map<string, number>;
}

function markerOnly(b: ReadingBlock, first: number, last: number): boolean {
  return last === first && sinceAt(b, first);
}

/** Token i may be a verb after its link ("to clear", "pour rendre"): a word, neither an article nor a pronoun or number. */
function verbAt(b: ReadingBlock, i: number): boolean {
  const t = b.tokens[i];
  return t?.type === 'word' && !b.lex.determiners.has(t.norm) && !b.lex.notNouns.has(t.norm);
}

/** How far after a verb of beginning its infinitive may come, past a date ("ont commencé lundi à déminer"). */
const BEGIN_LINK_REACH = 4;

/**
 * A verb of beginning whose infinitive the dataset does not know: what began is something else
 * ("engineers began on Monday to clear mines", "ont commencé lundi à déminer la ville"), not the event
 * the verb alone would name. A known infinitive is read by its own alias ("a commencé à bombarder").
 */
function beginsOtherThing(b: ReadingBlock, h: { first: number; last: number }): boolean {
  if (b.lex.beginVerbs.before(b.tokens, h.last) === 0) return false;
  for (let i = h.last + 1; i <= Math.min(b.tokens.length - 1, h.last + BEGIN_LINK_REACH); i++) {
    const t = b.tokens[i]!;
    if (t.type === 'punct') return false;
    const bare = b.lex.beginLinksBare.at(b.tokens, i);
    const n = bare || b.lex.beginLinks.at(b.tokens, i);
    if (n === 0) continue;
    if (!verbAt(b, i + n) || b.hitsAt[i + n]?.length) return false;
    return bare > 0 || b.lex.infinitiveEndings.endsWith(b.tokens[i + n]!.norm);
  }
  return false;
}

/** A verb of completion in [from, to) makes the infinitive at `to` what was done: "took 20 days to retake". */
function completes(b: ReadingBlock, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b.lex.completion.at(b.tokens, i) > 0) return true;
  return false;
}

const gap = (h: { first: number; last: number }, figure: Range) => (h.first > figure[1] ? h.first - figure[1] : figure[0] - h.last);

/**
 * A goal's infinitive between `from` and `to`: "gathered to lay flowers for the victims", "se sont
 * rassemblés pour rendre hommage aux victimes" (a marker of purpose, then a verb: no article, no
 * number). Not one of a relative clause, whose goal is its own: '"a handful of jihadists who want to
 * fight" stayed behind'.
 */
function goalBetween(b: ReadingBlock, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (b.lex.relativePronouns.has(b.tokens[i]!.norm)) return false;
    const n = b.lex.purpose.at(b.tokens, i);
    if (n > 0 && i + n <= to && verbAt(b, i + n)) return true;
  }
  return false;
}

/** The nearest word of `groups` to the figure: in its phrase, else in its clause (by default its segment). */
export function nearestPredicate(b: ReadingBlock, figure: Range, isPredicate: (g: string) => boolean, clause: Range = segmentRange(b, figure[0])): Slot<Predicate> | undefined {
  // Not a word of the goal of what the counted did: the hundreds who gathered "to lay flowers for the victims" are none.
  const accept = (h: { first: number; last: number }) => !markerOnly(b, h.first, h.last) && !(h.first > figure[1] && goalBetween(b, figure[1] + 1, h.first - 1));
  // Its own clause first: "claimed 270,000 lives and forced millions from their homes" — the millions fled.
  for (const [scope, name] of [[clauseRange(b, figure), 'own-clause'], [phraseRange(b, figure[0]), 'phrase'], [clause, 'clause']] as const) {
    const near = nearestHit(b, isPredicate, figure, scope, accept);
    if (!near) continue;
    // Every group of the words at that place: "fell" is a capture and a recapture; who acts tells which.
    const distance = new Map<string, number>();
    for (const h of b.hitsAt[near.hit.first] ?? []) if (isPredicate(h.group) && h.first === near.hit.first) distance.set(h.group, near.distance);
    return slot({ groups: [...distance.keys()], range: [near.hit.first, near.hit.last], distance }, `predicate:nearest-in-${name}`, words(b, near.hit.first, near.hit.last));
  }
  return undefined;
}

/**
 * The figure's clause, and the one before it when its own opens with "and" and a verb of `groups`
 * (its subject is the one before): in "bombers killed 31 people and wounded 340 in Brussels on
 * Tuesday", Tuesday dates the killing too. Not when the clause before has a date of its own
 * (`otherDates`), and from its last subordinator on ("days after IS bombers killed…").
 */
export function sharedSubjectClause(b: ReadingBlock, figure: Range, isPredicate: (g: string) => boolean, otherDates: Range[] = []): Range {
  const clause = clauseRange(b, figure);
  const and = clause[0] - 1;
  const [phraseFirst] = phraseRange(b, figure[0]);
  if (and <= phraseFirst || !b.lex.coordinators.has(b.tokens[and]!.norm)) return clause;
  if (!(b.hitsAt[clause[0]] ?? []).some((h) => h.first === clause[0] && isPredicate(h.group))) return clause;
  let first = clauseRange(b, [and - 1, and - 1])[0];
  if (otherDates.some((o) => o[1] >= first && o[0] < and)) return clause;
  for (let i = and - 1; i > first; i--) if (b.lex.subordinators.has(b.tokens[i]!.norm)) { first = i + 1; break; }
  return [first, clause[1]];
}

/**
 * Every word of `groups` in the figure's clause (its phrase, cut at coordinators), nearest first. A
 * word nearer another date of the clause is that date's: in "the first flights since the March 22
 * bombings left on Sunday", the bombings are of March 22, not of Sunday.
 */
export function predicatesInPhrase(
  b: ReadingBlock,
  figure: Range,
  isPredicate: (g: string) => boolean,
  otherDates: Range[] = [],
  scope: Range = clauseRange(b, figure),
  tally?: (i: number) => boolean,
): Slot<Predicate> | undefined {
  const [first, last] = scope;
  // "Mardi, le bilan des attentats a été revu": a date nearer a tally than the event dates the tally.
  let tallyAt = Infinity;
  if (tally) for (let i = first; i <= last; i++) if ((i < figure[0] || i > figure[1]) && tally(i)) tallyAt = Math.min(tallyAt, i > figure[1] ? i - figure[1] : figure[0] - i);
  const distance = new Map<string, number>();
  let nearest: Range | undefined;
  let best = Infinity;
  for (let i = first; i <= last; i++) {
    for (const h of b.hitsAt[i] ?? []) {
      if (h.first !== i || !isPredicate(h.group) || (h.last >= figure[0] && h.first <= figure[1]) || describesNoun(b, h)) continue;
      // "launched the offensive on March 7 to win back the city": the goal did not happen on that day
      // (but "needed three weeks to drive them out" did).
      if (h.first > figure[1] && b.lex.purpose.before(b.tokens, h.first - 1) > 0 && !completes(b, first, h.first)) continue;
      if (beginsOtherThing(b, h)) continue;
      const d = markerOnly(b, h.first, h.last) ? Infinity : gap(h, figure);
      if (d !== Infinity && otherDates.some((o) => o[1] >= first && o[0] <= last && gap(h, o) < d)) continue;
      if (d !== Infinity && d > tallyAt) continue;
      distance.set(h.group, Math.min(distance.get(h.group) ?? Infinity, d));
      if (d < best || !nearest) {
        best = d;
        nearest = [h.first, h.last];
      }
    }
  }
  if (!nearest) return undefined;
  const groups = [...distance.keys()].sort((a, c) => distance.get(a)! - distance.get(c)!);
  return slot({ groups, range: nearest, distance }, 'predicate:phrase', words(b, nearest[0], nearest[1]));
}
