// Reads dates written in French or English prose, on the model of chrono-node: one small parser per
// written form (core/dates/parsers/: numeric, ISO, day-month, month-day, month and year, month parts,
// years, decades, centuries, relative units, "ago", weekdays, anaphoric days, times of day), then
// refiners as separate stages (core/dates/refiners/: numeric order, weekday + date, weekday of a
// relative week, date ranges, anaphora), then the resolver (resolve.ts) that turns the parts written
// into a span of days. Times of day are read too, so that their digits are never mistaken for figures.
//
// Every date is read once: pattern parsers first (each skipping what an earlier one read), then the
// tokens left to right, asking at each token only the parsers it can open (one Map lookup for any
// other word), the longest reading winning and the walk resuming after it. Linear in the text.
import type { Token } from '../text/tokens';
import { SpanSet } from '../text/spans';
import { DateText } from './context';
import { DIGIT_PARSERS, PATTERN_PARSERS, WORD_PARSERS } from './parsers';
import type { Found, TokenParser } from './parsers/parser';
import { resolveAnaphor } from './refiners/anaphora';
import { sameYearAfter } from './refiners/same-year';
import { numericOrder } from './refiners/numeric-order';
import { mergeRanges } from './refiners/range-merge';
import { mergeWeekdayRanges } from './refiners/weekday-range';
import { mergeWeekdays } from './refiners/weekday-merge';
import { mergeWeekdayOfWeek } from './refiners/weekday-of-week';
import { resolveParts, type Resolved } from './resolve';
import { yearOf } from './calendar';
import type { DateContext, DateMention, DateReading, Reading, TimeMention } from './types';

export type { DateContext, DateMention, DatePrecision, DateReading, TimeMention } from './types';

export interface ReadOptions extends DateContext {
  /** Read numeric dates both orders allow month first ("04/10/2016" is 10 April): a page in American English. */
  monthFirst?: boolean;
}

/** Every reading of the parsers, in text order, none overlapping another. */
export function parseReadings(x: DateText): Reading[] {
  const { text, tokens } = x;
  const readings: Reading[] = [];
  const read = new SpanSet();
  for (const parser of PATTERN_PARSERS) {
    parser.scan(x, (r) => {
      if (read.overlaps(r.start, r.end)) return;
      readings.push(r);
      read.add(r);
    });
    read.seal();
  }
  // The end of the last token reading: a reading that looks back (the "last" of "last May") may not
  // start inside it.
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only numbers and a few words can open a date: skip the rest at the cost of one lookup.
    const parsers: readonly TokenParser[] | undefined = t.type === 'number' ? DIGIT_PARSERS : t.type === 'word' ? WORD_PARSERS.get(t.norm) : undefined;
    if (parsers === undefined || read.overlaps(t.start, t.end) || (t.type === 'number' && x.continuesNumber(i))) continue;
    let best: Found | undefined;
    let bestParser: TokenParser | undefined;
    for (const p of parsers) {
      const f = p.read(x, i);
      if (f === undefined || tokens[f.from]!.start < lastEnd || read.overlaps(tokens[f.from]!.start, tokens[f.to]!.end)) continue;
      if (best === undefined || f.to > best.to || (f.to === best.to && f.from < best.from)) {
        best = f;
        bestParser = p;
      }
    }
    if (best === undefined) continue;
    const r: Reading = { start: tokens[best.from]!.start, end: tokens[best.to]!.end, parser: bestParser!.name, parts: best.parts };
    if (best.time) r.time = true;
    if (best.weak) r.weak = true;
    readings.push(r);
    lastEnd = r.end;
    i = best.to;
  }
  // Each parser adds in text order, one pass after another: sort when the passes interleave.
  for (let k = 1; k < readings.length; k++) {
    if (readings[k]!.start < readings[k - 1]!.start) return readings.sort((a, b) => a.start - b.start);
  }
  return readings;
}

/** findDates with the options of a caller that knows how the page writes numeric dates. */
export function readDates(text: string, tokens: Token[], options: ReadOptions = {}): DateReading {
  const x = new DateText(text, tokens, options.lang);
  let readings = parseReadings(x);
  // Refiners, in order: each sees what the one before left.
  readings = numericOrder(readings, options.lang, options.monthFirst);
  readings = mergeWeekdays(readings, text);
  readings = mergeWeekdayOfWeek(readings, text);
  readings = mergeRanges(readings, x);
  const dates: DateMention[] = [];
  const times: TimeMention[] = [];
  const unresolved: TimeMention[] = [];
  // The date mentioned last, placed or not: what an anaphoric day ("le lendemain") counts from.
  let previous: Resolved | undefined;
  // The year of the last date that wrote one: what "of that year" refers to.
  let lastYear: number | undefined;
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    if (r.time) {
      times.push({ start: r.start, end: r.end });
      continue;
    }
    const p = r.parts;
    const ofThatYear = p.anaphora === undefined && p.month !== undefined && p.year === undefined && p.yearOffset === undefined && p.shift === undefined && lastYear !== undefined && sameYearAfter(text, r.end);
    const d = p.anaphora !== undefined ? resolveAnaphor(p.anaphora, previous, p.anaphoraSpread) : resolveParts(ofThatYear ? { ...p, year: lastYear } : p, options);
    previous = d;
    if (d && !d.yearInferred && d.precision !== 'century' && d.precision !== 'decade') lastYear = yearOf(d.first);
    if (d === undefined) {
      unresolved.push({ start: r.start, end: r.end });
      continue;
    }
    const mention: DateMention = { start: r.start, end: r.end, first: d.first, last: d.last, precision: d.precision, yearInferred: d.yearInferred, relative: d.relative, parser: r.parser };
    if (d.period) mention.period = d.period;
    if (r.weekday || r.parts.weekday !== undefined) mention.weekday = true;
    if (r.parts.weekday !== undefined) mention.writtenWeekday = r.parts.weekday;
    if (r.parts.anaphora !== undefined) mention.anaphoric = true;
    dates.push(mention);
  }
  return { dates: mergeWeekdayRanges(dates, x), times, unresolved };
}

/**
 * The dates, times of day and unplaceable dates of a text. Year-less dates take their year from
 * `context.anchor`; weekdays and relative dates are placed from `context.published` only.
 */
export function findDates(text: string, tokens: Token[], context: DateContext = {}): DateReading {
  return readDates(text, tokens, context);
}
