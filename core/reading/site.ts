// A toll located at one place inside the event's place is a part of it: "16 at the airport", "The
// blast at the metro station killed 16", "À l'aéroport de Zaventem, 16 personnes ont été tuées",
// "31 victimes décédées sur les lieux". The places of a whole event named together are its whole
// toll: "the bombings at Zaventem airport and Maalbeek station, which killed 32".
import type { ReadingBlock, Range } from './block';
import { placePrepositionEndingAt, words } from './block';
import { slot, type Slot } from './slot';

/** How far before a count a place may stand in its clause ("The blast at the Brussels metro station killed"). */
const BEFORE_REACH = 12;
/** How far after a count's noun ("16 people at the airport"). */
const AFTER_REACH = 8;
/** Tokens from a place to the next one joined to it ("… Airport and the Maelbeek"). */
const JOINED_REACH = 3;
/** Tokens between a preposition and the place it introduces ("at the Brussels metro station"). */
const PREPOSITION_REACH = 3;

interface Mention {
  first: number;
  last: number;
}

/** A place inside the event's at token i: a site the dataset names, or a common word for one ("airport", "sur place"). */
function placeAt(b: ReadingBlock, i: number, sites: Set<string>): Mention | undefined {
  const site = (b.hitsAt[i] ?? []).find((h) => h.first === i && sites.has(h.group));
  if (site) return { first: i, last: site.last };
  const n = b.lex.subPlaces.at(b.tokens, i);
  return n > 0 ? { first: i, last: i + n - 1 } : undefined;
}

/** A preposition of place right before the mention, or as its own first word ("in hospital", "sur place"). */
function introduced(b: ReadingBlock, m: Mention): boolean {
  if (placePrepositionEndingAt(b, m.first) > 0) return true;
  for (let i = m.first - 1; i >= Math.max(0, m.first - PREPOSITION_REACH); i--) {
    const t = b.tokens[i]!;
    if (t.type === 'punct' && t.norm !== "'") return false;
    if (placePrepositionEndingAt(b, i) > 0) return true;
  }
  return false;
}

/** Another count stands just before the place: the place is that count's ("16 at the airport and 16 at the metro"). */
function locatesAnother(b: ReadingBlock, m: Mention, isCount: (i: number) => boolean): boolean {
  for (let i = m.first - 1; i >= Math.max(0, m.first - PREPOSITION_REACH - 1); i--) {
    if (isCount(i)) return true;
    if (b.tokens[i]!.type === 'punct' && b.tokens[i]!.norm !== "'") return false;
  }
  return false;
}

/** The places inside the event's that the count's clause locates it at, in text order (adjacent words merged). */
function mentions(b: ReadingBlock, clause: Range, figure: Range, nounEnd: number, sites: Set<string>, isCount: (i: number) => boolean): Mention[] {
  const found: Mention[] = [];
  const scan = (from: number, to: number, before: boolean) => {
    let end = to;
    for (let i = from; i <= end; i++) {
      if (!before && b.tokens[i]!.type === 'number') break;
      // "31 morts, avant que des décès survenus à l'hôpital…": a clause of its own after the count places its own subject.
      if (!before && (b.lex.subordinators.at(b.tokens, i) > 0 || b.lex.relativePronouns.has(b.tokens[i]!.norm))) break;
      const m = placeAt(b, i, sites);
      const prev = found[found.length - 1];
      // "at Zaventem airport and Maalbeek metro station", "at Brussels airport and a metro station": the
      // second shares the first's preposition.
      const article = m !== undefined && b.lex.determiners.has(b.tokens[m.first - 1]?.norm) ? 1 : 0;
      const joined = prev !== undefined && m !== undefined && b.lex.coordinators.has(b.tokens[m.first - 1 - article]?.norm) && m.first - 1 - article - prev.last <= 1;
      if (!m || !(introduced(b, m) || joined) || (before && locatesAnother(b, m, isCount))) continue;
      // "mortes à l'aéroport et 16 dans le métro": the place just before "and" and the count is the other conjunct's.
      if (before && m.last + 2 === figure[0] && b.lex.coordinators.has(b.tokens[m.last + 1]?.norm)) continue;
      // "Zaventem airport", "la station Maelbeek": one place written in two words.
      if (prev && !joined && m.first <= prev.last + 2) prev.last = Math.max(prev.last, m.last);
      else found.push(m);
      i = m.last;
      // After the count, a place at the end of the reach may have another joined to it ("a toll of 32
      // for the bombings at Brussels Airport and the Maelbeek metro station").
      if (!before) end = Math.max(end, Math.min(clause[1], m.last + JOINED_REACH));
    }
  };
  scan(Math.max(clause[0], figure[0] - BEFORE_REACH), figure[0] - 1, true);
  scan(nounEnd + 1, Math.min(clause[1], nounEnd + AFTER_REACH), false);
  return found;
}

/**
 * A count at one place inside its event's place: a part. Several such places named together are
 * the event's whole ("at Zaventem airport and Maalbeek metro station"): no part.
 */
export function siteOf(b: ReadingBlock, clause: Range, figure: Range, nounEnd: number, sites: Set<string>, isCount: (i: number) => boolean): Slot<true> | undefined {
  const found = mentions(b, clause, figure, nounEnd, sites, isCount);
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  return slot(true, 'part-of-whole:site', words(b, m.first, m.last));
}
