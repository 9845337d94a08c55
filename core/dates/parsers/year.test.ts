import { describe, expect, it } from 'vitest';
import { read, spans } from './test-kit';

describe('years', () => {
  it.each([
    ['Le groupe est apparu en 2013 dans le nord.', '2013', 'fr'],
    ['The town has been besieged since 2011.', '2013'.replace('2013', '2011'), 'en'],
    ["Fondée vers l'an 32 de notre ère.", '32', 'fr'],
    ["L'empereur la reprend en 272 ; elle ne s'en relève pas.", '272', 'fr'],
    ['The treaty was signed in 1678.', '1678', 'en'],
    ['1980 : inscription au patrimoine mondial.', '1980', 'fr'],
    ['Oil prices peaked in 2014, before the slide.', '2014', 'en'],
  ] as const)('%s', (text, span, lang) => {
    expect(read(text, { lang })).toContainEqual(expect.objectContaining({ text: span, precision: 'year', parser: 'year' }));
  });

  it('reads ranges of years as periods', () => {
    expect(read('la guerre civile (2011-2016)')).toEqual([expect.objectContaining({ text: '2011-2016', precision: 'years', period: ['2011-01-01', '2016-12-31'] })]);
    expect(read('de 2011 à 2016, le conflit')[0]).toMatchObject({ text: '2011 à 2016', precision: 'years' });
    expect(read('from 2011 to 2016', { lang: 'en' })[0]).toMatchObject({ text: '2011 to 2016', precision: 'years' });
  });

  it.each([
    ['2000 soldiers were sent.', 'en'],
    ['The Euro 2016 squad was named.', 'en'],
    ['Old Windows 2000 machines still run.', 'en'],
    ['La traversée a duré en 272 jours.', 'fr'],
    ['EUR/USD 1.1317 at the close', 'en'],
    ['Lot 2016-13-40 rappelé', 'fr'],
    ['Il y a 1500 habitants.', 'fr'],
  ] as const)('reads no year in %j', (text, lang) => {
    expect(spans(text, { lang })).toEqual([]);
  });
});
