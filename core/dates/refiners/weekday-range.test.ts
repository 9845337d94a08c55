import { describe, expect, it } from 'vitest';
import { read } from '../parsers/test-kit';

describe('mergeWeekdayRanges: two weekdays linked as a period', () => {
  it.each([
    ['Il avait revendiqué 41 sorties entre mardi et jeudi.', 'fr', 'mardi et jeudi', '2016-03-22', '2016-03-24'],
    ['Du mardi au jeudi, les frappes ont continué.', 'fr', 'mardi au jeudi', '2016-03-22', '2016-03-24'],
    ['It flew 41 sorties between Tuesday and Thursday.', 'en', 'Tuesday and Thursday', '2016-03-22', '2016-03-24'],
    ['Strikes went on from Tuesday to Thursday.', 'en', 'Tuesday to Thursday', '2016-03-22', '2016-03-24'],
  ] as const)('%s', (text, lang, span, from, to) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to })]);
  });

  it('places the first weekday in the week before the second, on a page of that weekday', () => {
    const tuesday = 16889; // 2016-03-29
    expect(read('Il avait revendiqué 41 sorties entre mardi et jeudi.', { lang: 'fr', anchor: tuesday, published: tuesday })).toEqual([
      expect.objectContaining({ text: 'mardi et jeudi', from: '2016-03-22', to: '2016-03-24' }),
    ]);
  });

  it.each([
    // Two days, not a period.
    ['Il est venu mardi et jeudi.', 'fr'],
    ['They met on Tuesday and again on Thursday.', 'en'],
  ] as const)('%s: two days', (text, lang) => {
    expect(read(text, { lang })).toHaveLength(2);
  });
});
