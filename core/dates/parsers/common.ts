// What several parsers read after a date: its written year ("7 mars 2016", "March 7, 2016"), a year
// relative to the page's date ("September 30 last year", "mai de l'an dernier") or a shift ("7 mars dernier");
// and the month after a day ("the 27th of March").
import type { DateText } from '../context';
import { OF, SHIFT_AFTER } from '../lexicon';
import type { DateParts } from '../types';

/**
 * Extends `parts` (which has a month) with what follows token `last`; returns the new last token.
 * `commaUsual`: the form writes a comma before its year ("March 7, 2016").
 */
export function yearOrShiftAfter(x: DateText, last: number, parts: DateParts, commaUsual = false): number {
  const y = x.yearAfter(last, commaUsual);
  if (y !== undefined) {
    parts.year = x.year(y);
    return y;
  }
  const phrase = x.yearPhraseAfter(last);
  if (phrase !== undefined) {
    parts.yearOffset = phrase.offset;
    return phrase.last;
  }
  const shift = SHIFT_AFTER[x.norm(last + 1) ?? ''];
  if (shift !== undefined && x.adjacent(last, last + 1)) {
    parts.shift = shift;
    return last + 1;
  }
  return last;
}

/** Days a pair of dates spans at most ("9-10 avril", "April 9-11"); further apart, a dash joins a period. */
export const PAIR_MAX_GAP = 2;

/** The month at token j, past "of"/"de" ("the 27th of March", "the ninth of April"): its parts, or undefined. */
export function monthFrom(x: DateText, j: number): { index: number; value: number; last: number } | undefined {
  if (OF.has(x.norm(j) ?? '')) j++;
  const m = x.month(j);
  return m && x.adjacent(j - 1, j) ? { index: j, value: m.value, last: m.last } : undefined;
}
