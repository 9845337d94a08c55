import { describe, expect, it } from 'vitest';
import { machineDate } from './iso';
import { read, spans, times } from './test-kit';

describe('ISO and year-first dates', () => {
  it.each([
    ['Révisé le 2016-03-07 en soirée', '2016-03-07', '2016-03-07'],
    ['stamp: 2016/03/27, desk B', '2016/03/27', '2016-03-27'],
    ['archivé 2016.3.9 par le service', '2016.3.9', '2016-03-09'],
  ])('%s', (text, span, iso) => {
    expect(read(text)).toEqual([expect.objectContaining({ text: span, from: iso, precision: 'day', parser: 'iso' })]);
  });

  it('reads the date of a timestamp, and its time as a time', () => {
    const text = 'Last change 2016-03-27T18:42:00Z by the editor';
    expect(spans(text)).toEqual(['2016-03-27']);
    expect(times(text)).toEqual(['18:42:00']);
  });

  it.each(['code 2016-13-40', 'ref 12016-03-07', 'lot 2016-03-07-9 du stock', 'serial 2016/03/27/4'])('reads no date in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('machineDate (meta tags)', () => {
  it('reads the date an ISO or compact value starts with, valid or not', () => {
    expect(machineDate('2016-03-27T18:42:00+02:00')).toEqual({ year: 2016, month: 3, day: 27 });
    expect(machineDate('20160327')).toEqual({ year: 2016, month: 3, day: 27 });
    expect(machineDate('2016-13-01')).toEqual({ year: 2016, month: 13, day: 1 });
  });
  it('says nothing of other values', () => {
    expect(machineDate('Sun, 27 Mar 2016')).toBeUndefined();
    expect(machineDate('201603271')).toBeUndefined();
    expect(machineDate('')).toBeUndefined();
  });
});
