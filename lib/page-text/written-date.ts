// Reads a full calendar date (day, month and year all written) of a news page in English or French:
// bylines ("Publié le 27 mars 2016 à 19h10", "March 28, 2016 08:15"), numeric stamps
// ("2016-03-27 21:15", "02/04/2016") and machine values of meta tags ("2016-03-27T18:42:00Z").
// The same date reader as the story's text (core/dates), so a byline and a body read dates alike.
// A date without its year is not enough to date a page, so it is never returned.

import { daysInMonth, isoFromDay } from '../../core/dates/calendar';
import { readDates } from '../../core/dates/parse';
import { machineDate } from '../../core/dates/parsers/iso';
import { tokenize } from '../../core/text/tokens';

export interface WrittenDate {
  /** yyyy-mm-dd */
  iso: string;
  /** Where the date starts in the text, and how long it is written. */
  index: number;
  length: number;
}

/** yyyy-mm-dd for a plausible news date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100) || !(month >= 1 && month <= 12)) return null;
  if (!(day >= 1 && day <= daysInMonth(year, month))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateReading {
  /**
   * Read "04/10/2016" month first (American pages) rather than day first (French and British
   * pages, the default). Either way, a value above 12 settles the order.
   */
  monthFirst?: boolean;
}

const FIRST_PLAUSIBLE_DAY = -25_567; // 1900-01-01
const LAST_PLAUSIBLE_DAY = 47_846; // 2100-12-31

/** The first full date written in `text` (earliest position wins), or null. */
export function findWrittenDate(text: string, reading: DateReading = {}): WrittenDate | null {
  // No anchor and no page date: only what is written whole is placed in time.
  const { dates } = readDates(text, tokenize(text), { monthFirst: reading.monthFirst === true });
  for (const d of dates) {
    if (d.precision !== 'day' || d.yearInferred || d.relative || d.anaphoric) continue;
    if (d.first < FIRST_PLAUSIBLE_DAY || d.first > LAST_PLAUSIBLE_DAY) continue;
    return { iso: isoFromDay(d.first), index: d.start, length: d.end - d.start };
  }
  return null;
}

/**
 * A machine-written date from a meta tag, JSON-LD or a `datetime` attribute: ISO first
 * ("2016-03-27T18:42:00+02:00" keeps the publisher's own calendar day), then compact
 * "20160327", then any written form.
 */
export function parseMachineDate(value: string): string | null {
  const v = value.trim();
  const machine = machineDate(v);
  if (machine) return isoDate(machine.year, machine.month, machine.day);
  return findWrittenDate(v)?.iso ?? null;
}
