// Anaphoric days ("le lendemain", "the following day") are placed from the date mentioned just before
// them in the same text, when that date is one day; otherwise (no date before, a month, a period, a
// date that could not be placed) they stay unresolved. Run on the readings in text order, after the
// others are resolved (parse.ts passes each anaphor the date mentioned before it).
import type { Resolved } from '../resolve';

/**
 * The day `offset` days from `previous`, the date mentioned just before, give or take `spread` days
 * ("three weeks earlier": half a week); undefined unless that is one day.
 */
export function resolveAnaphor(offset: number, previous: Resolved | undefined, spread = 0): Resolved | undefined {
  if (previous === undefined || previous.precision !== 'day') return undefined;
  const day = previous.first + offset;
  if (spread > 0) return { first: Math.ceil(day - spread), last: Math.floor(day + spread), precision: 'days', yearInferred: previous.yearInferred, relative: previous.relative };
  return { first: day, last: day, precision: 'day', yearInferred: previous.yearInferred, relative: previous.relative };
}
