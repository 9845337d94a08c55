import { describe, expect, it } from 'vitest';
import { read, spans } from './test-kit';

describe('parts of a month', () => {
  it.each([
    ['Les frappes ont commencé fin septembre 2015.', 'fin septembre 2015', '2015-09-21', '2015-09-30', 'fr'],
    ['Rendez-vous début mars.', 'début mars', '2016-03-01', '2016-03-10', 'fr'],
    ['On attend les résultats à la mi-mars.', 'mi-mars', '2016-03-11', '2016-03-20', 'fr'],
    ['jusqu’à la fin avril', 'fin avril', '2016-04-21', '2016-04-30', 'fr'],
    ['Strikes began in late September 2015.', 'late September 2015', '2015-09-21', '2015-09-30', 'en'],
    ['It should be done by early March.', 'early March', '2016-03-01', '2016-03-10', 'en'],
    ['Talks resumed in mid-March.', 'mid-March', '2016-03-11', '2016-03-20', 'en'],
    ['It opened at the beginning of February.', 'beginning of February', '2016-02-01', '2016-02-10', 'en'],
  ] as const)('%s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, precision: 'month-part', parser: 'month-part' })]);
  });

  it.each([
    ['Civilians have lived under siege since early 2015.', 'early 2015', '2015-01-01', '2015-04-30', 'en'],
    ["L'usine doit rouvrir fin 2016.", 'fin 2016', '2016-09-01', '2016-12-31', 'fr'],
    ['Prices rose by mid-2015.', 'mid-2015', '2015-05-01', '2015-08-31', 'en'],
    ['It closed at the end of 2014.', 'end of 2014', '2014-09-01', '2014-12-31', 'en'],
  ] as const)('a part of a year: %s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, parser: 'month-part' })]);
  });

  it('reads "the end of September last year" from the page’s date', () => {
    expect(read('since the end of September last year', { lang: 'en' })).toEqual([
      expect.objectContaining({ text: 'end of September last year', from: '2015-09-21', to: '2015-09-30', relative: true }),
    ]);
  });

  it.each([
    ['until the end of the war', 'en'],
    ['late may be better than never', 'en'],
    ['We end March with a deficit.', 'en'],
    ['à la fin de la guerre', 'fr'],
  ] as const)('reads no part of a month in %j', (text, lang) => {
    expect(spans(text, { lang })).toEqual([]);
  });
});
