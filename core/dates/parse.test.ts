import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import { dayFromIso, isoFromDay } from './calendar';
import { findDates } from './parse';

const ANCHOR = dayFromIso('2016-03-27')!;

/** Dates read with the page's own date as anchor and as publication date (relative dates need it). */
function read(text: string, lang: 'fr' | 'en' = 'fr', anchor: number | undefined = ANCHOR, published: number | undefined = anchor) {
  return findDates(text, tokenize(text), { anchor, published, lang }).dates.map((d) => ({
    text: text.slice(d.start, d.end),
    from: isoFromDay(d.first),
    to: isoFromDay(d.last),
    precision: d.precision,
    ...(d.period ? { period: [isoFromDay(d.period.from[0]), isoFromDay(d.period.to[1])] } : {}),
  }));
}

describe('French dates', () => {
  it.each([
    ["l'armée avait lancé le 7 mars l'offensive", '7 mars', '2016-03-07', '2016-03-07', 'day'],
    ["qui s'en était emparée en mai 2015", 'mai 2015', '2015-05-01', '2015-05-31', 'month'],
    ['fin septembre 2015, de la Russie', 'fin septembre 2015', '2015-09-21', '2015-09-30', 'month-part'],
    ['début mars', 'début mars', '2016-03-01', '2016-03-10', 'month-part'],
    ['à la mi-mars', 'mi-mars', '2016-03-11', '2016-03-20', 'month-part'],
    ["L'EI s'était emparé de la ville le 21 mai 2015", '21 mai 2015', '2015-05-21', '2015-05-21', 'day'],
    ['le 1er avril', '1er avril', '2016-04-01', '2016-04-01', 'day'],
    ['ont annoncé dimanche 3 avril', 'dimanche 3 avril', '2016-04-03', '2016-04-03', 'day'],
    ['Mardi 22 mars, deux explosions', 'Mardi 22 mars', '2016-03-22', '2016-03-22', 'day'],
    ['dans le conflit en 2013', '2013', '2013-01-01', '2013-12-31', 'year'],
    ['depuis mai dernier', 'mai dernier', '2015-05-01', '2015-05-31', 'month'],
    ["l'an dernier", 'an dernier', '2015-01-01', '2015-12-31', 'year'],
    ['en janvier', 'janvier', '2016-01-01', '2016-01-31', 'month'],
    ['en mai', 'mai', '2015-05-01', '2015-05-31', 'month'],
    ["en mai de l'an dernier", "mai de l'an dernier", '2015-05-01', '2015-05-31', 'month'],
    ['le 9 avril', '9 avril', '2016-04-09', '2016-04-09', 'day'],
    ['Publié le 02/04/2016', '02/04/2016', '2016-04-02', '2016-04-02', 'day'],
    ['le 22.03.2016', '22.03.2016', '2016-03-22', '2016-03-22', 'day'],
  ])('%s', (text, span, from, to, precision) => {
    expect(read(text)).toEqual([{ text: span, from, to, precision }]);
  });
  it('reads ranges and periods', () => {
    expect(read("L'ONU espère un deuxième round autour du 9-10 avril.")).toEqual([
      { text: '9-10 avril', from: '2016-04-09', to: '2016-04-10', precision: 'days' },
    ]);
    expect(read('vers le 9 ou le 10 avril')).toMatchObject([{ text: '9 ou le 10 avril', from: '2016-04-09', to: '2016-04-10' }]);
    expect(read('du 9 au 27 mars 2016')).toEqual([
      { text: '9 au 27 mars 2016', from: '2016-03-09', to: '2016-03-27', precision: 'days', period: ['2016-03-09', '2016-03-27'] },
    ]);
    expect(read('entre le 20 et le 27 mars')).toMatchObject([{ period: ['2016-03-20', '2016-03-27'] }]);
  });
  it('reads centuries', () => {
    const bc = read('au XVIIIe siècle av. J.-C.');
    expect(bc).toHaveLength(1);
    expect(bc[0]!.precision).toBe('century');
    expect(bc[0]!.from.startsWith('-')).toBe(true);
    expect(read('Au IIIe siècle')).toMatchObject([{ from: '0201-01-01', to: '0300-12-31' }]);
    // Years below 100 are years of the first century, not of the 1900s (JavaScript's Date.UTC pitfall).
    expect(read('au 1er siècle')).toMatchObject([{ from: '0001-01-01', to: '0100-12-31' }]);
    expect(read("en l'an 32 de notre ère")).toMatchObject([{ from: '0032-01-01', to: '0032-12-31' }]);
    // Past four-digit years a century is no date (the fuzzer found "2758e century" ending on NaN).
    expect(read('le 100e siècle')).toMatchObject([{ text: '100e siècle', precision: 'century' }]);
    for (const text of ['2758e century ', 'au MMMe siècle', 'the 101st century']) {
      const reading = findDates(text, tokenize(text), { anchor: ANCHOR, lang: 'fr' });
      expect(reading.dates, text).toEqual([]);
      expect(reading.unresolved, text).toHaveLength(1);
    }
  });
});

describe('English dates', () => {
  it.each([
    ['on Sunday, March 27, 2016, handing', 'Sunday, March 27, 2016', '2016-03-27', '2016-03-27', 'day'],
    ['launched on March 7 with', 'March 7', '2016-03-07', '2016-03-07', 'day'],
    ['since May 2015', 'May 2015', '2015-05-01', '2015-05-31', 'month'],
    ['in late September 2015', 'late September 2015', '2015-09-21', '2015-09-30', 'month-part'],
    ['early March', 'early March', '2016-03-01', '2016-03-10', 'month-part'],
    ['since last May', 'last May', '2015-05-01', '2015-05-31', 'month'],
    ['in May last year', 'May last year', '2015-05-01', '2015-05-31', 'month'],
    ['came out last year', 'last year', '2015-01-01', '2015-12-31', 'year'],
    ['Published 25 April 2016', '25 April 2016', '2016-04-25', '2016-04-25', 'day'],
    ['the 27th of March', '27th of March', '2016-03-27', '2016-03-27', 'day'],
    ['2016-03-27 21:15', '2016-03-27', '2016-03-27', '2016-03-27', 'day'],
  ])('%s', (text, span, from, to, precision) => {
    expect(read(text, 'en')).toEqual([{ text: span, from, to, precision }]);
  });
  it('reads "April 9-10" as two days', () => {
    expect(read('around April 9-10', 'en')).toMatchObject([{ text: 'April 9-10', from: '2016-04-09', to: '2016-04-10' }]);
  });
});

describe('negative cases', () => {
  it.each([
    'Euro 2016 squad',
    'sept morts et trois blessés',
    'it may rain',
    '2000 soldiers',
    'Mars is a planet... no: "Mars" alone',
    'the 23-man squad',
    'France 4-2 Russia',
    'They march on the ministry at dawn.',
    'He was quoted by the Sunday Times.',
    'Le score final, 31-27, a surpris.',
    'Call +33 6 12 34 56 78 or 06.12.34.56.78 now.',
    'A ratio of 3/4 and a share of 1/3.',
    'Upgrade to version 2.10.16 or 4.1.12.',
    'Les Mars de la NASA',
  ])('finds no date in %s', (text) => {
    expect(read(text, 'en')).toEqual([]);
    expect(read(text, 'fr').filter((d) => d.text !== 'Mars')).toEqual([]);
  });
  it('reports weekdays and relative dates unresolved without the page’s own date, never guessed', () => {
    const text = "Dimanche, l'armée a repris la ville perdue l'an dernier, il y a dix mois, le mois dernier.";
    const r = findDates(text, tokenize(text), { anchor: ANCHOR, lang: 'fr' });
    expect(r.dates).toEqual([]);
    expect(r.unresolved.map((u) => text.slice(u.start, u.end))).toEqual(['Dimanche', 'an dernier', 'il y a dix mois', 'mois dernier']);
  });
  it('names the parser of every date, and marks weekdays and anaphoric days', () => {
    const text = 'Le dimanche 27 mars 2016, puis le lendemain et mardi.';
    const r = findDates(text, tokenize(text), { anchor: ANCHOR, published: ANCHOR, lang: 'fr' });
    expect(r.dates.map((d) => [text.slice(d.start, d.end), d.parser, d.weekday ?? false, d.anaphoric ?? false, isoFromDay(d.first)])).toEqual([
      ['dimanche 27 mars 2016', 'weekday+day-month', true, false, '2016-03-27'],
      ['lendemain', 'anaphoric', false, true, '2016-03-28'],
      ['mardi', 'weekday', true, false, '2016-03-22'],
    ]);
  });
  it('leaves year-less dates unresolved without a page date', () => {
    const text = 'le 7 mars';
    const r = findDates(text, tokenize(text), {});
    expect(r.dates).toEqual([]);
    expect(r.unresolved).toHaveLength(1);
  });
  it('reads times of day as times, not dates', () => {
    const text = 'Publié le 27 mars 2016 à 19h10, mis à jour à 6:42 PM et 6 a.m.';
    const r = findDates(text, tokenize(text), { anchor: ANCHOR });
    expect(r.times.map((t) => text.slice(t.start, t.end))).toEqual(['19h10', '6:42 PM', '6 a.m.']);
  });
});
