// Month first: "March 7", "March 7, 2016", "March 27th", "Sept. 19, 2016", "April 9-10", "April 9 or
// 10", "March 20 to 23", "between March 20 and 23", "September 30 last year".
import { ARTICLES, BETWEEN, DASHES, MONTHS, CAPITALISED_MONTHS, PAIR_LINKS, PERIOD_LINKS } from '../lexicon';
import type { DateParts } from '../types';
import { PAIR_MAX_GAP, yearOrShiftAfter } from './common';
import type { Found, TokenParser } from './parser';

export const monthDay: TokenParser = {
  name: 'month-day',
  openers: [...Object.keys(MONTHS), ...Object.keys(CAPITALISED_MONTHS)],
  read(x, i): Found | undefined {
    const m = x.monthAlone(i);
    if (m === undefined) return undefined;
    const d = m.last + 1;
    const day = x.day(d);
    if (day === undefined || x.tokens[d]!.type !== 'number' || !x.adjacent(m.last, d)) return undefined;
    let last = x.afterDay(d) - 1;
    const parts: DateParts = { month: m.value, day };
    // A second day: "April 9-10", "March 20 to 23", "between March 20 and 23", "April 9 or 10".
    const link = x.norm(last + 1);
    if (link !== undefined) {
      let isPeriod: boolean | undefined;
      if (DASHES.has(link)) isPeriod = !(x.glued(last) && x.glued(last + 1));
      else if (PERIOD_LINKS.has(link)) isPeriod = true;
      else if (PAIR_LINKS.has(link)) {
        const p = x.norm(i - 1) ?? '';
        isPeriod = BETWEEN.has(p) || (ARTICLES.has(p) && BETWEEN.has(x.norm(i - 2) ?? ''));
      }
      const k = last + 2;
      const day2 = isPeriod === undefined ? undefined : x.day(k);
      // Not "March 20 to April 2" (two dates: the range refiner's) nor "March 7 - 10 people".
      if (day2 !== undefined && day2 > day && x.tokens[k]!.type === 'number' && x.month(k + 1) === undefined) {
        parts.end = { day: day2 };
        if (isPeriod || day2 - day > PAIR_MAX_GAP) parts.isPeriod = true;
        last = x.afterDay(k) - 1;
      }
    }
    return { from: i, to: yearOrShiftAfter(x, last, parts, true), parts };
  },
};
