// Numeric dates, day first: "27/03/2016", "27.03.2016", "27-03-2016", "07/03/16" (a two-digit year
// after a slash, or after two-digit day and month: "1.2.10" is a version). Month first only where day
// first is invalid ("10/27/2016"); dates both orders allow are marked, and the numeric-order refiner
// turns them when the page writes month first. "22/03" without a year is a date only after a weekday
// ("mardi 22/03"): read weak, confirmed or dropped by the weekday refiner.
import { isValidDate } from '../calendar';
import type { DateText } from '../context';
import type { NumericOrder } from '../types';
import { DIGITS, type PatternParser, type TokenParser } from './parser';

const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[.,/-]\p{N})/gu;
const NOT_BEFORE = /[\p{N}\p{L}./-]/u;

export const numericDate: PatternParser = {
  name: 'numeric',
  scan(x: DateText, emit) {
    const { text } = x;
    NUMERIC.lastIndex = 0;
    for (let m = NUMERIC.exec(text); m !== null; m = NUMERIC.exec(text)) {
      const before = text[m.index - 1];
      if (before !== undefined && NOT_BEFORE.test(before)) {
        NUMERIC.lastIndex = m.index + 1;
        continue;
      }
      const [da, sep, db, dy] = [m[1]!, m[2]!, m[3]!, m[4]!];
      if (dy.length === 2 && sep !== '/' && (da.length !== 2 || db.length !== 2)) continue;
      const a = Number(da);
      const b = Number(db);
      const year = dy.length === 2 ? Number(dy) + (Number(dy) < 50 ? 2000 : 1900) : Number(dy);
      const dayFirst = isValidDate(year, b, a);
      const monthFirst = isValidDate(year, a, b);
      if (!dayFirst && !monthFirst) continue;
      // Only slashes are written month first (American usage); dots and dashes are day first.
      const order: NumericOrder = dayFirst && monthFirst ? (sep === '/' ? 'both' : 'day-first') : dayFirst ? 'day-first' : 'month-first';
      const parts = order === 'month-first' ? { year, month: a, day: b } : { year, month: b, day: a };
      emit({ start: m.index, end: m.index + m[0].length, parser: 'numeric', parts, order });
    }
  },
};

/** "22/03", "22.03": day and month, weak (a date only after a weekday). */
export const numericDayMonth: TokenParser = {
  name: 'numeric-short',
  openers: [DIGITS],
  read(x, i) {
    const sep = x.norm(i + 1);
    if (sep !== '/' && sep !== '.') return undefined;
    const day = x.day(i);
    const month = x.digits(i + 2, 2);
    if (day === undefined || month === undefined || x.tokens[i]!.type !== 'number' || !x.glued(i) || !x.glued(i + 1)) return undefined;
    if (month < 1 || month > 12 || !isValidDate(2000, month, day)) return undefined;
    // "22/03/2016" is the numeric parser's; "22.03.5" is no date at all.
    const after = x.norm(i + 3);
    if ((after === '/' || after === '.' || after === ',') && x.glued(i + 2) && x.tokens[i + 4]?.type === 'number' && x.glued(i + 3)) return undefined;
    return { from: i, to: i + 2, parts: { day, month }, weak: true };
  },
};
