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

describe('phone numbers', () => {
  it('are found, and thousands are not taken for them', async () => {
    const { findPhoneNumbers } = await import('./digits');
    const spans = (text: string) => findPhoneNumbers(text).map((s) => text.slice(s.start, s.end));
    expect(spans('Appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89.')).toEqual(['01 23 45 67 89', '+33 1 23 45 67 89']);
    expect(spans('Call (555) 123-4567 now')).toEqual(['(555) 123-4567']);
    expect(spans('12 345 678 habitants, 270 000 morts, le 7 mars 2016')).toEqual([]);
  });
});
