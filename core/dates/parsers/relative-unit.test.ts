import { describe, expect, it } from 'vitest';
import { read, spans, unresolved } from './test-kit';

// The page is dated Monday 28 March 2016.
describe('years, months and weeks placed by the page’s date', () => {
  it.each([
    ["Le rapport publié l'an dernier a fait date.", 'an dernier', '2015-01-01', '2015-12-31', 'year', 'fr'],
    ["Les chiffres de l'année dernière sont en baisse.", 'année dernière', '2015-01-01', '2015-12-31', 'year', 'fr'],
    ["Ils reviendront l'an prochain.", 'an prochain', '2017-01-01', '2017-12-31', 'year', 'fr'],
    ['Cette année, la saison commence tôt.', 'Cette année', '2016-01-01', '2016-12-31', 'year', 'fr'],
    ['The study came out last year.', 'last year', '2015-01-01', '2015-12-31', 'year', 'en'],
    ['Le mois dernier, les prix ont grimpé.', 'mois dernier', '2016-02-01', '2016-02-29', 'month', 'fr'],
    ['Prices climbed last month.', 'last month', '2016-02-01', '2016-02-29', 'month', 'en'],
    ['Tout sera réglé ce mois-ci.', 'ce mois-ci', '2016-03-01', '2016-03-31', 'month', 'fr'],
    ['The ruling is expected next month.', 'next month', '2016-04-01', '2016-04-30', 'month', 'en'],
    ['La semaine dernière, le trafic a repris.', 'semaine dernière', '2016-03-21', '2016-03-27', 'days', 'fr'],
    ['Talks continue this week.', 'this week', '2016-03-28', '2016-04-03', 'days', 'en'],
  ] as const)('%s', (text, span, from, to, precision, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, precision, parser: 'relative-unit', relative: true })]);
  });

  it('is unresolved without the page’s own date', () => {
    expect(unresolved("l'an dernier", { anchor: 16_888 })).toEqual(['an dernier']);
    expect(unresolved('last week', { anchor: 16_888, lang: 'en' })).toEqual(['last week']);
  });

  it.each([
    ['Over the last year, prices doubled.', 'en'],
    ['In the past week nothing moved.', 'en'],
    ['The next week brought rain.', 'en'],
    ['les trois derniers mois de la guerre', 'fr'],
    ['Les années passées ont été dures.', 'fr'],
    ['for many years', 'en'],
  ] as const)('reads no relative date in %j', (text, lang) => {
    expect(spans(text, { lang })).toEqual([]);
  });
});
