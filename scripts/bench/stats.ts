// Robust summaries for noisy timings: medians and nearest-rank percentiles, never means (one slow
// page or one GC pause must not move the headline number).

export interface Spread {
  median: number;
  p95: number;
  max: number;
  n: number;
}

function sorted(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Median (mean of the two middle values for an even count); NaN for no value. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below it, so it
 * is always a value that was measured (p95 of 131 pages is the 125th smallest).
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  return s[Math.ceil((p / 100) * s.length) - 1]!;
}

export function spread(values: readonly number[]): Spread {
  const s = sorted(values);
  return { median: median(s), p95: percentile(s, 95), max: s.length ? s[s.length - 1]! : Number.NaN, n: s.length };
}

/** Rounds for display and JSON: timings to 0.01 ms, ratios to 0.01, without noise digits. */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
