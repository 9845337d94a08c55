// A weekday of a week the page's date places: "Tuesday of last week", "Tuesday last week", "mardi de
// la semaine dernière", "le vendredi de la semaine prochaine". The weekday parser and the relative-unit
// parser each read their half; this joins them into the one day (weeks run Monday to Sunday).
import { ARTICLES, OF } from '../lexicon';
import type { Reading } from '../types';

/** At most "de la" / "of the" between the two halves. */
const MAX_JOINING_WORDS = 2;

/** The words between the weekday and the week join them: none, "of", "de la". */
function joins(between: string): boolean {
  const words = between.toLowerCase().split(/[\s\u00a0\u202f]+/).filter(Boolean);
  if (words.length > MAX_JOINING_WORDS) return false;
  return words.every((w, k) => (k === 0 ? OF.has(w) : ARTICLES.has(w)));
}

/** Merges in place (the array is compacted) and returns it. */
export function mergeWeekdayOfWeek(readings: Reading[], text: string): Reading[] {
  let n = 0;
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    const next = readings[k + 1];
    const p = r.parts;
    if (
      next !== undefined &&
      p.weekday !== undefined && p.weekdayShift === undefined && p.day === undefined && p.month === undefined &&
      next.parts.unitShift?.unit === 'week' &&
      joins(text.slice(r.end, next.start))
    ) {
      readings[n++] = { ...next, start: r.start, parser: 'weekday+relative-unit', parts: { ...next.parts, weekday: p.weekday } };
      k++;
      continue;
    }
    readings[n++] = r;
  }
  readings.length = n;
  return readings;
}
