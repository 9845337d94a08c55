import { describe, expect, it } from 'vitest';
import { read, spans } from '../parsers/test-kit';

// The page is dated Monday 28 March 2016: last week ran from Monday 21 to Sunday 27 March.
describe('a weekday of a week the page places', () => {
  it.each([
    ['On Tuesday of last week, two bombs went off in Brussels.', 'Tuesday of last week', '2016-03-22', 'en'],
    ['The airport reopened on Thursday last week.', 'Thursday last week', '2016-03-24', 'en'],
    ['Les explosions du mardi de la semaine dernière ont fait 32 morts.', 'mardi de la semaine dernière', '2016-03-22', 'fr'],
    ['Le sommet aura lieu le vendredi de la semaine prochaine.', 'vendredi de la semaine prochaine', '2016-04-08', 'fr'],
  ] as const)('%s', (text, span, day, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from: day, to: day, precision: 'day', parser: 'weekday+relative-unit' })]);
  });

  it('keeps the two apart when something else stands between them', () => {
    expect(spans('On Tuesday, last week’s toll was revised.', { lang: 'en' })).toEqual(['Tuesday', 'last week']);
    expect(spans('Mardi. La semaine dernière, rien.', { lang: 'fr' })).toEqual(['Mardi', 'semaine dernière']);
    // A weekday already shifted says which one by itself.
    expect(read('last Tuesday of last week', { lang: 'en' }).map((d) => d.parser)).not.toContain('weekday+relative-unit');
  });
});
