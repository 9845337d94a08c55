// A week of a month: "the first week of March", "the last week of March 2016", "la première semaine
// de mars", "la dernière semaine de mars 2016". Not "the first week of the offensive" (no month), nor
// "last week" (a week of the page's date: relative-unit.ts).
import { MONTH_WEEKS, OF, WEEK_WORDS } from '../lexicon';
import type { DateParts } from '../types';
import { yearOrShiftAfter } from './common';
import type { Found, TokenParser } from './parser';

export const monthWeek: TokenParser = {
  name: 'month-week',
  openers: Object.keys(MONTH_WEEKS),
  read(x, i): Found | undefined {
    const week = MONTH_WEEKS[x.norm(i) ?? ''];
    if (week === undefined || !WEEK_WORDS.has(x.norm(i + 1) ?? '') || !OF.has(x.norm(i + 2) ?? '')) return undefined;
    const m = x.monthAlone(i + 3);
    if (m === undefined || !x.adjacent(i + 2, i + 3)) return undefined;
    const parts: DateParts = { month: m.value, week };
    return { from: i, to: yearOrShiftAfter(x, m.last, parts), parts };
  },
};
