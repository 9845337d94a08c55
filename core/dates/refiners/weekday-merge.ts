// A weekday written just before a date is part of it: "dimanche 27 mars", "Sunday, March 27, 2016",
// "ce dimanche 27 mars", "last Tuesday, March 22", "dimanche 27.03.2016", "mardi 22/03", "du dimanche 27
// au lundi 28 mars". The date keeps its own reading (the weekday does not move it) and is marked as
// written with a weekday. Weak readings ("22/03") that no weekday confirms are dropped here.
import type { Reading } from '../types';

const ONLY_SPACE_OR_COMMA = /^[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*$/;

/** A weekday alone, shifted or not: "dimanche", "ce dimanche", "last Tuesday" (the date after it says which). */
function weekdayOnly(r: Reading): boolean {
  const p = r.parts;
  return p.weekday !== undefined && p.day === undefined && p.month === undefined;
}

/** Merges in place (the array is compacted) and returns it. */
export function mergeWeekdays(readings: Reading[], text: string): Reading[] {
  let n = 0;
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    const next = readings[k + 1];
    if (
      next !== undefined &&
      weekdayOnly(r) &&
      !next.time &&
      next.parts.day !== undefined &&
      next.parts.weekday === undefined &&
      next.start - r.end <= 4 &&
      ONLY_SPACE_OR_COMMA.test(text.slice(r.end, next.start))
    ) {
      const { weak: _weak, ...date } = next;
      readings[n++] = { ...date, start: r.start, parser: `weekday+${next.parser}`, weekday: true, parts: { ...next.parts, weekday: r.parts.weekday } };
      k++;
      continue;
    }
    if (!r.weak) readings[n++] = r;
  }
  readings.length = n;
  return readings;
}
