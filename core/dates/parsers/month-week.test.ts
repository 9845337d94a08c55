import { describe, expect, it } from 'vitest';
import { read, spans } from './test-kit';

// The page is dated Monday 28 March 2016.
describe('a week of a month', () => {
  it.each([
    ['The offensive began in the first week of March.', 'first week of March', '2016-03-01', '2016-03-07', 'en'],
    ['Fighting peaked in the last week of March 2016.', 'last week of March 2016', '2016-03-25', '2016-03-31', 'en'],
    ["L'offensive a commencé la première semaine de mars.", 'première semaine de mars', '2016-03-01', '2016-03-07', 'fr'],
    ['Les frappes ont redoublé la troisième semaine de mars 2016.', 'troisième semaine de mars 2016', '2016-03-15', '2016-03-21', 'fr'],
  ] as const)('%s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, precision: 'days', parser: 'month-week' })]);
  });

  it.each([
    ['The first week of the offensive was the hardest.', 'en'],
    ['La première semaine de combats a été la plus dure.', 'fr'],
  ] as const)('reads no date in %j', (text, lang) => {
    expect(spans(text, { lang })).toEqual([]);
  });
});
