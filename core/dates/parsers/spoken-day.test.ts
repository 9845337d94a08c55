import { describe, expect, it } from 'vitest';
import { read, spans } from './test-kit';

describe('a day said aloud, in words', () => {
  it.each([
    ['The talks should resume around the ninth of April.', 'ninth of April', '2016-04-09', '2016-04-09', 'en'],
    ['It all began on the twenty-seventh of March.', 'twenty-seventh of March', '2016-03-27', '2016-03-27', 'en'],
    ['The UN wants them back around the ninth or tenth of April.', 'ninth or tenth of April', '2016-04-09', '2016-04-10', 'en'],
    ['La ville était tombée le vingt et un mai de l’an dernier.', 'vingt et un mai de l’an dernier', '2015-05-21', '2015-05-21', 'fr'],
    ["L'offensive a commencé le sept mars.", 'sept mars', '2016-03-07', '2016-03-07', 'fr'],
    ['Rendez-vous le dix-sept avril.', 'dix-sept avril', '2016-04-17', '2016-04-17', 'fr'],
  ] as const)('%s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, parser: 'spoken-day' })]);
  });

  it.each([
    // Without its article, a number word before a month is no date.
    ['Il a plu trois mars de suite.', 'fr'],
    ['It was the second March rally this year.'.replace('the second', 'a second'), 'en'],
    // "un" alone is no day.
    ['Il reste le un mai à fixer.', 'fr'],
    // Not a day of the month.
    ['He came in the fortieth of March.', 'en'],
  ] as const)('reads no spoken day in %j', (text, lang) => {
    expect(spans(text, { lang }).filter((s) => /ninth|second|trois|un mai|fortieth/.test(s))).toEqual([]);
  });
});
