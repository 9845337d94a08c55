import { describe, expect, it } from 'vitest';
import { findDigitRuns, parseDigitRun } from './digits';

const values = (text: string) => findDigitRuns(text).map((r) => r.value);

describe('digit runs', () => {
  it('reads thousands whatever the separator', () => {
    for (const s of ['270.000', '270 000', '270\u00a0000', '270\u202f000', '270,000']) {
      expect(values(`plus de ${s} morts`)).toEqual([270000]);
    }
    expect(values('2.000 ans')).toEqual([2000]);
    expect(values('1,234,567 people')).toEqual([1234567]);
  });
  it('reads decimals', () => {
    expect(parseDigitRun('1,5')).toEqual({ value: 1.5, decimal: true });
    expect(parseDigitRun('1.5')).toEqual({ value: 1.5, decimal: true });
    expect(parseDigitRun('1.234,5')).toEqual({ value: 1234.5, decimal: true });
    expect(parseDigitRun('0,125')).toEqual({ value: 0.125, decimal: true });
  });
  it('keeps years and neighbouring figures apart', () => {
    expect(values('En 2015 400 jihadistes')).toEqual([2015, 400]);
    expect(values('le 7 mars 2016')).toEqual([7, 2016]);
    expect(values('in 2013.')).toEqual([2013]);
  });
  it('does not read digits glued to letters as figures', () => {
    expect(values('COP21 et A4')).toEqual([]);
    expect(values('à Paris-8 et un Su-24')).toEqual([]);
  });
  it('marks leading zeros', () => {
    expect(findDigitRuns('No. 0442187')[0]!.leadingZero).toBe(true);
  });
});
