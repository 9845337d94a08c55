import { describe, expect, it } from 'vitest';
import { read, spans } from './test-kit';

describe('decades', () => {
  it.each([
    ['Tourism boomed in the 1990s.', '1990s', '1990-01-01', '1999-12-31', 'en'],
    ['Dans les années 1980, le site attirait les foules.', '1980', '1980-01-01', '1989-12-31', 'fr'],
    ['Les années 80 ont vu naître le festival.', '80', '1980-01-01', '1989-12-31', 'fr'],
    ['Au cours de la décennie 2000, tout a changé.', '2000', '2000-01-01', '2009-12-31', 'fr'],
  ] as const)('%s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, precision: 'decade', parser: 'decade' })]);
  });

  it.each([
    ['Dans les années 1985, le site a fermé.', 'fr', ['1985']],
    ['Les 90 ans du fondateur', 'fr', []],
    ['the 1995s', 'en', []],
  ] as const)('reads no decade in %j', (text, lang, others) => {
    expect(read(text, { lang }).filter((d) => d.precision === 'decade')).toEqual([]);
    expect(spans(text, { lang })).toEqual(others);
  });
});
