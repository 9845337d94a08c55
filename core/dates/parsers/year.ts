// Years: "en 2013", "since 2011", "l'an 32", "en 272", "mid-2014", "2011-2016", "de 2011 à 2016",
// and a bare year where no noun follows that it could count ("1980 : l'année…", "in the summer of
// 2015."). Not "2000 soldiers", "Euro 2016 squad", "Windows 2000", "en 272 jours".
import type { DateText } from '../context';
import { ARTICLES, DASHES, EARLY_YEAR_PREPOSITIONS, MONTH_PARTS, MONTHS, PERIOD_LINKS, WEEKDAYS, YEAR_PREPOSITIONS, YEAR_WORDS } from '../lexicon';
import { DIGITS, type Found, type TokenParser } from './parser';

const LOWER = /^\p{Ll}/u;

/** "Euro 2016", "Windows 2000": a capitalised word (not a month or weekday) right before a number names something. */
export function isNameBefore(x: DateText, i: number): boolean {
  const prev = x.tokens[i - 1];
  if (!prev || prev.type !== 'word' || !x.adjacent(i - 1, i) || i - 1 === 0) return false;
  if (MONTHS[prev.norm] !== undefined || WEEKDAYS[prev.norm] !== undefined) return false;
  return x.capitalised(i - 1) && x.norm(i - 2) !== '.';
}

/** A lower-case word right after the number: a noun it may count ("2000 soldiers", "en 272 jours"). */
function nounAfter(x: DateText, i: number): boolean {
  const next = x.tokens[i + 1];
  return next !== undefined && next.type === 'word' && LOWER.test(x.text[next.start]!);
}

export const year: TokenParser = {
  name: 'year',
  openers: [DIGITS],
  read(x, i): Found | undefined {
    const t = x.tokens[i]!;
    const prev = x.norm(i - 1);
    // "l'an 32", "l'an 1000"
    if (prev !== undefined && YEAR_WORDS.has(prev) && ARTICLES.has(x.norm(i - 2) ?? '')) {
      const y = x.digits(i);
      if (y !== undefined && y > 0 && y < 2200) return { from: i, to: i, parts: { year: y } };
    }
    // "en 272", "in 634": a three-digit year after a preposition that dates, with no noun after it.
    const early = t.norm.length === 3 ? x.digits(i) : undefined;
    if (early !== undefined && early >= 100 && prev !== undefined && EARLY_YEAR_PREPOSITIONS.has(prev) && !nounAfter(x, i) && x.norm(i + 1) !== '%') {
      return { from: i, to: i, parts: { year: early } };
    }
    const y = x.year(i);
    if (y === undefined) return undefined;
    // "mid-2014", "fin-2015"
    if (prev === '-' && x.glued(i - 1) && x.glued(i - 2) && MONTH_PARTS[x.norm(i - 2) ?? ''] !== undefined) {
      return { from: i - 2, to: i, parts: { year: y } };
    }
    // Ranges of years: "2011-2016", "de 2011 à 2016", "2011 to 2016".
    const link = x.norm(i + 1);
    const y2 = x.year(i + 2);
    if (link !== undefined && (DASHES.has(link) || PERIOD_LINKS.has(link)) && y2 !== undefined && y2 > y) {
      return isNameBefore(x, i) ? undefined : { from: i, to: i + 2, parts: { year: y, end: { year: y2 }, isPeriod: true } };
    }
    // "2016-13-40", "2016/03/27/4": a code, not a year.
    if (x.runsOn(i)) return undefined;
    if (prev !== undefined && YEAR_PREPOSITIONS.has(prev)) return { from: i, to: i, parts: { year: y } };
    if (isNameBefore(x, i)) return undefined;
    // A bare year: only when no noun follows that it could count ("2000 soldiers").
    return nounAfter(x, i) ? undefined : { from: i, to: i, parts: { year: y } };
  },
};
