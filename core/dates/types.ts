// What the date reader hands out (DateMention, DateReading: re-exported by parse.ts, the public entry)
// and what its stages pass each other: parsers read the parts of a date as written (Reading), refiners
// merge and filter readings, the resolver turns parts into days.
import type { MonthPart, RelativeUnit, Season, Shift } from './lexicon-types';

export type DatePrecision = 'day' | 'days' | 'month-part' | 'month' | 'year' | 'years' | 'decade' | 'century';

export interface DateMention {
  start: number;
  end: number;
  /** First and last day covered, both included (day numbers, see calendar.ts). */
  first: number;
  last: number;
  precision: DatePrecision;
  /** A period "du 9 au 27 mars": its ends, each a span of days, for checking a start and an end. */
  period?: { from: [number, number]; to: [number, number] };
  /** The year was not written and comes from the page's date. */
  yearInferred: boolean;
  /** Written relative to the page's date ("mai dernier", "last year", "four days ago", "mardi"). */
  relative: boolean;
  /** The parser that read it (and the refiners that merged it), for `check --explain`. */
  parser: string;
  /** Written as a weekday, alone ("dimanche", "on Tuesday") or with a date ("Sunday, March 27"). */
  weekday?: boolean;
  /** The weekday written (0 = Sunday): with a year-less date, the years it can be in. */
  writtenWeekday?: number;
  /** Resolved against the previous date of the same text ("le lendemain", "the following day"). */
  anaphoric?: boolean;
}

/** What is not a date claim but must not be read as figures either. */
export interface TimeMention {
  start: number;
  end: number;
}

export interface DateReading {
  dates: DateMention[];
  times: TimeMention[];
  /**
   * Dates that could not be placed in time: year-less without an anchor ("le 7 mars"), weekdays and
   * relative dates without the page's own date, anaphoric days without a day before them.
   */
  unresolved: TimeMention[];
}

export interface DateContext {
  /** What year-less dates take their year from: the page's date, else a fallback (a day number). */
  anchor?: number;
  /** The page's own date, when it has one: weekdays and relative dates resolve against it alone. */
  published?: number;
  lang?: 'fr' | 'en';
}

/** The parts of a date as written: what a parser reads, before any day is worked out. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** The other end of a range ("9-10 avril", "du 9 mars au 2 avril 2016", "2011-2016"). */
  end?: { year?: number; month?: number; day?: number };
  /** A period whose ends are checked apart ("du 9 au 27", "entre le 20 et le 23"), not a pair of days ("9-10"). */
  isPeriod?: boolean;
  part?: MonthPart;
  /** With a month: its first (1) to fourth week, or its last ("the first week of March"). */
  week?: number | 'last';
  /** With a year: "printemps 2015", "the summer of 2015". */
  season?: Season;
  decade?: number;
  century?: number;
  /** With a month (and day): "mai dernier", "last May", "du 7 mars dernier", "this May". */
  shift?: Shift;
  /** With a month: the year of the page's date plus this ("May last year": -1, "January this year": 0). */
  yearOffset?: number;
  /** A period of the page's date shifted: "l'an dernier" (year, -1), "ce mois-ci" (month, 0), "last week". */
  unitShift?: { unit: Exclude<RelativeUnit, 'day'>; by: number };
  /** Days from the page's date: "yesterday" -1, "aujourd'hui" 0, "demain" 1. */
  dayShift?: number;
  /** So many units before the page's date: "four days ago", "il y a une semaine". */
  ago?: { unit: RelativeUnit; count: number; toTheDay?: boolean };
  /** The weekday written (0 = Sunday); alone, the date is that weekday near the page's date. */
  weekday?: number;
  weekdayShift?: Shift;
  /** Days after (or before, negative) the previous date of the text: "le lendemain" 1, "la veille" -1. */
  anaphora?: number;
  /** Half the unit of a coarse anaphora, in days: "trois semaines plus tôt" is give or take half a week. */
  anaphoraSpread?: number;
}

/** Which orders a numeric date allows ("04/10/2016" both; "10/27/2016" month first only). */
export type NumericOrder = 'both' | 'day-first' | 'month-first';

/** One date (or time) read at one place of the text, before resolution. */
export interface Reading {
  start: number;
  end: number;
  parser: string;
  parts: DateParts;
  /** A time of day: never a date, but its digits are no figures. */
  time?: boolean;
  /** Only a date if a refiner confirms it ("22/03" after a weekday: "mardi 22/03"); else dropped. */
  weak?: boolean;
  /** Numeric dates: which orders their digits allow (read day first; refiners may swap "both"). */
  order?: NumericOrder;
  /** Set by the weekday refiner: a weekday was written with the date. */
  weekday?: boolean;
}
