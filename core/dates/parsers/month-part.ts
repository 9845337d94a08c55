// Parts of a month: "fin septembre 2015", "début mars", "mi-mars", "à la mi-mars", "late September",
// "early March", "mid-March", "the end of September", "the end of September last year". Early is
// days 1–10, mid 11–20, late 21 to the end. Parts of a year ("early 2015", "fin 2015") are its thirds:
// January–April, May–August, September–December.
import { MONTH_PARTS, OF, PART_NEEDS_OF } from '../lexicon';
import type { DateParts } from '../types';
import { yearOrShiftAfter } from './common';
import type { Found, TokenParser } from './parser';

export const monthPart: TokenParser = {
  name: 'month-part',
  openers: Object.keys(MONTH_PARTS),
  read(x, i): Found | undefined {
    const word = x.norm(i)!;
    const part = MONTH_PARTS[word]!;
    let j = i + 1;
    const n = x.norm(j);
    if (n === '-' && x.glued(i) && x.glued(j)) j++;
    else if (OF.has(n ?? '')) j++;
    else if (PART_NEEDS_OF.has(word)) return undefined;
    const m = x.monthAlone(j);
    // A part of a year: "early 2015", "fin 2015", "mi-2016", "the end of 2015".
    const y = m === undefined && x.adjacent(j - 1, j) ? x.year(j) : undefined;
    if (y !== undefined) return { from: i, to: j, parts: { year: y, part } };
    if (m === undefined || !x.adjacent(j - 1, j)) return undefined;
    const parts: DateParts = { month: m.value, part };
    return { from: i, to: yearOrShiftAfter(x, m.last, parts), parts };
  },
};
