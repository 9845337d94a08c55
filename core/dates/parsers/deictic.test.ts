import { describe, expect, it } from 'vitest';
import { read, unresolved } from './test-kit';

describe("days named from the page's date (a page of Monday 28 March 2016)", () => {
  it.each([
    ["L'armée a reconquis hier la cité antique.", 'hier', '2016-03-27', 'fr'],
    ["Aujourd'hui, les démineurs entrent dans la ville.", "Aujourd'hui", '2016-03-28', 'fr'],
    ['Les pourparlers reprendront demain à Genève.', 'demain', '2016-03-29', 'fr'],
    ["Avant-hier, les premiers soldats entraient dans la ville.", 'Avant-hier', '2016-03-26', 'fr'],
    ['Syrian forces were in full control of the city yesterday.', 'yesterday', '2016-03-27', 'en'],
    ['Talks resume tomorrow, the UN said.', 'tomorrow', '2016-03-29', 'en'],
    ["Yesterday's victory was hailed in Damascus.", 'Yesterday', '2016-03-27', 'en'],
  ] as const)('%s', (text, span, iso, lang) => {
    expect(read(text, { lang })).toContainEqual(expect.objectContaining({ text: span, from: iso, to: iso, precision: 'day', parser: 'deictic', relative: true }));
  });

  it('leaves them unplaced on a page without a date', () => {
    expect(unresolved("L'armée a repris hier la ville.", { anchor: 16_888 })).toEqual(['hier']);
  });

  it('reads no day in other words', () => {
    expect(read('The hierarchy of the group and the avant-garde.', { lang: 'en' })).toEqual([]);
    expect(read("La hiérarchie du groupe et l'avant-garde.", { lang: 'fr' })).toEqual([]);
  });
});
