import { describe, expect, it } from 'vitest';
import { read, spans } from './test-kit';

describe('a season and its year', () => {
  it.each([
    ["L'EI tient la ville depuis le printemps 2015.", 'printemps 2015', '2015-03-01', '2015-06-21', 'fr'],
    ["L'aviation russe est intervenue à l'automne 2015.", 'automne 2015', '2015-09-01', '2015-12-21', 'fr'],
    ["Les fouilles ont repris à l'été de 2019.", 'été de 2019', '2019-06-01', '2019-09-23', 'fr'],
    ['Russian jets arrived in the autumn of 2015.', 'autumn of 2015', '2015-09-01', '2015-12-21', 'en'],
    ['The group had held the town since spring 2015.', 'spring 2015', '2015-03-01', '2015-06-21', 'en'],
    ['Russia stepped in during fall 2015.', 'fall 2015', '2015-09-01', '2015-12-21', 'en'],
  ] as const)('%s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, parser: 'season' })]);
  });

  it.each([
    // Placed by the page's date (Monday 28 March 2016): the latest such season before it, or the next.
    ['Russia began its air campaign last autumn.', 'last autumn', '2015-09-01', '2015-12-21', 'en'],
    ["L'EI tient la ville depuis le printemps dernier.", 'printemps dernier', '2015-03-01', '2015-06-21', 'fr'],
    ['The group overran the town last spring.', 'last spring', '2015-03-01', '2015-06-21', 'en'],
    ['Les fouilles reprendront l\'été prochain.', 'été prochain', '2016-06-01', '2016-09-23', 'fr'],
  ] as const)('%s, relative', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, parser: 'season' })]);
  });

  it.each([
    ['The fall of Palmyra stunned the world.', 'en'],
    ['It was the last spring of the war.', 'en'],
    ['Cet été, les touristes reviendront.', 'fr'],
    ["L'automne, 2 000 visiteurs sont venus.", 'fr'],
    ['Spring came early to the desert.', 'en'],
  ] as const)('reads no date in %j', (text, lang) => {
    expect(spans(text, { lang })).toEqual([]);
  });
});
