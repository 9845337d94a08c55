import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median, percentile, round, spread } from '../../scripts/bench/stats';

describe('bench stats', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('ignores values that are not finite and gives NaN for nothing', () => {
    expect(median([1, Number.NaN, 3, Number.POSITIVE_INFINITY])).toBe(2);
    expect(median([])).toBeNaN();
    expect(percentile([], 95)).toBeNaN();
  });

  it('gives nearest-rank percentiles: always a measured value', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 1)).toBe(1);
    // 131 pages: the 125th smallest (ceil(0.95 × 131) = 125).
    expect(percentile(Array.from({ length: 131 }, (_, i) => i + 1), 95)).toBe(125);
    expect(percentile([0.5, 9], 95)).toBe(9);
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('keeps median ≤ p95 ≤ max, all of them values of the input', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1 }), (values) => {
        const s = spread(values);
        expect(s.n).toBe(values.length);
        expect(s.median).toBeLessThanOrEqual(s.p95);
        expect(s.p95).toBeLessThanOrEqual(s.max);
        expect(values).toContain(s.p95);
        expect(s.max).toBe(Math.max(...values));
      }),
    );
  });

  it('rounds for display without touching what is not a number', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(0.0049, 3)).toBe(0.005);
    expect(round(Number.NaN)).toBeNaN();
  });
});
