import { describe, expect, it } from 'vitest';
import type { Reading } from '../types';
import { numericOrder } from './numeric-order';

const numeric = (day: number, month: number, order: Reading['order']): Reading => ({ start: 0, end: 10, parser: 'numeric', parts: { year: 2016, month, day }, order });

describe('numeric order refiner', () => {
  it('turns dates both orders allow when the caller says month first', () => {
    const out = numericOrder([numeric(4, 10, 'both'), numeric(27, 10, 'day-first')], 'fr', true);
    expect(out.map((r) => [r.parts.month, r.parts.day])).toEqual([[4, 10], [10, 27]]);
  });
  it('turns them on an English page that writes a date only month first allows, and no date only day first allows', () => {
    expect(numericOrder([numeric(4, 10, 'both'), numeric(25, 12, 'month-first')], 'en', undefined)[0]!.parts).toMatchObject({ month: 4, day: 10 });
    expect(numericOrder([numeric(4, 10, 'both'), numeric(25, 12, 'month-first'), numeric(27, 10, 'day-first')], 'en', undefined)[0]!.parts).toMatchObject({ month: 10, day: 4 });
    expect(numericOrder([numeric(4, 10, 'both'), numeric(25, 12, 'month-first')], 'fr', undefined)[0]!.parts).toMatchObject({ month: 10, day: 4 });
  });
});
