// Helpers for the parsers' tests: read a sentence with the whole pipeline (parsers, refiners,
// resolver) and look at what came out, dates as yyyy-mm-dd. The page is dated Monday 28 March 2016
// unless a test says otherwise.
import { dayFromIso, isoFromDay } from '../calendar';
import { findDates } from '../parse';
import type { DateContext } from '../types';
import { tokenize } from '../../text/tokens';

export const MONDAY_28_MARCH_2016 = dayFromIso('2016-03-28')!;

export interface Seen {
  text: string;
  from: string;
  to: string;
  precision: string;
  parser: string;
  period?: [string, string];
  weekday?: true;
  anaphoric?: true;
  relative?: true;
}

export function read(text: string, context: DateContext = {}): Seen[] {
  const ctx: DateContext = { anchor: MONDAY_28_MARCH_2016, published: MONDAY_28_MARCH_2016, ...context };
  return findDates(text, tokenize(text), ctx).dates.map((d) => ({
    text: text.slice(d.start, d.end),
    from: isoFromDay(d.first),
    to: isoFromDay(d.last),
    precision: d.precision,
    parser: d.parser,
    ...(d.period ? { period: [isoFromDay(d.period.from[0]), isoFromDay(d.period.to[1])] as [string, string] } : {}),
    ...(d.weekday ? { weekday: true as const } : {}),
    ...(d.anaphoric ? { anaphoric: true as const } : {}),
    ...(d.relative ? { relative: true as const } : {}),
  }));
}

/** The texts of the dates read. */
export function spans(text: string, context: DateContext = {}): string[] {
  return read(text, context).map((d) => d.text);
}

/** The texts read as dates that could not be placed in time. */
export function unresolved(text: string, context: DateContext = {}): string[] {
  return findDates(text, tokenize(text), context).unresolved.map((s) => text.slice(s.start, s.end));
}

/** The texts read as times of day. */
export function times(text: string, context: DateContext = {}): string[] {
  return findDates(text, tokenize(text), context).times.map((s) => text.slice(s.start, s.end));
}
