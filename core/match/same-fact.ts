// Whether a figure, as read (core/reading/), states the same fact as a reference entry: by rules,
// one per part of a fact, each of which must hold positively. The first rule that fails names why
// the entry was refused. "Differs" asks for more than "matches": what the figure counts, whom, and
// over which window must each be established, not merely left open.
import type { CompiledEntry } from '../reference/compile';
import type { Reading } from '../reading/reading';
import { isElsewhere } from '../reading/focus';
import type { Interval } from '../types';
import { intersects } from '../verdict';
import { dayOf, dayOfMonthOf, monthOf, weekdayOf, yearOf } from '../dates/calendar';
import type { Figure } from '../claims/figures';

export interface PageFacts {
  /** The page's own date as a day number, when it has one. */
  published?: number;
  /**
   * The day the text being read was written, when it has one: a live page's day heading ("Lundi 28
   * mars 2016") dates the posts under it, else the page's date.
   */
  writtenOn?: number;
  dispatchDay: number;
  /** The page was written long after the dispatch: its text is about its own time unless it says otherwise. */
  retrospective: boolean;
  /** Groups that name people without saying who. */
  genericGroups: Set<string>;
  /** Groups that name sides (a count's subject). */
  subjectGroups: Set<string>;
  /** Groups that name places where events of the reference happened. */
  placeGroups: Set<string>;
  /** Groups of the page's title and first heading. */
  pageGroups: Set<string>;
}

export interface Judgement {
  entry: CompiledEntry;
  /** The rule that refused the entry, or 'same-fact'. */
  rule: string;
  ok: boolean;
  /** May the verdict be "differs"? Only when every part of the fact is established. */
  differs: boolean;
  /** Why, in words, for `check --explain`. */
  why: string;
}

/** Running totals hold near the dispatch's date only (`timeSensitive`); so does what a retrospective page calls "now". */
export const NEAR_DISPATCH_DAYS = 45;
/** A date this far from the reference's (beyond its precision) is another occurrence, not a misreport. */
const OCCURRENCE_DAYS = 45;

const refuse = (entry: CompiledEntry, rule: string, why: string): Judgement => ({ entry, rule, ok: false, differs: false, why });

/** A day the text is about falls in an event's time, give or take the weeks its figures are reported in. */
const within = (day: number, when: Interval) => day >= when.min - NEAR_DISPATCH_DAYS && day <= when.max + NEAR_DISPATCH_DAYS;

function gap(a: Interval, b: Interval): number {
  if (a.max < b.min) return b.min - a.max;
  if (b.max < a.min) return a.min - b.max;
  return 0;
}

const has = (list: readonly string[], groups: Iterable<string> | undefined) => {
  if (!groups) return false;
  for (const g of groups) if (list.includes(g)) return true;
  return false;
};

/**
 * The first day of a campaign (`startOf`): the date begins its words, in a phrase that names the
 * campaign's extent or its actor, and no place inside it ("bombing in Syria since late September
 * 2015", "Moscow, which has flown missions since September 2015", not "began bombing around Palmyra on
 * March 7").
 */
function opens(e: CompiledEntry, r: Reading, page: PageFacts): boolean {
  const of = e.entry.match.startOf;
  if (!of || !r.begins || !r.phraseNames || !has(of, r.counts?.value)) return false;
  return has(e.entry.match.about, [...r.phraseNames, ...(r.actors?.value ?? [])]) && ![...r.phraseNames].some((g) => page.placeGroups.has(g));
}

/** A count's window against the entry's: the same days, or the same length. */
function windowFits(r: Reading, e: CompiledEntry): string | undefined {
  const w = r.window?.value;
  if (w?.stretch && (e.window ?? e.when)) return 'a stretch inside the event, not all of it';
  // "270,000 dead since March 2011" is no toll of an event of days in March 2016: it started long
  // before (an entry without a window of its own is over its event's days).
  const over = e.window ?? e.when;
  if (w?.since && w.days && over && (w.figure?.interval.max ?? w.days.min) < over.min - NEAR_DISPATCH_DAYS) return 'starts long before the entry\'s window';
  const entry = e.window;
  // A year or a month says when, not over which days.
  if (!w || !entry || w.coarse) return undefined;
  const length = entry.max - entry.min;
  if (w.dayInside) return 'one day inside the event';
  if (w.length && !(w.length.min <= length && length <= w.length.max)) return `a window of ${Math.round(w.length.min * 10) / 10}–${Math.round(w.length.max * 10) / 10} days, not ${length}`;
  if (w.days) {
    if (w.since) {
      // "more than 2,000 militants killed … since January": a longer window than the battle's days.
      if ((w.figure?.interval.max ?? w.days.min) < entry.min - 1) return 'starts before the entry\'s window';
      return w.days.min <= entry.min + 1 ? undefined : 'starts after the entry\'s window';
    }
    // A single day written with the count (a statement's day is none: reading/window.ts): inside the
    // window, a part of it; after it, deaths of another day ("three soldiers killed on Monday by a mine",
    // the day after the battle); on its first or last day, the event's own day.
    if (w.point) {
      if (w.days.min > entry.max) return 'a day after the entry\'s window';
      return w.days.min > entry.min && w.days.max < entry.max ? 'one day inside the event' : undefined;
    }
    // A day's slack for a window counted back from the page's own time ("in the last 24 hours", on a
    // page of the next day) or for a long one (another outlet's first day of a battle); days the page
    // names ("between Friday and Saturday") for a window of a day or two must be its days.
    const slack = w.fromNow || length > 2 ? 1 : 0;
    if (!(w.days.min <= entry.min + slack && w.days.max >= entry.max - slack)) return 'other days than the entry\'s';
  }
  return undefined;
}

/**
 * "le 7 mars" on a page that gives no date of its own: the year was guessed, so the date is
 * compared by day and month, in the entry's year. A page with a date keeps the year it implies.
 */
export function alignYear(f: Figure, interval: Interval, reference: Interval, facts: PageFacts): Interval {
  if (f.dimension !== 'date' || !f.date?.yearInferred || f.date.relative || facts.published !== undefined) return interval;
  const shift = yearOf(reference.min) - yearOf(interval.min);
  if (shift === 0) return interval;
  const moved = (day: number) => dayOf(yearOf(day) + shift, monthOf(day), dayOfMonthOf(day));
  // "Sunday, March 27": the weekday written says which year, and only one where it falls then.
  if (f.date.writtenWeekday !== undefined && weekdayOf(moved(interval.min)) !== f.date.writtenWeekday) return interval;
  return { ...interval, min: moved(interval.min), max: moved(interval.max) };
}

/** How far a one-sided bound may stand from the entry's value and still say something of it. */
const BOUND_REACH = 2;

/** A lower bound far below the entry's least value, or an upper bound far above its greatest. */
function boundFarFrom(f: Interval, e: Interval): boolean {
  if (f.max === Infinity) return f.min * BOUND_REACH < e.min;
  if (f.min === 0) return f.max > e.max * BOUND_REACH;
  return false;
}

/** How far apart two values may be and still be one told two ways. */
const DIFFERS_RATIO = 10;

/** An interval's size: its least value, or its bound for "fewer than 300" ([0, 300)). */
const magnitude = (i: Interval) => Math.max(i.min > 0 || !Number.isFinite(i.max) ? i.min : i.max, 1e-9);

function ratioWithin(f: Interval, e: Interval, ratio: number): boolean {
  const a = magnitude(f);
  const b = magnitude(e);
  return a / b <= ratio && b / a <= ratio;
}

export function judge(r: Reading, e: CompiledEntry, page: PageFacts): Judgement {
  const f = r.figure;
  const m = e.entry.match;
  if (f.dimension !== e.dimension) return refuse(e, 'dimension', `a ${f.dimension}, not a ${e.dimension}`);
  if ((e.entry.kind === 'age') !== !!r.age) return refuse(e, 'dimension', r.age ? 'an age' : 'not an age');
  // A day after the text's own is no fact yet: what is planned or hoped for then ("13 April — new date
  // for the resumption of the talks").
  const ahead = f.dimension === 'date' && page.published !== undefined && f.interval.min > page.published;
  if ((!!r.modal || ahead) !== !!m.modal) return refuse(e, 'modality', r.modal ? `a hope or plan ("${r.modal.words}")` : ahead ? 'after the text\'s date: a plan, not a fact' : 'a fact, the reference states a hope');
  if (f.dimension === 'duration' && !!r.offset !== !!m.offset) return refuse(e, 'offset', r.offset ? `a time between two moments ("${r.offset.words}")` : 'a length of time');
  // "ce lundi, au lendemain de la reconquête": a day told from another event is not that event's.
  if (f.dimension === 'date' && r.offset) return refuse(e, 'offset', `a day told from another event ("${r.offset.words}")`);
  // "The last 24 hours of the battle" is a part of it, never its length.
  if (r.endSpan && e.when && intersects(e.interval, { min: e.when.max - e.when.min, max: e.when.max - e.when.min })) return refuse(e, 'window', `${r.endSpan.words}: a part of the event, not its length`);
  // A span of minutes is not a battle of weeks ("a 40-minute documentary on the battle"): lengths a
  // hundredfold apart measure different things.
  if (f.dimension === 'duration') {
    const ratio = Math.max(f.interval.min, 1e-9) / Math.max(e.interval.min, 1e-9);
    if (!(ratio <= 100 && ratio >= 0.01)) return refuse(e, 'magnitude', 'a length a hundredfold away from the entry\'s');
  }
  // "At least 25 soldiers died" says nothing of a toll of 188, "fewer than 1,000 remain" nothing of a
  // handful: a bound this far short of the entry's value is another count, not a loose one.
  if (f.dimension === 'count' && boundFarFrom(f.interval, e.interval)) return refuse(e, 'magnitude', 'a bound far short of the entry\'s value');
  if (m.timeSensitive && page.published !== undefined && Math.abs(page.published - page.dispatchDay) > NEAR_DISPATCH_DAYS && !(e.when && r.time && within(r.time.value, e.when))) {
    return refuse(e, 'time-sensitive', 'a running figure, on a page dated far from the dispatch');
  }

  // What it counts, or what happened.
  if (r.countsOther) return refuse(e, 'counts', `counts ${r.countsOther.words}`);
  // Whom the count takes in: "32 victims, not counting the bombers" is the toll only of an entry
  // whose count leaves the bombers out too; "137, including the seven attackers" is not such a toll.
  const definition = r.definition?.value;
  const excludes = m.excludes ?? [];
  if (definition?.mode === 'leaves-out' && !definition.groups.every((g) => excludes.includes(g))) return refuse(e, 'counts', `leaves out ${r.definition!.words}, the entry's count does not`);
  if (definition?.mode === 'takes-in' && has(excludes, definition.groups)) return refuse(e, 'counts', `takes in ${r.definition!.words}, the entry's count leaves them out`);
  // "the operation from March 9", "font débuter l'offensive le 9 mars": a first day takes the words of
  // the whole event (see periodCounts).
  const counts = (r.start || r.begins) && m.periodRole === 'start' ? (e.periodCounts ?? m.counts) : m.counts;
  if (m.counts.length > 0) {
    if (!has(counts, r.counts?.value) && !opens(e, r, page)) return refuse(e, 'counts', r.counts ? `says ${r.counts.words}` : 'says nothing of what it counts');
  } else if (r.apposed && !m.about.includes(r.apposed.value)) {
    // "Deir Ezzor, à quelque 200 km au nord-est": the distance says where that place lies.
    return refuse(e, 'counts', `says where ${r.apposed.words} lies`);
  } else if (e.entry.kind !== 'age' && !has(m.about, r.nearNames)) {
    // A distance or a date with no word of what happened: only the place named next to it says whose.
    return refuse(e, 'counts', has(m.about, r.namedGroups) ? 'its place is named next to another figure' : 'its sentence does not name it');
  }

  // "IS fighters who had occupied the city for almost a year", "their 10 months in control": a length
  // whose only words of what happened ("control") tell two of the reference's events (the capture, the
  // recapture) says which of them it measures no more than it says which happened, unless its sentence
  // names the entry's event otherwise ("the ceasefire has held for a month": the truce, not IS's hold).
  const { ownEvents, rivalEvents } = e;
  if (f.dimension === 'duration' && r.counts && ownEvents && rivalEvents) {
    const own = r.counts.value.filter((g) => counts.includes(g));
    const rival = r.counts.value.find((g) => rivalEvents.has(g));
    const named = (m.eventWords && has(m.eventWords, r.sentenceGroups)) || counts.some((g) => !ownEvents.has(g) && r.sentenceGroups.has(g));
    if (rival && own.length > 0 && own.every((g) => ownEvents.has(g)) && !named) return refuse(e, 'counts', `says ${r.counts.words}: ${own.join(', ')} or ${rival}`);
  }

  // "Ouverte depuis le 7 mars, l'exposition…": a verb of starting says what started only with the
  // event or its actor named in the sentence, or its label (anything can open, begin or be launched).
  if (f.dimension === 'date' && m.periodRole === 'start' && e.periodCounts) {
    const named = [...e.periodCounts.filter((g) => !m.counts.includes(g)), ...m.subject];
    if (!has(named, r.sentenceGroups) && !has(named, r.counts?.value)) return refuse(e, 'counts', 'its sentence does not say what started');
  }

  // Whom, or who acts.
  let subjectEstablished = m.subject.length === 0 || m.subject.every((g) => page.genericGroups.has(g));
  if (f.dimension === 'count' || f.dimension === 'rank') {
    const s = r.subject?.value;
    if (s && !page.genericGroups.has(s)) {
      if (m.subject.length === 0 && f.dimension === 'count') return refuse(e, 'subject', `counts ${r.subject!.words}, the entry no one`);
      if (m.subject.length > 0 && !m.subject.includes(s)) return refuse(e, 'subject', `about ${r.subject!.words}`);
      subjectEstablished = true;
    }
    // "IS put to death 280 people": the side that kills is not the one counted.
    if (r.killer && m.subject.includes(r.killer.value) && s !== r.killer.value) return refuse(e, 'subject', `counts those ${r.killer.words}`);
    if (m.subjectRequired && !(s && m.subject.includes(s)) && !has(m.subject, r.sentenceGroups)) return refuse(e, 'subject', 'does not say who');
  } else if (f.dimension === 'date' && m.subject.length > 0) {
    // A date belongs to its event (its words and place); an actor named, if any, must be the entry's.
    if (r.actors && !has(m.subject, r.actors.value)) return refuse(e, 'subject', `done by ${r.actors.words}`);
    subjectEstablished = true;
  }

  // Which place or event. An event of the whole country (the war, the truce) named in the sentence
  // belongs to any page about it: the page's title says so when the paragraph is about somewhere else;
  // not when the sentence places it somewhere the reference has no name for ("the Soviet war in
  // Afghanistan, which cost 15,000 lives over nine years").
  const placedElsewhere = r.topic.by === 'topic:sentence' && r.topic.value.some(isElsewhere) && !has(m.about, r.topic.value);
  const topic = m.eventWords && !placedElsewhere ? [...r.topic.value, ...page.pageGroups] : r.topic.value;
  if (!has(m.about, topic)) return refuse(e, 'event', `about ${r.topic.words || 'nothing the reference names'}`);
  // "a car bomb killed 12 people in Baghdad, as the war in Syria went on": the phrase's place decides.
  if (r.elsewhere && !has(m.about, r.phraseGroups)) return refuse(e, 'event', `in ${r.elsewhere.words}`);
  if (m.eventWords && !has(m.eventWords, r.sentenceGroups)) return refuse(e, 'event', 'its sentence does not name the event');
  if (m.context && !has(m.context, r.contextGroups) && !has(m.context, r.sentenceGroups)) return refuse(e, 'event', 'nothing around names the event');
  if (e.entry.kind === 'age' && r.owner?.value === 'other') return refuse(e, 'event', `the age of ${r.owner.words}`);
  if (e.entry.kind === 'age' && !r.owner) return refuse(e, 'event', 'whose age, it does not say');

  // A part, a rate, another window, another time.
  if (r.part) return refuse(e, 'part-of-whole', r.part.words);
  // "The final push began on Thursday": not the first day of the whole event.
  if (r.phase && (m.periodRole === 'start' || f.dimension === 'duration')) return refuse(e, 'part-of-whole', `${r.phase.words}: one phase of the event`);
  if (r.placePart) return refuse(e, 'part-of-whole', `${r.placePart.words}: a part of the place`);
  if (r.rate) return refuse(e, 'rate', r.rate.words);
  if (r.derived) return refuse(e, 'derived', `${r.derived.words}: worked out from other figures`);
  if (r.cause) return refuse(e, 'cause', `a toll of ${r.cause.words} only`);
  const otherWindow = windowFits(r, e);
  if (otherWindow) return refuse(e, 'window', otherWindow);
  // Days of its own months away from the event and its reporting: another occurrence ("à Nice, un
  // camion a tué 86 personnes le 14 juillet 2016").
  const days = r.window?.value.days;
  if (days && e.when && !r.window!.value.since && (days.min > e.when.max + NEAR_DISPATCH_DAYS || days.max < e.when.min - NEAR_DISPATCH_DAYS)) return refuse(e, 'window', `${r.window!.words}: another time than the event's`);
  if (page.retrospective && f.dimension !== 'date' && e.when && r.time && !within(r.time.value, e.when)) return refuse(e, 'time', 'the text is about another time');
  // "Depuis dix jours" in a text written after the event ended: a time up to the text's date, not the event's.
  if (f.dimension === 'duration' && r.since && page.published !== undefined && e.when && page.published > e.when.max + 1) return refuse(e, 'time', `${r.since.words}: up to the text's date, after the event`);
  // "le 21 mai 2015, après huit jours de combats": a span that ended months from the event's end.
  if (r.ended && e.when && gap(r.ended.value, { min: e.when.max, max: e.when.max }) > OCCURRENCE_DAYS) return refuse(e, 'occurrence', `${r.ended.words}: it ended at another time`);
  // "The 24 hours to 25 March" is another 24 hours than the ones that end on the entry's last day.
  const last = (e.window ?? e.when)?.max;
  if (r.runsUpTo && last !== undefined) {
    const end = r.runsUpTo.value;
    const lastDay = { min: last, max: last };
    if (gap(alignYear(end, end.interval, lastDay, page), lastDay) > 0) return refuse(e, 'window', `${r.runsUpTo.words}: it ends on another day than the entry's`);
  }
  if (f.dimension === 'date') {
    const tolerance = Math.max(OCCURRENCE_DAYS, Math.min(f.interval.max - f.interval.min, e.interval.max - e.interval.min));
    if (gap(alignYear(f, f.interval, e.interval, page), e.interval) > tolerance) return refuse(e, 'occurrence', 'a date too far from the reference\'s: another occurrence');
  }

  // "Differs" needs whom and, for a count over part of an event, over which window.
  const windowed = e.window && e.when && (e.window.min !== e.when.min || e.window.max !== e.when.max);
  // An age differs only when it is the place's, positively ("âgé de 82 ans" is a man's).
  const ownerEstablished = e.entry.kind !== 'age' || r.owner?.value === 'place';
  // "The past 24 hours" on a page of another day than the dispatch's are that day's hours: the same
  // words, maybe not the same window.
  const writtenOn = page.writtenOn ?? page.published;
  const windowOfNow = r.window?.value.fromNow && writtenOn !== undefined && writtenOn !== page.dispatchDay;
  // Values tenfold apart are too far to be the same one disputed: lengths told in another unit of time,
  // of another span ("four days before" against "four months after", "10 months" against "20 days");
  // counts of something else the words did not tell apart ("un pays coupé en quatre" after a war's
  // 270,000 dead).
  const nearValue = f.dimension === 'date' || ratioWithin(f.interval, e.interval, DIFFERS_RATIO);
  // "Today", "tonight", "ce soir": the text's own day dates its report as often as the event ("Tonight:
  // dozens dead in Lahore; Belgian prosecutors charge…"), so it may match the event's day, never dispute it.
  const textsNow = f.dimension === 'date' && f.date?.parser === 'deictic' && page.published !== undefined && f.interval.min === page.published;
  const differs = subjectEstablished && ownerEstablished && nearValue && (!windowed || (!!r.window && !r.window.value.coarse)) && !windowOfNow && !r.reported && !textsNow;
  return { entry: e, rule: 'same-fact', ok: true, differs, why: differs ? 'every part established' : 'compatible; too little said to differ' };
}
