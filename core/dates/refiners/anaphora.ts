// Anaphoric days ("le lendemain", "the following day") are placed from the date mentioned just before
// them in the same text, when that date is one day; otherwise (no date before, a month, a period, a
// date that could not be placed) they stay unresolved. Run on the readings in text order, after the
// others are resolved (parse.ts passes each anaphor the date mentioned before it).
import type { Resolved } from '../resolve';

/** The day `offset` days from `previous`, the date mentioned just before; undefined unless that is one day. */
export function resolveAnaphor(offset: number, previous: Resolved | undefined): Resolved | undefined {
  if (previous === undefined || previous.precision !== 'day') return undefined;
  const day = previous.first + offset;
  return { first: day, last: day, precision: 'day', yearInferred: previous.yearInferred, relative: previous.relative };
}
