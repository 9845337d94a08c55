import { describe, expect, it } from 'vitest';
import { MONDAY_28_MARCH_2016, read, unresolved } from './test-kit';

describe('days counted from the previous date of the text', () => {
  it.each([
    ["L'offensive a commencé le 7 mars ; le lendemain, la ville était encerclée.", 'lendemain', '2016-03-08', 'fr'],
    ['Le 7 mars, tout était calme, mais la veille, des tirs avaient eu lieu.', 'veille', '2016-03-06', 'fr'],
    ['Le 7 mars, puis le surlendemain, des renforts sont arrivés.', 'surlendemain', '2016-03-09', 'fr'],
    ["Le 7 mars, comme l'avant-veille, le marché a fermé.", 'avant-veille', '2016-03-05', 'fr'],
    ['Strikes began on March 7 and the following day the roads closed.', 'following day', '2016-03-08', 'en'],
    ['On March 7 the army moved; the next day it stopped.', 'next day', '2016-03-08', 'en'],
    ['It opened on March 7. The day before, crowds had gathered.', 'The day before', '2016-03-06', 'en'],
    ['It opened on March 7; a day later it closed.', 'a day later', '2016-03-08', 'en'],
    ['It closed on March 7, two days earlier than planned.', 'two days earlier', '2016-03-05', 'en'],
    ['Le 7 mars, puis un jour plus tard, la relève.', 'un jour plus tard', '2016-03-08', 'fr'],
  ] as const)('%s', (text, span, iso, lang) => {
    expect(read(text, { lang })).toContainEqual(expect.objectContaining({ text: span, from: iso, to: iso, precision: 'day', parser: 'anaphoric', anaphoric: true }));
  });

  it('counts weeks from the previous day, give or take half a week, and leaves months to offsets', () => {
    expect(read("Dimanche 27 mars, l'armée a repris la ville. L'offensive avait été lancée trois semaines plus tôt.", { lang: 'fr' })).toContainEqual(
      expect.objectContaining({ text: 'trois semaines plus tôt', from: '2016-03-03', to: '2016-03-09', precision: 'days', anaphoric: true }),
    );
    expect(read('Troops entered the town on 27 March 2016; two weeks later the deminers arrived.', { lang: 'en' })).toContainEqual(
      expect.objectContaining({ text: 'two weeks later', from: '2016-04-07', to: '2016-04-13', anaphoric: true }),
    );
    // "four months earlier": the time between two events the text compares, read as a length.
    expect(read('IS claimed the Brussels attacks on 22 March 2016, four months earlier than planned.', { lang: 'en' }).filter((d) => d.anaphoric)).toEqual([]);
  });

  it('follows a date placed from the page too', () => {
    // Sunday 27 March (the page is of Monday 28 March), then the day after it.
    expect(read('Dimanche, la ville est tombée ; le lendemain, les démineurs sont entrés.')[1]).toMatchObject({ text: 'lendemain', from: '2016-03-28', relative: true });
  });

  it('is unresolved with no single day just before it', () => {
    expect(unresolved('Le lendemain, tout a changé.')).toEqual(['lendemain']);
    expect(unresolved('En mai 2015, la ville tombe ; le lendemain, rien.')).toEqual(['lendemain']);
    expect(unresolved('Du 9 au 27 mars, puis le lendemain.', { anchor: 16_888 })).toEqual(['lendemain']);
    expect(unresolved('The next day, nothing moved.', { lang: 'en' })).toEqual(['next day']);
  });

  it.each([
    ['Le 7 mars, à la veille du scrutin, la tension monte.', 'fr'],
    ['On March 7, the day after the vote, crowds gathered.', 'en'],
    ["Le 7 mars, au lendemain de l'attaque, la ville pleure.", 'fr'],
    ['Le 7 mars, il a veillé sur le blessé.', 'fr'],
    ['On March 7, the day before yesterday, nothing.', 'en'],
  ] as const)('reads no anaphoric day in %j', (text, lang) => {
    expect(read(text, { lang }).filter((d) => d.anaphoric)).toEqual([]);
    expect(unresolved(text, { lang, anchor: MONDAY_28_MARCH_2016, published: MONDAY_28_MARCH_2016 })).toEqual([]);
  });
});
