// The day a span ends on, when its clause dates it: "Les jihadistes s'emparent de la ville le 21 mai
// 2015, après huit jours de combats" is eight days that ended on 21 May 2015, another fight than the
// one of March 2016. A span with "after"/"après" is the time before what its clause dates. In a
// chronology, the entry's date dates all of it ("21 mai 2015 : après une offensive éclair d'une
// semaine, l'EI s'empare de la ville").
import type { Figure } from '../claims/figures';
import type { Interval } from '../types';
import type { ReadingBlock, Range } from './block';
import { phraseRange, segmentRange, sentenceRange, sinceAt, startingIn, words } from './block';
import { slot, type Slot } from './slot';
import { DASHES } from '../text/tokens';
import type { FigureAt } from './window';

export function endedOn(b: ReadingBlock, span: Range, figures: FigureAt[]): Slot<Interval> | undefined {
  const entry = entryDate(b, span, figures);
  if (entry) return entry;
  if (!afterSpanWord(b, span[0])) return undefined;
  const segment = segmentRange(b, span[0]);
  const phrase = phraseRange(b, span[0]);
  // The date of the clause the span follows: in its own phrase before it ("abandoned its siege in
  // January 2015 after more than four months"), else in the phrase before, within its segment.
  const before = phraseRange(b, Math.max(segment[0], phrase[0] - 1));
  for (const k of [...startingIn(figures, phrase[0], span[0] - 1), ...(before[0] === phrase[0] ? [] : startingIn(figures, before[0], before[1]))]) {
    const { figure: g, range } = figures[k]!;
    if (g.dimension !== 'date' || !g.date || sinceAt(b, range[0] - 1)) continue;
    // "overran the town on 20–21 May 2015, after a week-long assault": a period's last day.
    const from = g.date.period ? g.interval.max : g.interval.min;
    return slot({ min: from, max: g.interval.max }, 'ended:clause', words(b, range[0], range[1]));
  }
  return undefined;
}

/** Words between "after" and the span's "of": "after an assault of about a week", "après un siège de huit jours". */
const NOUN_PHRASE = 3;

/**
 * The span follows "after"/"après", right before it or as the complement of the noun after it
 * ("after eight days of fighting", "after an assault of about a week").
 */
function afterSpanWord(b: ReadingBlock, first: number): boolean {
  if (b.lex.spanBefore.before(b.tokens, first - 1) > 0) return true;
  // "after an eight-day assault", "après un siège de huit jours" (below): an article between.
  if (b.lex.indefiniteArticles.has(b.tokens[first - 1]?.norm) && b.lex.spanBefore.before(b.tokens, first - 2) > 0) return true;
  if (!b.lex.ofWords.has(b.tokens[first - 1]?.norm)) return false;
  for (let i = first - 2; i >= Math.max(0, first - 2 - NOUN_PHRASE); i--) {
    if (b.tokens[i]!.type !== 'word') return false;
    if (b.lex.spanBefore.before(b.tokens, i - 1) > 0) return true;
  }
  return false;
}

/** A chronology entry's date: its sentence opens with a date alone, then ":" or a dash, and the span follows. */
function entryDate(b: ReadingBlock, span: Range, figures: FigureAt[]): Slot<Interval> | undefined {
  const [first] = sentenceRange(b, span[0]);
  const [, labelLast] = b.segments[b.segmentOf[first]!]!;
  if (span[0] <= labelLast) return undefined;
  const opener = b.segmentOpener[b.segmentOf[labelLast + 1]!];
  if (opener !== ':' && !DASHES.has(opener ?? '')) return undefined;
  const [k] = startingIn(figures, first, first);
  const date = k === undefined ? undefined : figures[k]!;
  if (!date || date.figure.dimension !== 'date' || date.figure.date?.period || date.range[1] !== labelLast - (b.tokens[labelLast]!.type === 'punct' ? 1 : 0)) return undefined;
  return slot({ min: date.figure.interval.min, max: date.figure.interval.max }, 'ended:entry', words(b, date.range[0], date.range[1]));
}

/**
 * The day a length runs up to, written right after it: "in the 24 hours to 25 March", "les 24 heures
 * précédant le 25 mars", "the week ending Sunday". A day only: a month or a year ends no count of hours.
 */
export function runsUpTo(b: ReadingBlock, span: Range, figures: FigureAt[]): Slot<Figure> | undefined {
  const at = span[1] + 1;
  const n = b.lex.until.at(b.tokens, at);
  if (n === 0) return undefined;
  // The date may take the phrase's last word as its own ("précédant le 25 mars").
  for (const k of startingIn(figures, at, at + n)) {
    const { figure: g, range } = figures[k]!;
    if (g.dimension !== 'date' || g.date?.precision !== 'day' || g.date.period) continue;
    return slot(g, 'ended:until', words(b, at, range[1]));
  }
  return undefined;
}
