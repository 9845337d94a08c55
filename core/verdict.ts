// Verdicts from intervals: compatible means the page's interval and the reference's intersect.
import { isoFromDay } from './dates/calendar';
import type { Dimension, Interval, Verdict } from './types';

export function intersects(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.min, b.min);
  const hi = Math.min(a.max, b.max);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // They touch at one point: compatible only if both include it.
  const aHas = (lo !== a.min || !a.minOpen) && (lo !== a.max || !a.maxOpen);
  const bHas = (lo !== b.min || !b.minOpen) && (lo !== b.max || !b.maxOpen);
  return aHas && bHas;
}

export function verdictOf(page: Interval, reference: Interval): Exclude<Verdict, 'unrelated'> {
  return intersects(page, reference) ? 'supported' : 'contradicted';
}

/** How far apart two incompatible intervals are, signed from the reference to the page. */
export interface Delta {
  dimension: Dimension;
  /** The page's nearest value and the reference's, in the dimension's unit (days for dates and durations). */
  page: number;
  reference: number;
  difference: number;
}

export function deltaOf(dimension: Dimension, page: Interval, reference: Interval): Delta | undefined {
  if (intersects(page, reference)) return undefined;
  if (page.min >= reference.max) return { dimension, page: page.min, reference: reference.max, difference: page.min - reference.max };
  return { dimension, page: page.max, reference: reference.min, difference: page.max - reference.min };
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10);
const signed = (n: number) => (n > 0 ? `+${round(n)}` : `\u2212${round(-n)}`);

/** "page 180, reference 188: −8" (English; the UI formats its own language from the numbers). */
export function describeDelta(d: Delta, unitForDuration: 'days' = 'days'): string {
  if (d.dimension === 'date') {
    return `page ${isoFromDay(d.page)}, reference ${isoFromDay(d.reference)}: ${signed(d.difference)} ${Math.abs(d.difference) === 1 ? 'day' : 'days'}`;
  }
  const unit = d.dimension === 'duration' ? ` ${unitForDuration}` : d.dimension === 'distance' ? ' km' : '';
  return `page ${round(d.page)}${unit}, reference ${round(d.reference)}${unit}: ${signed(d.difference)}`;
}
