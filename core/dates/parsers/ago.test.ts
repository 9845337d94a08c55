import { describe, expect, it } from 'vitest';
import { read, spans, unresolved } from './test-kit';

// The page is dated Monday 28 March 2016.
describe('so long before the page’s date', () => {
  it.each([
    ['The shelling started four days ago.', 'four days ago', '2016-03-24', '2016-03-24', 'day', 'en'],
    ['He left a week ago.', 'a week ago', '2016-03-21', '2016-03-21', 'day', 'en'],
    ['Seven days ago the road reopened.', 'Seven days ago', '2016-03-21', '2016-03-21', 'day', 'en'],
    ['The dam burst 3 months ago.', '3 months ago', '2015-12-01', '2015-12-31', 'month', 'en'],
    ['It was rebuilt two years ago.', 'two years ago', '2014-01-01', '2014-12-31', 'year', 'en'],
    ['Les combats ont repris il y a quatre jours.', 'il y a quatre jours', '2016-03-24', '2016-03-24', 'day', 'fr'],
    ['Il est parti il y a une semaine.', 'il y a une semaine', '2016-03-21', '2016-03-21', 'day', 'fr'],
    ['Le musée a rouvert il y a deux ans de cela.', 'il y a deux ans de cela', '2014-01-01', '2014-12-31', 'year', 'fr'],
    ['Moscou est intervenu il y a tout juste six mois.', 'il y a tout juste six mois', '2015-09-01', '2015-09-30', 'month', 'fr'],
    ["L'usine a fermé il y a à peine deux semaines.", 'il y a à peine deux semaines', '2016-03-14', '2016-03-14', 'day', 'fr'],
  ] as const)('%s', (text, span, from, to, precision, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, precision, parser: 'ago', relative: true })]);
  });

  it.each([
    ['The army drove IS out a year ago today.', 'a year ago today', '2015-03-28', 'en'],
    ['Two years ago to the day, the museum reopened.', 'Two years ago to the day', '2014-03-28', 'en'],
    ["Il y a un an jour pour jour, l'armée chassait l'EI.", 'Il y a un an jour pour jour', '2015-03-28', 'fr'],
    ["Il y a un an, jour pour jour, la ville tombait.", 'Il y a un an, jour pour jour', '2015-03-28', 'fr'],
    ["La ville a été reprise il y a six mois aujourd'hui.", "il y a six mois aujourd'hui", '2015-09-28', 'fr'],
  ] as const)('to the day: %s', (text, span, day, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from: day, to: day, precision: 'day', parser: 'ago' })]);
  });

  it.each([
    // "today" after a comma starts the next clause.
    ['A year ago, today’s victors were on the run.', 'A year ago', 'en'],
    // Days and weeks are days already.
    ['It happened a week ago today.', 'a week ago', 'en'],
  ] as const)('not to the day: %s', (text, span, lang) => {
    expect(read(text, { lang })[0]).toEqual(expect.objectContaining({ text: span }));
  });

  it('is unresolved without the page’s own date (its digits are no figure)', () => {
    expect(unresolved('It happened 4 days ago.', { anchor: 16_888, lang: 'en' })).toEqual(['4 days ago']);
    expect(unresolved('il y a 4 jours', { anchor: 16_888 })).toEqual(['il y a 4 jours']);
  });

  it.each([
    ['It happened a few days ago.', 'en'],
    ['It happened twenty-four days ago.', 'en'],
    ['Il y a quatre jours de marche jusqu’au col.', 'fr'],
    ['Il y a trois semaines de congés par an.'.replace('par an', 'payés'), 'fr'],
    ['Long ago, the city was rich.', 'en'],
    // A hedge before a count that is no time ago.
    ['Il y a près de 400 morts dans les rangs jihadistes.', 'fr'],
    ['Il y a tout juste deux semaines de vivres.', 'fr'],
  ] as const)('reads no date in %j', (text, lang) => {
    expect(spans(text, { lang })).toEqual([]);
  });
});
