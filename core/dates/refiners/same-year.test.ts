import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens';
import { dayFromIso, isoFromDay } from '../calendar';
import { findDates } from '../parse';
import { sameYearAfter } from './same-year';

/** The day read for `needle` in a page of 5 March 2017. */
function dayOf(text: string, needle: string): string | undefined {
  const page = dayFromIso('2017-03-05')!;
  const at = text.indexOf(needle);
  const d = findDates(text, tokenize(text), { anchor: page, published: page }).dates.find((m) => m.start <= at && m.end > at);
  return d ? isoFromDay(d.first) : undefined;
}

describe('sameYearAfter: "of that year" after a date', () => {
  it.each([
    ['March 9 of that year', 7],
    ['le 9 mars de la même année', 9],
    ['9 mars de cette année-là', 6],
    ['on March 9 that same year', 10],
  ])('%s', (text, end) => expect(sameYearAfter(text, end)).toBe(true));
  it.each([
    ['March 9 of that town', 7],
    ['le 9 mars, la même armée', 9],
    ['March 9 this year', 7],
  ])('%s: no', (text, end) => expect(sameYearAfter(text, end)).toBe(false));
});

describe('a date "of that year" takes the year written before it', () => {
  it.each([
    ['The army drove IS out in March 2016, after an offensive launched on March 9 of that year.', 'March 9', '2016-03-09'],
    ["L'armée reprend la ville en mars 2016, au terme d'une offensive lancée le 9 mars de la même année.", '9 mars', '2016-03-09'],
    // No phrase: the year of the anchor, as before (the engine moves the anchor to the time the text is about).
    ['The army drove IS out in March 2016, and on April 2 it came back.', 'April 2', '2017-04-02'],
  ])('%s', (text, needle, day) => expect(dayOf(text, needle)).toBe(day));
});
