// The window of time a count covers, when its sentence gives one: a span written next to it ("40
// sorties en 24 heures", "400 killed in 20 days"), a period ("between March 20 and 23, 41
// sorties"), a day inside an event ("32 killed the next day"), a start ("depuis 2011"). The rules
// compare it with the entry's window: a count over other days is another fact.
import type { Figure } from '../claims/figures';
import type { Interval } from '../types';
import type { ReadingBlock, Range } from './block';
import { phraseRange, relativeComma, segmentRange, sentenceRange, sinceAt, startingIn, words } from './block';
import { runsUpTo } from './ended';
import { slot, type Slot } from './slot';

export interface Window {
  /** How long the window is, in days ("in 24 hours": 1; "three weeks": 17.5–24.5). */
  length?: Interval;
  /** The days it covers, as day numbers ("between 20 and 23 March"). */
  days?: Interval;
  /** A single day named in the sentence ("le 10 mars"): a part of a longer window when it falls inside it. */
  point?: boolean;
  /** It starts on `days.min` and runs on ("depuis 2011"). */
  since?: boolean;
  /** One day inside an event, written as such ("the next day", "on the first day"). */
  dayInside?: boolean;
  /** The first or last stretch of an event ("in the final week of the battle"): a part of its days. */
  stretch?: boolean;
  /** Counted back from when it was written ("the past 24 hours"): its days are those of the text's date. */
  fromNow?: boolean;
  /**
   * A year or a month that dates the count's phrase ("En 2015, l'EI a mis à mort 25 soldats"): when
   * it happened, too coarse to bound its days, enough to tell another time apart.
   */
  coarse?: boolean;
  /** The duration or date of the block that gives the window, when one does. */
  figure?: Figure;
}

export interface FigureAt {
  figure: Figure;
  range: Range;
}

/**
 * A day written in a count's phrase dates the count's deaths when a word of the toll stands nearer
 * it than a verb of saying: "32 were killed on the day after", but "a day later raised the figure to
 * 194", "the monitor counted 188 dead on Sunday, and a day later revised it".
 */
function datesStatement(b: ReadingBlock, at: Range, [first, last]: Range, isToll: (g: string) => boolean): boolean {
  let say = Infinity;
  let toll = Infinity;
  for (let i = first; i <= last; i++) {
    if (i >= at[0] && i <= at[1]) continue;
    const d = i < at[0] ? at[0] - i : i - at[1];
    if (b.lex.sayVerbs.at(b.tokens, i) > 0) say = Math.min(say, d);
    if ((b.hitsAt[i] ?? []).some((h) => isToll(h.group))) toll = Math.min(toll, d);
  }
  return say < toll;
}

/** The phrase after `phrase` when a comma and a word of restriction open it: ", but only in the final week". */
function restrictionAfter(b: ReadingBlock, phrase: Range): Range | undefined {
  // A comma opens the phrase after it (core/reading/block.ts).
  const comma = phrase[1] + 1;
  if (b.tokens[comma]?.norm !== ',') return undefined;
  return b.lex.restrictions.at(b.tokens, comma + 1) > 0 ? phraseRange(b, comma + 1) : undefined;
}

/** Indexes of the date figures in [from, to] that are a phrase of their own (between commas, "in" allowed). */
function datePhrasesBetween(b: ReadingBlock, figures: FigureAt[], from: number, to: number): number[] {
  const other = (a: number, z: number) => {
    for (let i = a; i <= z; i++) if (b.tokens[i]!.type !== 'punct' && !b.lex.timePrepositions.has(b.tokens[i]!.norm)) return true;
    return false;
  };
  // "…depuis qu'il a fait irruption dans la guerre, en 2013, et 188 morts": a date after a clause of
  // its own ("since", "depuis que", "which") dates that clause.
  const opensClause = (first: number, last: number) => {
    for (let i = first; i <= last; i++) if (sinceAt(b, i) || b.lex.subordinators.has(b.tokens[i]!.norm)) return true;
    return false;
  };
  const out: number[] = [];
  for (const k of startingIn(figures, from, to)) {
    const { figure: g, range } = figures[k]!;
    if (g.dimension !== 'date') continue;
    const [first, last] = phraseRange(b, range[0]);
    if (other(first, range[0] - 1) || other(range[1] + 1, last)) continue;
    const before = first > 0 ? phraseRange(b, first - 1) : undefined;
    if (before && before[0] >= from && opensClause(before[0], before[1])) continue;
    out.push(k);
  }
  return out;
}

/** Tokens from a count to a parenthesis that still tells of it ("500+ killed (…)", "417 jihadistes tués (…)"). */
const PARENTHESIS_REACH = 3;

/** Articles before a span or its "last": "over the previous 24 hours", "over a 24-hour period", "dans les 24 heures", "ces dernières 24 heures". */
const SPAN_ARTICLES = new Set(['the', 'a', 'an', 'les', 'ces']);

/** Precisions of a date that say when, not which days: "en 2015", "in May", "fin mars". */
const COARSE = new Set(['year', 'month', 'month-part']);

/** "In the last few days", "ces derniers jours": a few days, fewer than a month. */
const SEVERAL_DAYS_MAX = 30;

/**
 * Durations and dates of the block that can be a count's window: in its phrase, or fronting its
 * segment. `figures`: the block's figures in order; `own`: the count itself.
 */
export function windowOf(b: ReadingBlock, count: Range, figures: FigureAt[], own?: Figure, isToll: (g: string) => boolean = () => false): Slot<Window> | undefined {
  const { tokens, lex } = b;
  const phrase = phraseRange(b, count[0]);
  const segment = segmentRange(b, count[0]);
  // The first phrase of the segment, when the count is not in it: "Entre le 20 et le 23 mars, il a revendiqué 41 sorties".
  const fronted = phraseRange(b, segment[0]);
  // Dates set apart between commas before the count's phrase: "A Ramadi, fin décembre, Bagdad revendiquait…".
  const asides = datePhrasesBetween(b, figures, fronted[1] + 1, phrase[0] - 1);
  const isAside = (r: Range) => asides.some((k) => figures[k]!.range === r);
  const inScope = (r: Range) =>
    (r[0] >= phrase[0] && r[1] <= phrase[1]) || (fronted[0] !== phrase[0] && r[0] >= fronted[0] && r[1] <= fronted[1]) || isAside(r);

  // The count's own phrase first: "Russia has bombed since September, and its jets flew 40 sorties in
  // the last 24 hours" counts the sorties over the 24 hours.
  const candidates = [
    ...(fronted[0] !== phrase[0] ? startingIn(figures, phrase[0], phrase[1]) : []),
    ...startingIn(figures, fronted[0], fronted[1]),
    ...asides,
  ];
  // An earlier value set against the present one: its day is when it was given ("contre 188 la veille").
  const earlier = lex.earlierValue.before(tokens, count[0] - 1) > 0;
  // A year or a month is the window only when nothing finer is given.
  let coarse: Slot<Window> | undefined;
  for (const k of candidates) {
    const { figure: g, range } = figures[k]!;
    if (g === own || !inScope(range)) continue;
    const lead = tokens[range[0] - 1];
    const lead2 = tokens[range[0] - 2];
    if (g.dimension === 'duration' && g.kind !== 'age') {
      // "en 24 heures", "in four days", "over the previous 24 hours", "dans les 24 heures", "during 20 days".
      // "the last 24 hours", "les 24 dernières heures" (the word inside the figure).
      const inside = tokens[g.lastToken + 1]?.norm;
      const last = lex.windowLast.has(lead?.norm);
      const before = lex.windowBefore.before(tokens, range[0] - 1 - (last ? 1 : 0));
      const article = !before && SPAN_ARTICLES.has(lead?.norm ?? '') ? lex.windowBefore.before(tokens, range[0] - 2 - (last ? 1 : 0)) : 0;
      const lastInside = lex.windowLast.has(inside) && (lead?.norm === 'les' || lead?.norm === 'ces');
      if (before > 0 || article > 0 || lastInside || (last && SPAN_ARTICLES.has(lead2?.norm ?? ''))) {
        const fromNow = (last && lex.windowNow.has(lead?.norm)) || (lex.windowLast.has(inside) && lex.windowNow.has(inside));
        const opening = range[0] - Math.max(before, article, 1) - (last ? 1 : 0);
        // "41 sorties in the 24 hours to 25 March": the days before that one.
        const upTo = runsUpTo(b, range, figures);
        if (upTo) return slot({ length: g.interval, days: { min: upTo.value.interval.min - g.interval.max, max: upTo.value.interval.max }, figure: g }, 'window:span-to', `${words(b, opening, range[1])} ${upTo.words}`);
        return slot({ length: g.interval, figure: g, ...(fromNow ? { fromNow } : {}) }, 'window:span', words(b, opening, range[1]));
      }
    }
    if (g.dimension === 'date' && g.date) {
      if (g.date.period || g.date.precision === 'days') return slot({ days: { min: g.interval.min, max: g.interval.max }, figure: g }, 'window:period', words(b, range[0], range[1]));
      if (sinceAt(b, range[0] - 1)) return slot({ days: { min: g.interval.min, max: Infinity }, since: true, figure: g }, 'window:since', words(b, range[0] - 1, range[1]));
      // A single day narrows a count written next to it ("32 tués le 10 mars"), not one a statement
      // dates ("Mardi, l'ONG a revu son bilan à 417", "the monitor counted 188 dead on Sunday").
      if (g.date.precision === 'day' && range[0] >= phrase[0] && range[1] <= phrase[1] && !datesStatement(b, range, phrase, isToll) && !earlier) {
        return slot({ days: { min: g.interval.min, max: g.interval.max }, point: true, figure: g }, 'window:day', words(b, range[0], range[1]));
      }
      // A time set apart ("A Ramadi, fin décembre, Bagdad revendiquait…"): when the sentence happens,
      // which only a time months from the event's tells apart.
      if (isAside(range)) return slot({ days: { min: g.interval.min, max: g.interval.max }, point: true, figure: g }, 'window:aside', words(b, range[0], range[1]));
      const scope: Range = range[0] >= phrase[0] && range[1] <= phrase[1] ? phrase : fronted;
      if (!coarse && COARSE.has(g.date.precision) && !datesStatement(b, range, scope, isToll)) {
        coarse = slot({ days: { min: g.interval.min, max: g.interval.max }, coarse: true, figure: g }, 'window:time', words(b, range[0], range[1]));
      }
    }
  }
  // A parenthesis right after the count that gives its days: "500+ killed (per Russia, for 20–27 March)".
  const open = segment[1] + 1;
  if (tokens[open]?.norm === '(' && open - count[1] <= PARENTHESIS_REACH) {
    const [, close] = b.segments[b.segmentOf[open]!]!;
    for (const k of startingIn(figures, open + 1, close)) {
      const { figure: g, range } = figures[k]!;
      if (g.dimension === 'date' && (g.date?.period || g.date?.precision === 'days')) return slot({ days: { min: g.interval.min, max: g.interval.max }, figure: g }, 'window:parenthesis', words(b, range[0], range[1]));
    }
  }
  // A relative clause's antecedent dated just before it: "the attacks of November 13, which killed 130
  // people", "les attentats du 13 novembre, qui ont fait 130 morts".
  const comma = relativeComma(b, count[0]);
  if (comma !== undefined) {
    for (const k of startingIn(figures, Math.max(0, comma - 6), comma - 1)) {
      const { figure: g, range } = figures[k]!;
      if (g.dimension === 'date' && g.date?.precision === 'day' && range[1] === comma - 1) {
        return slot({ days: { min: g.interval.min, max: g.interval.max }, point: true, figure: g }, 'window:antecedent', words(b, range[0], range[1]));
      }
    }
  }
  // Phrases that are windows by themselves: "in a single day", "the next day", "le premier jour"; in
  // the count's phrase, a fronted one, or one after a comma that narrows it ("…, but only in the final week").
  const narrowing = restrictionAfter(b, phrase);
  for (const [first, last] of [phrase, ...(fronted[0] !== phrase[0] ? [fronted] : []), ...(narrowing ? [narrowing] : [])]) {
    for (let i = first; i <= last; i++) {
      const single = lex.singleDay.at(tokens, i);
      // "over the previous day", "in the past day": the day before the text's own.
      const fromNow = single > 0 && tokens.slice(i, i + single).some((t) => lex.windowLast.has(t.norm));
      if (single > 0) return slot({ length: { min: 1, max: 1 }, ...(fromNow ? { fromNow } : {}) }, 'window:single-day', words(b, i, i + single - 1));
      const stretch = lex.eventStretch.at(tokens, i);
      // "killed in the final week", not "the figure widely reported in the first days" (the statement's).
      if (stretch > 0 && !datesStatement(b, [i, i + stretch - 1], [first, last], isToll)) return slot({ stretch: true }, 'window:stretch', words(b, i, i + stretch - 1));
      const several = lex.severalDays.at(tokens, i);
      if (several > 0) return slot({ length: { min: 2, max: SEVERAL_DAYS_MAX } }, 'window:several-days', words(b, i, i + several - 1));
      // "32 killed the next day", but not "a day later raised the figure to 194" (the day of a statement).
      const inside = lex.dayInside.at(tokens, i);
      if (inside > 0 && !earlier && !datesStatement(b, [i, i + inside - 1], [first, last], isToll)) return slot({ dayInside: true }, 'window:day-inside', words(b, i, i + inside - 1));
    }
  }
  // A table row is one record: a period in another of its cells bounds the row's counts ("Russian MoD |
  // 500+ | 20–27 March only"). A single day there may date a statement, so only periods count.
  if (b.columns) {
    const [first, last] = sentenceRange(b, count[0]);
    for (const k of startingIn(figures, first, last)) {
      const { figure: g, range } = figures[k]!;
      if (g !== own && g.dimension === 'date' && (g.date?.period || g.date?.precision === 'days') && b.segmentOf[range[0]] !== b.segmentOf[count[0]]) {
        return slot({ days: { min: g.interval.min, max: g.interval.max }, figure: g }, 'window:row', words(b, range[0], range[1]));
      }
    }
  }
  return coarse;
}
