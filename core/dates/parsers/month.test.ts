import { describe, expect, it } from 'vitest';
import { read, spans } from './test-kit';

describe('month and year, month alone after a preposition', () => {
  it.each([
    ["La ville était tombée en mai 2015 après une semaine de combats.", 'mai 2015', '2015-05-01', '2015-05-31', 'fr'],
    ['Prices have fallen since May 2015.', 'May 2015', '2015-05-01', '2015-05-31', 'en'],
    ['Les élections auront lieu en janvier.', 'janvier', '2016-01-01', '2016-01-31', 'fr'],
    ['Nobody has seen him since May.', 'May', '2015-05-01', '2015-05-31', 'en'],
    ["Les travaux ont repris au mois d'août.", 'août', '2015-08-01', '2015-08-31', 'fr'],
    ['The report is due in April.', 'April', '2016-04-01', '2016-04-30', 'en'],
    ['Depuis février, rien.', 'février', '2016-02-01', '2016-02-29', 'fr'],
  ] as const)('%s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, precision: 'month', parser: 'month' })]);
  });

  it.each([
    ['It may rain at night.', 'en'],
    ['May I ask a question?', 'en'],
    ['Mars is red and cold.', 'en'],
    ['Probes in Mars orbit', 'en'],
    ['They march on the capital.', 'en'],
    ['Sept morts et trois blessés.', 'fr'],
    ['Avril Lavigne chantera à Paris.', 'fr'],
    ['Le mois de janvier a été doux, et février plus encore', 'fr'],
    ['A June wedding is planned.', 'en'],
  ] as const)('reads no month in %j', (text, lang) => {
    expect(spans(text, { lang }).filter((s) => !/^\d/.test(s))).toEqual(text.startsWith('Le mois') ? ['janvier'] : []);
  });
});
