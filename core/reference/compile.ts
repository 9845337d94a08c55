// Prepares the dataset for matching: every entry's value as an interval in its dimension (by the
// same policy as page figures), its windows as day numbers, and one alias index over all groups.
// Type-only imports of the schema keep zod out of the content script.
import { AliasIndex, type AliasGroupInput } from '../match/aliases';
import { lexicon } from '../lexicon';
import { DAYS_PER, dayFromIso } from '../dates/calendar';
import { qualifiedInterval } from '../claims/qualifiers';
import { COARSE_TIME_UNITS } from '../claims/units';
import type { Dimension, Interval } from '../types';
import type { UnitT } from './schema';
import type { RuntimeDataset, RuntimeEntry } from './runtime';

export interface CompiledEntry {
  entry: RuntimeEntry;
  dimension: Dimension;
  interval: Interval;
  /** The days a count covers, as day numbers. */
  window?: Interval;
  /** When the event took place, as day numbers: `match.when`, else the window, else a date's own value. */
  when?: Interval;
  /**
   * For the dates that open or close an event (`periodRole`): the words of that event, its own and
   * those of every duration entry whose time spans it (the battle's "combats" for its first and last day). A
   * page's period ("du 7 au 27 mars") is checked against the entry when its words are among them.
   */
  periodCounts?: string[];
  /**
   * For a length: the words of the dated events it counts among its own (the recapture's for the
   * battle), and those of the other dated events of its places (the capture of May 2015): a length said
   * only with words both share ("in control") measures neither.
   */
  ownEvents?: Set<string>;
  rivalEvents?: Set<string>;
}

export interface CompiledReference {
  dataset: RuntimeDataset;
  entries: CompiledEntry[];
  byId: Map<string, CompiledEntry>;
  aliases: AliasIndex;
  /** Groups that name who is counted or who acts somewhere in the dataset (jihadists, troops, people...). */
  subjectGroups: Set<string>;
  /** Groups that name a place where an event of the reference happened: they move the text's focus. */
  placeGroups: Set<string>;
  /**
   * Places the reference names only as where a distance leads (Al-Alianiyé, "60 km to the south"): a
   * sentence naming one is about it, but the text's focus stays where it was.
   */
  destinationGroups: Set<string>;
  /** Groups that name people without saying who (victims, people). */
  genericGroups: Set<string>;
  /** Places inside another: the group of the larger place ("brussels-sites" → "brussels"). */
  within: Map<string, string>;
  /** Every group some entry is `about`: a block that names none of them, on a page that names none, holds no fact of the reference. */
  aboutGroups: Set<string>;
  /** Groups of the tolls (what a casualty count counts). */
  tollGroups: Set<string>;
  /** Groups of what the reference ranks. */
  rankGroups: Set<string>;
  /** Every entry's `counts`, by the entry's dimension. */
  countGroupsOf: Map<string, Set<string>>;
  /** The entries of each dimension. */
  byDimension: Map<string, CompiledEntry[]>;
  /** From the first day of the reference's events to the last (their `when`), as day numbers. */
  eventDays: Interval;
  /** The entries that open and close an event (`periodRole`), and the days from the one to the other (the longest such span). */
  periods: { start: CompiledEntry[]; end: CompiledEntry[]; days: number };
  /** Groups that name a cause of death. */
  causeGroups: Set<string>;
  /** Groups of what a side struck (targets): a side named with them is the one struck. */
  struckGroups: Set<string>;
  /** A quick test for a name of what some entry is about (places, events, sides): a block without one, on a page not about the reference, is not read further. */
  aboutNames: RegExp;
  /** A quick test for a place's name in a text, before tokenizing a block that holds no figure. */
  placeNames: RegExp;
  /** Every group some entry's `counts` names: the words a figure's predicate is read from. */
  countGroups: Set<string>;
  /** The dispatch's date as a day number. */
  dispatchDay: number;
}

const TIME_UNIT_OF = new Map<UnitT, keyof typeof DAYS_PER>([['hour', 'hour'], ['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']]);

/** The dataset's alias groups, found with the grammar of both languages pages are read in. */
function aliasIndexOf(aliases: AliasGroupInput[]): AliasIndex {
  const [en, fr] = [lexicon('en'), lexicon('fr')];
  return new AliasIndex(aliases, {
    particles: en.verbParticles.words,
    nameArticles: [...en.nameArticles.words, ...fr.nameArticles.words],
    otherSenses: { at: (tokens, i) => Math.max(en.otherSenses.at(tokens, i), fr.otherSenses.at(tokens, i)) },
    nameHeads: {
      after: [...en.nameHeadsAfter.words, ...fr.nameHeadsAfter.words],
      before: [...en.nameHeadsBefore.words, ...fr.nameHeadsBefore.words],
      links: [...en.nameLinks.words, ...fr.nameLinks.words],
    },
  });
}

/** A unit's dimension: the known units keep their meaning; any other word is a count of that thing ("vehicle", "building"). */
export function dimensionOf(unit: UnitT): Dimension {
  if (unit === 'date') return 'date';
  if (unit === 'km') return 'distance';
  if (unit === 'rank') return 'rank';
  if (TIME_UNIT_OF.has(unit)) return 'duration';
  return 'count';
}

function isoDay(iso: string): number {
  const d = dayFromIso(iso);
  if (d === undefined) throw new Error(`invalid date ${iso}`);
  return d;
}

const span = (s: { start: string; end: string }): Interval => ({ min: isoDay(s.start), max: isoDay(s.end) });

export function entryInterval(entry: RuntimeEntry): Interval {
  const v = entry.value;
  // "autour du 9-10 avril": a day either side of an approximate date.
  if (v.type === 'date') {
    const slack = entry.qualifier.meaning === 'about' && (v.precision === 'day' || v.precision === 'days') ? 1 : 0;
    return { min: isoDay(v.start) - slack, max: isoDay(v.end) + slack };
  }
  if (v.type === 'vague') return { min: v.min, max: v.max ?? Infinity };
  const timeUnit = TIME_UNIT_OF.get(entry.unit);
  const scale = timeUnit ? DAYS_PER[timeUnit] : 1;
  if (v.type === 'range') return { min: v.min * scale, max: v.max * scale };
  const n = v.n * scale;
  if (timeUnit && entry.qualifier.meaning === 'exact' && COARSE_TIME_UNITS.has(timeUnit)) {
    return { min: n - scale / 2, max: n + scale / 2 };
  }
  return qualifiedInterval(n, entry.qualifier.meaning);
}

export function compileReference(dataset: RuntimeDataset): CompiledReference {
  const entries = dataset.entries.map((entry): CompiledEntry => {
    const dimension = dimensionOf(entry.unit);
    const interval = entryInterval(entry);
    const window = entry.match.window ? span(entry.match.window) : undefined;
    const when = entry.match.when ? span(entry.match.when) : (window ?? (dimension === 'date' ? interval : undefined));
    return { entry, dimension, interval, window, when };
  });
  for (const e of entries) {
    if (!e.entry.match.periodRole) continue;
    // The days a length covers: its own count of days up to the end of its event's time (the 24 hours
    // of a sortie count are the battle's last, not its first: "500 sorties since March 20" dates no
    // start of the offensive).
    const covers = (o: CompiledEntry) => o.when && Math.max(o.when.min, o.when.max - o.interval.max) <= e.interval.min && o.when.max >= e.interval.max;
    const spanning = entries.filter((o) => o.dimension === 'duration' && covers(o));
    e.periodCounts = [...new Set([...e.entry.match.counts, ...spanning.flatMap((o) => o.entry.match.counts)])];
  }
  const starts = entries.filter((e) => e.entry.match.periodRole === 'start');
  const ends = entries.filter((e) => e.entry.match.periodRole === 'end');
  const dated = entries.filter((o) => o.dimension === 'date');
  for (const e of entries) {
    if (e.dimension !== 'duration') continue;
    const own = new Set(e.entry.match.counts.filter((g) => dated.some((o) => o.entry.match.counts.includes(g))));
    const about = new Set(e.entry.match.about);
    const rivals = dated.filter((o) => o.entry.match.about.some((g) => about.has(g))).flatMap((o) => o.entry.match.counts).filter((g) => !e.entry.match.counts.includes(g));
    if (own.size > 0 && rivals.length > 0) {
      e.ownEvents = own;
      e.rivalEvents = new Set(rivals);
    }
  }
  return {
    dataset,
    entries,
    byId: new Map(entries.map((e) => [e.entry.id, e])),
    aliases: aliasIndexOf(dataset.aliases),
    subjectGroups: new Set([...dataset.entries.flatMap((e) => e.match.subject), ...dataset.aliases.filter((g) => g.who).map((g) => g.id)]),
    placeGroups: new Set(dataset.aliases.filter((g) => g.place).map((g) => g.id)),
    destinationGroups: new Set(
      dataset.aliases
        .filter((g) => g.place)
        .map((g) => g.id)
        .filter((g) => entries.some((e) => e.entry.match.about.includes(g)) && entries.every((e) => !e.entry.match.about.includes(g) || e.dimension === 'distance')),
    ),
    within: new Map(dataset.aliases.flatMap((g) => (g.within ? [[g.id, g.within] as [string, string]] : []))),
    tollGroups: new Set(entries.filter((e) => e.entry.kind === 'casualties').flatMap((e) => e.entry.match.counts)),
    rankGroups: new Set(entries.filter((e) => e.dimension === 'rank').flatMap((e) => e.entry.match.counts)),
    countGroupsOf: groupBy(entries, (e) => e.dimension, (list) => new Set(list.flatMap((e) => e.entry.match.counts))),
    byDimension: groupBy(entries, (e) => e.dimension, (list) => list),
    eventDays: span2(entries.flatMap((e) => (e.when && e.dimension !== 'date' ? [e.when] : []))),
    periods: { start: starts, end: ends, days: Math.max(0, ...ends.flatMap((end) => starts.map((start) => end.interval.min - start.interval.max))) },
    aboutGroups: new Set(dataset.entries.flatMap((e) => e.match.about)),
    causeGroups: new Set(dataset.aliases.filter((g) => g.cause).map((g) => g.id)),
    struckGroups: new Set(dataset.aliases.filter((g) => g.struck).map((g) => g.id)),
    aboutNames: namesPattern(dataset.aliases.filter((g) => dataset.entries.some((e) => e.match.about.includes(g.id)) || g.within).flatMap((g) => g.aliases.filter((a) => /\p{Lu}/u.test(a)))),
    placeNames: namesPattern(dataset.aliases.filter((g) => g.place).flatMap((g) => g.aliases)),
    genericGroups: new Set(dataset.aliases.filter((g) => g.generic).map((g) => g.id)),
    countGroups: new Set(dataset.entries.flatMap((e) => [...e.match.counts, ...(e.match.startOf ?? [])])),
    dispatchDay: isoDay(dataset.source.dispatchDate),
  };
}

/** The names as written (place names keep their capital in running text: a case-sensitive test is several times faster). */
function namesPattern(names: string[]): RegExp {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join('|') || '(?!)'})(?![\\p{L}])`, 'u');
}

function groupBy<T, V>(items: T[], key: (t: T) => string, value: (list: T[]) => V): Map<string, V> {
  const lists = new Map<string, T[]>();
  for (const item of items) lists.set(key(item), [...(lists.get(key(item)) ?? []), item]);
  return new Map([...lists].map(([k, list]) => [k, value(list)]));
}

function span2(intervals: Interval[]): Interval {
  return { min: Math.min(...intervals.map((w) => w.min)), max: Math.max(...intervals.map((w) => w.max)) };
}
