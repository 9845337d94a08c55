// Parts of a date as written → a span of days. Written years stand alone; year-less dates take their
// year from the anchor (the page's date, else a fallback); what is written relative to the page's date
// ("mai dernier", "last year", "four days ago", "mardi") resolves against the page's own date alone,
// and is unresolved without one (never guessed). Anaphoric days are resolved by a refiner.
import { dayOf, dayOfMonthOf, daysInMonth, monthOf, weekdayOf, yearOf } from './calendar';
import type { DateMention, DateParts } from './types';

export type Resolved = Omit<DateMention, 'start' | 'end' | 'parser' | 'weekday' | 'anaphoric'>;

export interface Anchors {
  anchor?: number;
  published?: number;
}

/** The 100th century ends with year 10000, just past the last four-digit year. */
const MAX_CENTURY = 100;

/** How far after the page's date a year-less date may fall: "le 9 avril" in late March is next month. */
export const NEAR_FUTURE_DAYS = 31;

/** Days of a part of a month: "début" 1–10, "mi" 11–20, "fin" 21–end. */
const PART_DAYS = { early: [1, 10], mid: [11, 20] } as const;
/** Months of a part of a year: "early 2015" January–April, "mid-2015" May–August, "late 2015" September–December. */
const YEAR_PART_MONTHS = { early: [1, 4], mid: [5, 8], late: [9, 12] } as const;
/** Days of a season, month and day of its first and last: the months it touches, to the solstice or equinox that ends it. */
const SEASON_DAYS = { spring: [[3, 1], [6, 21]], summer: [[6, 1], [9, 23]], autumn: [[9, 1], [12, 21]] } as const;

function wholeYear(y: number): [number, number] {
  return [dayOf(y, 1, 1), dayOf(y, 12, 31)];
}

function wholeMonth(y: number, m: number): [number, number] {
  return [dayOf(y, m, 1), dayOf(y, m, daysInMonth(y, m))];
}

/** The month `by` months after (y, m). */
function addMonths(y: number, m: number, by: number): [number, number] {
  const index = y * 12 + (m - 1) + by;
  return [Math.floor(index / 12), (index % 12 + 12) % 12 + 1];
}

export function resolveParts(p: DateParts, a: Anchors): Resolved | undefined {
  const pub = a.published;
  if (p.anaphora !== undefined) return undefined;

  if (p.century !== undefined) {
    const c = p.century;
    // As far as four-digit years go: "2758e siècle" or "MMMe siècle" is no date (and its days are
    // past what a Date holds: the fuzzer found NaN there).
    if (c === 0 || Math.abs(c) > MAX_CENTURY) return undefined;
    const firstYear = c > 0 ? (c - 1) * 100 + 1 : c * 100;
    const lastYear = c > 0 ? c * 100 : (c + 1) * 100 - 1;
    return { first: dayOf(firstYear, 1, 1), last: dayOf(lastYear, 12, 31), precision: 'century', yearInferred: false, relative: false };
  }
  if (p.decade !== undefined) {
    return { first: dayOf(p.decade, 1, 1), last: dayOf(p.decade + 9, 12, 31), precision: 'decade', yearInferred: false, relative: false };
  }

  // Relative to the page's own date.
  if (p.dayShift !== undefined) {
    if (pub === undefined) return undefined;
    const d = pub + p.dayShift;
    return { first: d, last: d, precision: 'day', yearInferred: true, relative: true };
  }
  if (p.ago !== undefined) {
    if (pub === undefined) return undefined;
    const { unit, count } = p.ago;
    const rel = { yearInferred: true, relative: true } as const;
    if (unit === 'day' || unit === 'week') {
      const d = pub - count * (unit === 'week' ? 7 : 1);
      return { first: d, last: d, precision: 'day', ...rel };
    }
    if (p.ago.toTheDay) {
      // "A year ago today": the page's day, so many months or years back.
      const [y, m] = addMonths(yearOf(pub), monthOf(pub), -count * (unit === 'year' ? 12 : 1));
      const d = dayOf(y, m, Math.min(dayOfMonthOf(pub), daysInMonth(y, m)));
      return { first: d, last: d, precision: 'day', ...rel };
    }
    if (unit === 'month') {
      const [y, m] = addMonths(yearOf(pub), monthOf(pub), -count);
      const [first, last] = wholeMonth(y, m);
      return { first, last, precision: 'month', ...rel };
    }
    const [first, last] = wholeYear(yearOf(pub) - count);
    return { first, last, precision: 'year', ...rel };
  }
  if (p.unitShift !== undefined) {
    if (pub === undefined) return undefined;
    const { unit, by } = p.unitShift;
    const rel = { yearInferred: true, relative: true } as const;
    if (unit === 'year') {
      const [first, last] = wholeYear(yearOf(pub) + by);
      return { first, last, precision: 'year', ...rel };
    }
    if (unit === 'month') {
      const [y, m] = addMonths(yearOf(pub), monthOf(pub), by);
      const [first, last] = wholeMonth(y, m);
      return { first, last, precision: 'month', ...rel };
    }
    // Weeks run Monday to Sunday.
    const monday = pub - ((weekdayOf(pub) + 6) % 7) + 7 * by;
    // "Tuesday of last week": that day of the week (refiners/weekday-of-week.ts).
    if (p.weekday !== undefined) return { first: monday + ((p.weekday + 6) % 7), last: monday + ((p.weekday + 6) % 7), precision: 'day', ...rel };
    return { first: monday, last: monday + 6, precision: 'days', ...rel };
  }
  if (p.weekday !== undefined && p.month === undefined && p.day === undefined && p.year === undefined) {
    if (pub === undefined) return undefined;
    const back = (weekdayOf(pub) - p.weekday + 7) % 7;
    let d: number;
    // Bare: the latest such day on or before the page's date (news reports the past); "dernier"/"last":
    // strictly before it; "prochain"/"next": strictly after it.
    if (p.weekdayShift === 'last') d = pub - (back || 7);
    else if (p.weekdayShift === 'next') d = pub + ((p.weekday - weekdayOf(pub) + 7) % 7 || 7);
    else d = pub - back;
    return { first: d, last: d, precision: 'day', yearInferred: true, relative: true };
  }

  if (p.end?.year !== undefined && p.year !== undefined && p.month === undefined) {
    const [from0, from1] = wholeYear(p.year);
    const [to0, to1] = wholeYear(p.end.year);
    return {
      first: from0,
      last: to1,
      precision: 'years',
      ...(p.isPeriod ? { period: { from: [from0, from1] as [number, number], to: [to0, to1] as [number, number] } } : {}),
      yearInferred: false,
      relative: false,
    };
  }
  if (p.month === undefined) {
    // "last autumn": the latest such season ended before the page's date; "next spring": the next to begin after it.
    if (p.season !== undefined && p.year === undefined && p.shift !== undefined) {
      if (pub === undefined) return undefined;
      const [[m0, d0], [m1, d1]] = SEASON_DAYS[p.season];
      const py = yearOf(pub);
      const year = p.shift === 'last' ? (dayOf(py, m1, d1) < pub ? py : py - 1) : dayOf(py, m0, d0) > pub ? py : py + 1;
      return { first: dayOf(year, m0, d0), last: dayOf(year, m1, d1), precision: 'year', yearInferred: true, relative: true };
    }
    if (p.year === undefined) return undefined;
    if (p.season !== undefined) {
      const [[m0, d0], [m1, d1]] = SEASON_DAYS[p.season];
      return { first: dayOf(p.year, m0, d0), last: dayOf(p.year, m1, d1), precision: 'year', yearInferred: false, relative: false };
    }
    if (p.part !== undefined) {
      const [m0, m1] = YEAR_PART_MONTHS[p.part];
      return { first: dayOf(p.year, m0, 1), last: dayOf(p.year, m1, daysInMonth(p.year, m1)), precision: 'year', yearInferred: false, relative: false };
    }
    const [first, last] = wholeYear(p.year);
    return { first, last, precision: 'year', yearInferred: false, relative: false };
  }

  const month = p.month;
  let year = p.year ?? p.end?.year;
  let yearInferred = false;
  let relative = false;
  if (year !== undefined && p.year === undefined) {
    // "du 9 mars au 2 avril 2016": the start takes the end's year, the year before if it is later in it.
    const endMonth = p.end?.month ?? month;
    if (month > endMonth || (month === endMonth && (p.day ?? 1) > (p.end?.day ?? 31))) year--;
  }
  if (year === undefined) {
    if (p.yearOffset !== undefined || p.shift !== undefined) {
      if (pub === undefined) return undefined;
      relative = true;
      yearInferred = true;
      const py = yearOf(pub);
      if (p.yearOffset !== undefined) year = py + p.yearOffset;
      else if (p.shift === 'this') year = py;
      else if (p.day !== undefined) {
        // "du 7 mars dernier": the latest 7 March before the page's date; "le 9 avril prochain": the next one.
        const d = Math.min(p.day, 28);
        if (p.shift === 'last') year = dayOf(py, month, d) < pub ? py : py - 1;
        else year = dayOf(py, month, d) > pub ? py : py + 1;
      } else {
        // "mai dernier": the latest May before the page's month; "mai prochain": the next one after it.
        const pm = monthOf(pub);
        if (p.shift === 'last') year = month < pm ? py : py - 1;
        else year = month > pm ? py : py + 1;
      }
    } else {
      // Read only here: a page's fallback anchor is found when a year-less date first needs it.
      const anchor = a.anchor ?? pub;
      if (anchor === undefined) return undefined;
      yearInferred = true;
      // News reports the past, and announces the near future: the latest such date no more than a
      // month after the page's ("le 7 mars" in a page of 27 March 2016 is 2016, "en mai" is May 2015,
      // "le 9 avril" is April 2016, "en décembre" in January 2016 is December 2015).
      year = yearOf(anchor) + 1;
      while (dayOf(year, month, Math.min(p.day ?? 1, 28)) > anchor + NEAR_FUTURE_DAYS) year--;
    }
  }

  const dim = daysInMonth(year, month);
  if (p.day !== undefined) {
    if (p.day > dim) return undefined;
    const first = dayOf(year, month, p.day);
    if (p.end !== undefined && p.end.day !== undefined) {
      const endMonth = p.end.month ?? month;
      let endYear = p.end.year ?? year;
      if (p.end.year === undefined && (endMonth < month || (endMonth === month && p.end.day < p.day))) endYear++;
      if (p.end.day > daysInMonth(endYear, endMonth)) return undefined;
      const last = dayOf(endYear, endMonth, p.end.day);
      if (last < first) return undefined;
      return {
        first,
        last,
        precision: 'days',
        ...(p.isPeriod ? { period: { from: [first, first] as [number, number], to: [last, last] as [number, number] } } : {}),
        yearInferred,
        relative,
      };
    }
    return { first, last: first, precision: 'day', yearInferred, relative };
  }
  if (p.week !== undefined) {
    // "the first week of March": days 1–7; the last: its last seven days.
    const [a0, b0] = p.week === 'last' ? [dim - 6, dim] : [(p.week - 1) * 7 + 1, p.week * 7];
    return { first: dayOf(year, month, a0), last: dayOf(year, month, b0), precision: 'days', yearInferred, relative };
  }
  if (p.part !== undefined) {
    const [a0, b0] = p.part === 'late' ? [21, dim] : PART_DAYS[p.part];
    return { first: dayOf(year, month, a0), last: dayOf(year, month, b0), precision: 'month-part', yearInferred, relative };
  }
  const [first, last] = wholeMonth(year, month);
  return { first, last, precision: 'month', yearInferred, relative };
}
