import { describe, expect, it } from 'vitest';
import { read } from '../parsers/test-kit';

describe('two dates linked as a period', () => {
  it.each([
    ['La trêve court du 9 mars au 2 avril 2016.', '9 mars au 2 avril 2016', '2016-03-09', '2016-04-02', 'fr'],
    ['Roads stay shut from March 20 to April 2.', 'March 20 to April 2', '2016-03-20', '2016-04-02', 'en'],
    ['Exposition : 27 mars 2016 – 2 avril 2016', '27 mars 2016 – 2 avril 2016', '2016-03-27', '2016-04-02', 'fr'],
    ['entre le 20 mars et le 2 avril', '20 mars et le 2 avril', '2016-03-20', '2016-04-02', 'fr'],
    ["ouvert jusqu'au bout : du 28 décembre au 3 janvier 2016", '28 décembre au 3 janvier 2016', '2015-12-28', '2016-01-03', 'fr'],
    ['du 7 mars 2016 jusqu’au 2 avril', '7 mars 2016 jusqu’au 2 avril', '2016-03-07', '2016-04-02', 'fr'],
  ] as const)('%s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, precision: 'days', period: [from, to] })]);
  });

  it('keeps the start’s year when the end has none', () => {
    expect(read('du 20 décembre 2015 au 4 janvier')[0]).toMatchObject({ from: '2015-12-20', to: '2016-01-04' });
  });

  it.each([
    ['le 7 mars et le 9 avril', 'fr', ['7 mars', '9 avril']],
    ['le 7 mars à 10h30', 'fr', ['7 mars']],
    ['le 7 mars à Palmyre, le 9 avril à Alep', 'fr', ['7 mars', '9 avril']],
    ['March 7, then April 2', 'en', ['March 7', 'April 2']],
  ] as const)('does not join %j', (text, lang, expected) => {
    expect(read(text, { lang }).map((d) => d.text)).toEqual(expected);
  });
});
