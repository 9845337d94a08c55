import { describe, expect, it } from 'vitest';
import { findWrittenDate, parseMachineDate } from './written-date';

describe('findWrittenDate', () => {
  it.each([
    ['Published 25 April 2016', '2016-04-25'],
    ['Publié le 27 mars 2016 à 19h10', '2016-03-27'],
    ['Par la rédaction — Publié le 1er avril 2016', '2016-04-01'],
    ['2016-03-27 21:15', '2016-03-27'],
    ['NewsWire Asia | Updated: 2016-03-27 21:15', '2016-03-27'],
    ['March 28, 2016 08:15', '2016-03-28'],
    ['Posted March 28 2016', '2016-03-28'],
    ['Sept. 19, 2016', '2016-09-19'],
    ['Tue 29 Nov 2016 15.26 EST', '2016-11-29'],
    ['mardi 29 mars 2016', '2016-03-29'],
    ['lundi 4 avril 2016', '2016-04-04'],
    ['mis à jour le 02/04/2016', '2016-04-02'],
    ['27.03.2016', '2016-03-27'],
    ['le 14 février 2016', '2016-02-14'],
    ['le 14 fevrier 2016', '2016-02-14'],
    ['15 août 2015', '2015-08-15'],
    ['3 déc. 2015', '2015-12-03'],
    ['December 3rd, 2015', '2015-12-03'],
    ['By Hannah Porter · March 30, 2016', '2016-03-30'],
  ])('reads %j', (text, iso) => {
    expect(findWrittenDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['Syrie 2011-2016 : cinq ans de guerre'],
    ['NBA standings, March 26'],
    ['© 2016 The Meridian Post'],
    ['ASM : victoire 27-13 face au Racing'],
    ['du 9 au 27 mars'],
    ['mardi 29'],
    ['Company No. 4471902'],
    ['31/02/2016'], // no such day
    ['le 7 marsupial 2016'],
    ['2 semaines et 4 jours'],
  ])('finds no full date in %j', (text) => {
    expect(findWrittenDate(text)).toBeNull();
  });

  it('does not read a month inside a longer word', () => {
    // "mar" must not be taken from "mardi", nor "mai" from "maison".
    expect(findWrittenDate('mardi 12 maison 2016')).toBeNull();
  });

  it('returns the earliest date and where it is written', () => {
    const text = 'Updated 12 April 2016, first published 27 March 2016';
    expect(findWrittenDate(text)).toEqual({ iso: '2016-04-12', index: 8, length: 13 });
  });

  it('reads numeric dates day first unless told the page writes month first', () => {
    expect(findWrittenDate('04/10/2016')?.iso).toBe('2016-10-04');
    expect(findWrittenDate('04/10/2016', { monthFirst: true })?.iso).toBe('2016-04-10');
    // A value above 12 settles the order either way.
    expect(findWrittenDate('10/27/2016')?.iso).toBe('2016-10-27');
    expect(findWrittenDate('27/10/2016', { monthFirst: true })?.iso).toBe('2016-10-27');
  });
});

describe('parseMachineDate', () => {
  it.each([
    ['2016-03-27T18:42:00+02:00', '2016-03-27'],
    ['2016-03-27', '2016-03-27'],
    ['  2016-03-27T23:59:59Z ', '2016-03-27'],
    ['20160327', '2016-03-27'],
    ['Sun, 27 Mar 2016 18:42:00 GMT', '2016-03-27'],
  ])('reads %j', (value, iso) => {
    expect(parseMachineDate(value)).toBe(iso);
  });

  it.each([[''], ['yesterday'], ['2016-13-01'], ['1234']])('rejects %j', (value) => {
    expect(parseMachineDate(value)).toBeNull();
  });
});
