// Every parser, and the lookup that asks only the ones a token can open: one Map lookup per word.
// Pattern parsers run in this order, each skipping what an earlier one read (times first: "10.30" is
// an hour before it is anything else). Among token parsers asked at one token, the longest reading wins.
import { ago } from './ago';
import { anaphoric } from './anaphoric';
import { century } from './century';
import { dayMonth } from './day-month';
import { decade } from './decade';
import { deictic } from './deictic';
import { isoDate } from './iso';
import { monthDay } from './month-day';
import { monthPart } from './month-part';
import { monthWeek } from './month-week';
import { monthRelative } from './month-relative';
import { monthYear } from './month';
import { numericDate, numericDayMonth } from './numeric';
import { DIGITS, type PatternParser, type TokenParser } from './parser';
import { relativeUnit } from './relative-unit';
import { season } from './season';
import { spokenDay } from './spoken-day';
import { clockTime, spelledHour } from './time';
import { weekday } from './weekday';
import { year } from './year';

export const PATTERN_PARSERS: readonly PatternParser[] = [clockTime, isoDate, numericDate];

/** In order of preference when two read as far. */
export const TOKEN_PARSERS: readonly TokenParser[] = [
  century, monthPart, monthWeek, dayMonth, spokenDay, monthDay, monthRelative, monthYear, season, decade, year, relativeUnit, ago, weekday, anaphoric, deictic, numericDayMonth, spelledHour,
];

/** The parsers a digit run can open. */
export const DIGIT_PARSERS: readonly TokenParser[] = TOKEN_PARSERS.filter((p) => p.openers.includes(DIGITS));

/** The parsers each word can open. */
export const WORD_PARSERS: ReadonlyMap<string, readonly TokenParser[]> = (() => {
  const map = new Map<string, TokenParser[]>();
  for (const p of TOKEN_PARSERS) {
    for (const w of p.openers) {
      if (w === DIGITS) continue;
      const list = map.get(w) ?? [];
      if (!list.includes(p)) list.push(p);
      map.set(w, list);
    }
  }
  return map;
})();
