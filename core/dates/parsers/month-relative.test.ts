import { describe, expect, it } from 'vitest';
import { read, unresolved } from './test-kit';

describe('months placed by the page’s date', () => {
  it.each([
    ['Le site est fermé depuis mai dernier.', 'mai dernier', '2015-05-01', 'fr'],
    ['It has been closed since last May.', 'last May', '2015-05-01', 'en'],
    ['La conférence est prévue en mars prochain.', 'mars prochain', '2017-03-01', 'fr'],
    ['The vote comes next June.', 'next June', '2016-06-01', 'en'],
    ['It fell in May last year.', 'May last year', '2015-05-01', 'en'],
    ['It fell in May of last year.', 'May of last year', '2015-05-01', 'en'],
    ["Les ruines ont été dynamitées en mars de l'an dernier.", "mars de l'an dernier", '2015-03-01', 'fr'],
    ["C'était en mai de l'année dernière.", "mai de l'année dernière", '2015-05-01', 'fr'],
    ['Rates rose in January this year.', 'January this year', '2016-01-01', 'en'],
  ] as const)('%s', (text, span, from, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, precision: 'month', parser: 'month-relative', relative: true })]);
  });

  it('is unresolved without the page’s own date', () => {
    expect(unresolved('depuis mai dernier', { anchor: 16_888 })).toEqual(['mai dernier']);
    expect(unresolved('since last May', { anchor: 16_888, lang: 'en' })).toEqual(['last May']);
  });

  it('does not shift what "last" does not', () => {
    expect(read('the last May Day parade', { lang: 'en' })).toEqual([]);
  });
});
