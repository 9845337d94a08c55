// Day first: "7 mars", "le 21 mai 2015", "1er avril", "le premier mai", "7 March 2016", "27th March",
// "the 27th of March", "7 mars dernier", "30 September last year"; and two days of one month:
// "9-10 avril" (two days), "9 ou le 10 avril", "les 9 et 10 avril", "du 9 au 27 mars 2016",
// "entre le 20 et le 23 mars", "from 14 to 24 March", "20 to 23 March", "7 – 27 mars 2016",
// "du dimanche 27 au lundi 28 mars" (periods). A day and a month in two different months ("du 9 mars
// au 2 avril") are two readings, joined by the range refiner.
import type { DateText } from '../context';
import { ARTICLES, BETWEEN, DASHES, DAY_WORDS, PAIR_LINKS, PERIOD_LINKS } from '../lexicon';
import type { DateParts } from '../types';
import { monthFrom, PAIR_MAX_GAP, yearOrShiftAfter } from './common';
import { DIGITS, type Found, type TokenParser } from './parser';

/** The month after the day at i (past its ordinal ending and "of"). */
function monthAfterDay(x: DateText, i: number): { index: number; value: number; last: number } | undefined {
  return monthFrom(x, x.afterDay(i));
}

/** "entre le 20", "between 20": the first day of "entre le 20 et le 23" stands after such words. */
function afterBetween(x: DateText, i: number): boolean {
  const p = x.norm(i - 1) ?? '';
  return BETWEEN.has(p) || (ARTICLES.has(p) && BETWEEN.has(x.norm(i - 2) ?? ''));
}

export const dayMonth: TokenParser = {
  name: 'day-month',
  openers: [DIGITS, ...Object.keys(DAY_WORDS)],
  read(x, i): Found | undefined {
    const day = x.day(i);
    if (day === undefined) return undefined;
    const m = monthAfterDay(x, i);
    if (m !== undefined) {
      const parts: DateParts = { day, month: m.value };
      return { from: i, to: yearOrShiftAfter(x, m.last, parts), parts };
    }
    if (x.tokens[i]!.type !== 'number') return undefined;
    // A second day: "9-10", "9 ou le 10", "du 9 au 27", "entre le 20 et le 23", "27 au lundi 28".
    const j = x.afterDay(i);
    const link = x.norm(j);
    if (link === undefined) return undefined;
    let isPeriod: boolean;
    if (DASHES.has(link)) isPeriod = !(x.glued(j - 1) && x.glued(j));
    else if (PERIOD_LINKS.has(link)) isPeriod = true;
    else if (PAIR_LINKS.has(link)) isPeriod = afterBetween(x, i);
    else return undefined;
    let k = j + 1;
    if (ARTICLES.has(x.norm(k) ?? '')) k++;
    if (x.weekday(k) !== undefined) k++;
    const day2 = x.day(k);
    if (day2 === undefined || day2 <= day || x.tokens[k]!.type !== 'number') return undefined;
    const m2 = monthAfterDay(x, k);
    if (m2 === undefined) return undefined;
    // A glued dash joins a pair of days ("9-10 avril"), or a period when the days are further apart
    // ("7–27 mars", a fact box's dates).
    if (day2 - day > PAIR_MAX_GAP) isPeriod = true;
    const parts: DateParts = { day, month: m2.value, end: { day: day2 }, ...(isPeriod ? { isPeriod } : {}) };
    return { from: i, to: yearOrShiftAfter(x, m2.last, parts), parts };
  },
};
