// The date words of every locale, merged for the parsers (a page in one language quotes the other):
// lookups by folded word. The words themselves live in lexicon-fr.ts and lexicon-en.ts.
import { EN_NUMBER_WORDS } from '../numbers/lexicon-en';
import { FR_NUMBER_WORDS } from '../numbers/lexicon-fr';
import { EN_DATE_WORDS } from './lexicon-en';
import { FR_DATE_WORDS } from './lexicon-fr';
import type { DateWords, MonthPart, RelativeUnit, Season, Shift } from './lexicon-types';

export type { MonthPart, RelativeUnit, Shift } from './lexicon-types';

export const LOCALES: Readonly<Record<'fr' | 'en', DateWords>> = { fr: FR_DATE_WORDS, en: EN_DATE_WORDS };
const ALL = [FR_DATE_WORDS, EN_DATE_WORDS];

function merged<T>(pick: (w: DateWords) => Record<string, T>): Record<string, T> {
  return Object.assign({}, ...ALL.map(pick)) as Record<string, T>;
}
function union(pick: (w: DateWords) => readonly string[]): ReadonlySet<string> {
  return new Set(ALL.flatMap(pick));
}

/** Full month names. */
export const MONTHS: Record<string, number> = merged((w) => w.months);
/** Abbreviations: months when capitalised (or with their dot beside a day). */
export const CAPITALISED_MONTHS: Record<string, number> = merged((w) => w.abbreviations);
export const WEEKDAYS: Record<string, number> = merged((w) => w.weekdays);
/** Parts of a month: "fin septembre" is days 21–end, "début mars" 1–10, "mi-mars" 11–20. */
export const MONTH_PARTS: Record<string, MonthPart> = merged((w) => w.monthParts);
export const MONTH_WEEKS: Record<string, number | 'last'> = merged((w) => w.monthWeeks);
export const WEEK_WORDS = union((w) => w.weekWords);

export const CAPITAL_ONLY = union((w) => w.capitalOnly);
/** Per page language: month names of the other language that are ordinary words here. */
export const FALSE_FRIENDS: Readonly<Record<'fr' | 'en', ReadonlySet<string>>> = {
  fr: new Set(FR_DATE_WORDS.foreignFalseFriends),
  en: new Set(EN_DATE_WORDS.foreignFalseFriends),
};
export const WEEKDAY_FEASTS = union((w) => w.weekdayFeasts);
export const FEAST_LINKS = union((w) => w.feastLinks);
export const FEASTS = union((w) => w.feasts);
/** Weekdays of the locales that name things after them ("the Sunday Times"), and the words that keep them dates there. */
export const TITLE_WEEKDAYS = union((w) => (w.weekdayTitles ? Object.keys(w.weekdays) : []));
export const WEEKDAY_PREPOSITIONS = union((w) => w.weekdayPrepositions);
export const WEEKDAY_ORDINALS = union((w) => w.weekdayOrdinals);
export const DAY_WORDS: Record<string, number> = merged((w) => w.dayWords);
export const SPOKEN_DAY_UNITS: Record<string, number> = merged((w) => w.spokenDays.units);
export const SPOKEN_DAY_TENS: Record<string, number> = merged((w) => w.spokenDays.tens);
export const SPOKEN_DAY_JOINS = union((w) => w.spokenDays.tensJoin);
export const SPOKEN_DAY_AFTER_TENS_ONLY = union((w) => w.spokenDays.afterTensOnly);
export const DAY_SUFFIXES = union((w) => w.daySuffixes);
export const SHIFT_AFTER: Record<string, Shift> = merged((w) => w.shiftAfter);
export const SHIFT_BEFORE: Record<string, Shift> = merged((w) => w.shiftBefore);
export const UNITS: Record<string, RelativeUnit> = merged((w) => w.units);
export const PLURAL_UNITS = union((w) => w.pluralUnits);
/** "an", "année", "year": the singular words of a year. */
export const YEAR_WORDS: ReadonlySet<string> = new Set(Object.keys(UNITS).filter((w) => UNITS[w] === 'year' && !PLURAL_UNITS.has(w)));
export const THIS_SUFFIXES = union((w) => w.thisSuffixes);
export const HOUR_WORDS = union((w) => w.hourWords);
export const HOUR_PREPOSITIONS = union((w) => w.hourPrepositions);
export const PART_NEEDS_OF = union((w) => w.partNeedsOf);
export const YEAR_PREPOSITIONS = union((w) => w.yearPrepositions);
export const EARLY_YEAR_PREPOSITIONS = union((w) => w.earlyYearPrepositions);
export const MONTH_PREPOSITIONS = union((w) => w.monthPrepositions);
export const PERIOD_LINKS = union((w) => w.periodLinks);
export const DASHES = union((w) => w.dashes);
export const PERIOD_LINK_LEADS = union((w) => w.periodLinkLeads);
export const PAIR_LINKS = union((w) => w.pairLinks);
export const BETWEEN = union((w) => w.between);
export const ARTICLES = union((w) => w.articles);
export const OF = union((w) => w.of);
export const SEASONS: Record<string, Season> = merged((w) => w.seasons);
export const DECADE_WORDS = union((w) => w.decadeWords);
export const DECADE_SUFFIXES = union((w) => w.decadeSuffixes);
export const CENTURY_WORDS = union((w) => w.centuryWords);
export const ERA_BEFORE = union((w) => w.eraBefore);
export const ERA_AFTER = union((w) => w.eraAfter);
export const ERA_TAIL = union((w) => w.eraTail);
export const ANAPHORA = ALL.flatMap((w) => w.anaphora);
export const ANAPHORA_HEADS = union((w) => w.anaphoraHeads);
/** Longest first: "avant-hier" before "hier". */
export const DEICTIC_DAYS = ALL.flatMap((w) => w.deicticDays).sort((a, b) => b.words.length - a.words.length);
export const LATER_WORDS = ALL.flatMap((w) => w.laterWords);
export const ANAPHORA_BREAKERS = union((w) => w.anaphoraBreakers);
export const SAME_YEAR = union((w) => w.sameYear);
export const AGO_AFTER = ALL.flatMap((w) => w.agoAfter);
export const AGO_BEFORE = ALL.flatMap((w) => w.agoBefore);
export const AGO_BREAKERS = union((w) => w.agoBreakers);
export const AGO_TAILS = union((w) => w.agoTails);
export const AGO_TO_THE_DAY = ALL.flatMap((w) => w.agoToTheDay).sort((a, b) => b.length - a.length);
/** Longest first: "tout juste" before "juste". */
export const AGO_HEDGES = ALL.flatMap((w) => w.agoHedges).sort((a, b) => b.length - a.length);

/** Counts written in words, up to a hundred ("four days ago", "il y a une semaine"). */
export const COUNT_WORDS: Record<string, number> = Object.fromEntries([
  ...Object.entries({ ...FR_NUMBER_WORDS, ...EN_NUMBER_WORDS }).filter(([, v]) => v >= 1 && v <= 100),
  ...ALL.flatMap((w) => w.one.map((word) => [word, 1] as const)),
]);
