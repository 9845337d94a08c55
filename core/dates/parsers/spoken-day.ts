// A day said aloud, in words, after its article: "the ninth of April", "the ninth or tenth of April",
// "the twenty-seventh of March", "le vingt et un mai de l'an dernier", "le dix-sept mars". Transcripts
// of radio and television write dates so. The article is required: "second March rally", "trois mars"
// without it are no dates.
import type { DateText } from '../context';
import { ARTICLES, PAIR_LINKS, SPOKEN_DAY_AFTER_TENS_ONLY, SPOKEN_DAY_JOINS, SPOKEN_DAY_TENS, SPOKEN_DAY_UNITS } from '../lexicon';
import type { DateParts } from '../types';
import { monthFrom, yearOrShiftAfter } from './common';
import type { Found, TokenParser } from './parser';

/** The day written in words from token i: its value and its last token. */
export function spokenDayAt(x: DateText, i: number): { value: number; last: number } | undefined {
  const word = x.norm(i);
  if (word === undefined || x.tokens[i]!.type !== 'word') return undefined;
  const tens = SPOKEN_DAY_TENS[word];
  if (tens !== undefined) {
    // "twenty-seventh", "vingt-sept", "dix-sept", "vingt et un".
    let k = i + 1;
    if (x.norm(k) === '-' && x.glued(i) && x.glued(k)) k++;
    else if (SPOKEN_DAY_JOINS.has(x.norm(k) ?? '')) k++;
    else k = -1;
    const unit = k > 0 ? SPOKEN_DAY_UNITS[x.norm(k) ?? ''] : undefined;
    if (unit !== undefined && unit < 10 && tens + unit <= 31) return { value: tens + unit, last: k };
  }
  const unit = SPOKEN_DAY_UNITS[word];
  if (unit === undefined || SPOKEN_DAY_AFTER_TENS_ONLY.has(word)) return undefined;
  return { value: unit, last: i };
}

export const spokenDay: TokenParser = {
  name: 'spoken-day',
  openers: [...new Set([...Object.keys(SPOKEN_DAY_UNITS), ...Object.keys(SPOKEN_DAY_TENS)])],
  read(x, i): Found | undefined {
    if (!ARTICLES.has(x.norm(i - 1) ?? '')) return undefined;
    const day = spokenDayAt(x, i);
    if (!day) return undefined;
    const month = monthFrom(x, day.last + 1);
    if (month) {
      const parts: DateParts = { day: day.value, month: month.value };
      return { from: i, to: yearOrShiftAfter(x, month.last, parts), parts };
    }
    // Two days: "the ninth or tenth of April", "le neuf ou le dix avril".
    const link = day.last + 1;
    if (!PAIR_LINKS.has(x.norm(link) ?? '')) return undefined;
    const second = spokenDayAt(x, ARTICLES.has(x.norm(link + 1) ?? '') ? link + 2 : link + 1);
    if (!second || second.value <= day.value) return undefined;
    const month2 = monthFrom(x, second.last + 1);
    if (!month2) return undefined;
    const parts: DateParts = { day: day.value, month: month2.value, end: { day: second.value } };
    return { from: i, to: yearOrShiftAfter(x, month2.last, parts), parts };
  },
};
