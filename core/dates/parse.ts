// Reads dates written in French or English prose: full ("le 21 mai 2015", "Sunday, March 27, 2016"),
// partial ("le 7 mars", "March 7", "mai 2015", "en 2013"), fuzzy ("fin septembre 2015", "early March",
// "mi-mars"), relative ("mai dernier", "since last May", "last year"), numeric ("27/03/2016",
// "22.03.2016", "2016-03-27"), ranges ("9-10 avril", "du 9 au 27 mars 2016", "April 9-10") and
// centuries ("XVIIIe siècle"). Times of day ("10h30", "6:42 PM") are read too, so that their digits
// are never mistaken for figures. Each date becomes a span of days with its precision.
import type { Token } from '../text/tokens';
import { dayOf, daysInMonth, isValidDate, monthOf, yearOf } from './calendar';
import { CAPITALISED_MONTHS, MONTHS, MONTH_PARTS, WEEKDAYS } from './lexicon';
import { SpanSet } from '../text/spans';

export type DatePrecision = 'day' | 'days' | 'month-part' | 'month' | 'year' | 'years' | 'decade' | 'century';

export interface DateMention {
  start: number;
  end: number;
  /** First and last day covered, both included (day numbers, see calendar.ts). */
  first: number;
  last: number;
  precision: DatePrecision;
  /** A period "du 9 au 27 mars": its ends, each a span of days, for checking a start and an end. */
  period?: { from: [number, number]; to: [number, number] };
  /** The year was not written and comes from the page's date. */
  yearInferred: boolean;
  /** Written relative to the page's date ("mai dernier", "last year"). */
  relative: boolean;
}

/** What is not a date claim but must not be read as figures either. */
export interface TimeMention {
  start: number;
  end: number;
}

export interface DateReading {
  dates: DateMention[];
  times: TimeMention[];
  /** Dates that could not be placed in time for want of a page date ("le 7 mars" with no year). */
  unresolved: TimeMention[];
}

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  /** Second day of "9-10 avril" or "du 9 au 27 mars". */
  dayTo?: number;
  monthTo?: number;
  yearTo?: number;
  part?: 'early' | 'mid' | 'late';
  relative?: 'last' | 'next' | 'this';
  isPeriod?: boolean;
  decade?: number;
  century?: number;
  relativeYear?: -1 | 0 | 1;
  /** "May last year": the month in the year before the page's. */
  yearOffset?: -1;
}

const ROMAN = /^(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = v[s[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

const DAY_SUFFIXES = new Set(['er', 're', 'st', 'nd', 'rd', 'th', 'e']);
const YEAR_PREPOSITIONS = new Set(['en', 'in', 'depuis', 'since', 'from', 'until', 'till', 'by', 'annee', 'year', 'jusqu', 'dès', 'des', 'of', 'au', 'before', 'after', 'avant', 'apres', 'vers', 'circa', 'around', 'in', 'during', 'durant', 'pendant', 'an']);
const RANGE_LINKS = new Set(['-', 'au', 'a', 'to', 'et', 'and', 'ou', 'or', 'through', 'till', 'until']);
/** Words a date can start with (numbers aside): months, month parts, "last/next/this", "l'an", "cette année". */
const DATE_OPENERS = new Set([...Object.keys(MONTHS), ...Object.keys(CAPITALISED_MONTHS), ...Object.keys(MONTH_PARTS), 'last', 'next', 'this', 'an', 'annee', 'cette']);
const ROMAN_ORDINAL = /^[mdclxvi]+(?:e|eme|er)$/;
const MONTH_ALONE_PREPOSITIONS = new Set(['en', 'in', 'depuis', 'since', 'from', 'until', 'till', 'jusqu', 'during', 'durant', 'pendant', 'by', 'des']);
const CENTURY_WORDS = new Set(['siecle', 'siecles', 'century', 'centuries']);

function isYearToken(t: Token | undefined): boolean {
  if (!t || t.type !== 'number' || t.norm.length !== 4) return false;
  const y = Number(t.norm);
  return y >= 1000 && y <= 2199;
}

function dayValue(t: Token | undefined): number | undefined {
  if (!t || t.type !== 'number' || t.norm.length > 2) return undefined;
  const d = Number(t.norm);
  return d >= 1 && d <= 31 ? d : undefined;
}


/** True when tokens a and b are separated only by spaces (or nothing). */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[\s\u00a0\u202f]*$/.test(text.slice(a.end, b.start));
}

export interface DateContext {
  /** The page's date as a day number: relative and year-less dates resolve against it. */
  anchor?: number;
  lang?: 'fr' | 'en';
}

export function findDates(text: string, tokens: Token[], context: DateContext = {}): DateReading {
  const dates: DateMention[] = [];
  const times: TimeMention[] = [];
  const unresolved: TimeMention[] = [];
  const monthValue = (t: Token | undefined): number | undefined => {
    if (!t || t.type !== 'word') return undefined;
    const full = MONTHS[t.norm];
    if (full !== undefined) return full;
    const abbreviated = CAPITALISED_MONTHS[t.norm];
    return abbreviated !== undefined && /^\p{Lu}/u.test(text[t.start]!) ? abbreviated : undefined;
  };
  // Everything read so far, dates, times and unresolved dates alike: nothing is read twice.
  const read = new SpanSet();
  const taken = (start: number, end: number) => read.overlaps(start, end);

  // Times of day and numeric dates straight from the text.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\d{1,2})\s?h\s?(\d{2})?(?![\p{L}\p{N}])|(?<![\p{N}:])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?(?![\p{N}])|(?<![\p{L}\p{N}])\d{1,2}\s?[ap]\.\s?m\.|(?<![\p{L}\p{N}])\d{1,2}\s?[ap]m\b/giu)) {
    const hour = m[1] !== undefined ? Number(m[1]) : 0;
    if (m[1] !== undefined && hour > 24) continue;
    const time = { start: m.index, end: m.index + m[0].length };
    times.push(time);
    read.add(time);
  }
  read.seal();
  for (const m of text.matchAll(/(?<![\p{N}.\/-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) push(m.index, m.index + m[0].length, { year: y, month: mo, day: d });
  }
  read.seal();
  for (const m of text.matchAll(/(?<![\p{N}.\/])(\d{1,2})([\/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[.,]\d)/gu)) {
    let [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (m[4]!.length === 2) y += y < 50 ? 2000 : 1900;
    // Day first, as in French and British usage; month first only when that alone is valid
    // or the page is English and both readings are (US usage).
    let day = a;
    let month = b;
    if (!isValidDate(y, month, day) || (context.lang === 'en' && m[2] === '/' && isValidDate(y, a, b) && a <= 12 && b > 12)) {
      day = b;
      month = a;
    }
    if (isValidDate(y, month, day)) push(m.index, m.index + m[0].length, { year: y, month, day });
  }

  read.seal();
  // Prose dates, token by token; the longest reading at each place wins.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only numbers and a few words can open a date: skip the rest at the cost of one lookup.
    if (t.type === 'punct' || (t.type === 'word' && !DATE_OPENERS.has(t.norm) && !ROMAN_ORDINAL.test(t.norm))) continue;
    if (taken(t.start, t.end)) continue;
    const found = readAt(i);
    if (found) {
      const [endIndex, parts] = found;
      const endToken = tokens[endIndex]!;
      let start = t.start;
      // Swallow a leading weekday: "dimanche 3 avril", "Sunday, March 27".
      const prev = tokens[i - 1];
      const prev2 = tokens[i - 2];
      if (parts.relative && prev && (prev.norm === 'last' || prev.norm === 'next' || prev.norm === 'this')) start = prev.start;
      else if (prev && WEEKDAYS[prev.norm] !== undefined) start = prev.start;
      else if (prev?.norm === ',' && prev2 && WEEKDAYS[prev2.norm] !== undefined) start = prev2.start;
      push(start, endToken.end, parts);
      i = endIndex;
    }
  }

  dates.sort((a, b) => a.start - b.start);
  return { dates, times, unresolved };

  function push(start: number, end: number, parts: Parts): void {
    if (taken(start, end)) return;
    const resolved = resolve(parts, context.anchor);
    if (!resolved) {
      unresolved.push({ start, end });
      read.add({ start, end });
      return;
    }
    dates.push({ start, end, ...resolved });
    read.add({ start, end });
  }

  /** Tries every pattern at token i; returns the index of the last token used and the parts. */
  function readAt(i: number): [number, Parts] | undefined {
    const t = tokens[i]!;
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];

    // Centuries: "XVIIIe siècle", "IIIe siècle", "18th century", "XXe siècle".
    if (t.type === 'word' && /^[mdclxvi]+(?:e|eme|er)$/.test(t.norm) && n1 && CENTURY_WORDS.has(n1.norm)) {
      const roman = t.norm.replace(/(?:e|eme|er)$/, '');
      if (ROMAN.test(roman)) return withEra(i + 1, { century: romanValue(roman) });
    }
    if (t.type === 'number' && n1 && DAY_SUFFIXES.has(n1.norm) && adjacent(text, t, n1) && n2 && CENTURY_WORDS.has(n2.norm)) {
      return withEra(i + 2, { century: Number(t.norm) });
    }

    // Month parts: "fin septembre 2015", "début mars", "mi-mars", "late September 2015", "the end of May".
    const part = MONTH_PARTS[t.norm];
    if (part !== undefined && t.type === 'word') {
      let j = i + 1;
      if (tokens[j]?.norm === '-') j++;
      if (tokens[j]?.norm === 'of') j++;
      if (tokens[j]?.norm === 'de' || tokens[j]?.norm === 'd') j++;
      const month = monthValue(tokens[j]);
      if (month !== undefined) {
        const year = isYearToken(tokens[j + 1]) ? Number(tokens[j + 1]!.norm) : undefined;
        return [year !== undefined ? j + 1 : j, { month, year, part }];
      }
    }

    // Day first: "7 mars", "le 21 mai 2015", "1er avril", "9-10 avril", "9 ou le 10 avril",
    // "du 9 au 27 mars 2016", "7 March 2016", "27th March".
    const day = dayValue(t);
    if (day !== undefined) {
      let j = i + 1;
      if (tokens[j] && DAY_SUFFIXES.has(tokens[j]!.norm) && adjacent(text, t, tokens[j]!)) j++;
      if (tokens[j]?.norm === 'of') j++;
      let month = monthValue(tokens[j]);
      let dayTo: number | undefined;
      let monthFrom: number | undefined;
      let isPeriod = false;
      if (month === undefined) {
        // A second day after a link: "9-10", "9 ou le 10", "du 9 au 27", "entre le 20 et le 27".
        let k = j;
        if (tokens[k] && RANGE_LINKS.has(tokens[k]!.norm)) {
          const link = tokens[k]!.norm;
          k++;
          if (tokens[k]?.norm === 'le' || tokens[k]?.norm === 'the') k++;
          const d2 = dayValue(tokens[k]);
          if (d2 !== undefined && d2 > day) {
            let m = k + 1;
            if (tokens[m] && DAY_SUFFIXES.has(tokens[m]!.norm) && adjacent(text, tokens[k]!, tokens[m]!)) m++;
            if (tokens[m]?.norm === 'of') m++;
            const mo = monthValue(tokens[m]);
            if (mo !== undefined) {
              dayTo = d2;
              month = mo;
              j = m;
              isPeriod = link === 'au' || link === 'a' || link === 'to' || link === 'through' || link === 'until' || link === 'till' || (link === 'et' && tokens[i - 1]?.norm === 'le' && tokens[i - 2]?.norm === 'entre') || (link === 'and' && tokens[i - 1]?.norm === 'between');
            }
          }
        }
      } else {
        // "du 9 mars au 2 avril": a second day and month after the first month.
        const link = tokens[j + 1];
        if (link && (link.norm === 'au' || link.norm === 'to') && dayValue(tokens[j + 2]) !== undefined && monthValue(tokens[j + 3]) !== undefined) {
          monthFrom = month;
          dayTo = dayValue(tokens[j + 2]);
          month = monthValue(tokens[j + 3]);
          j += 3;
          isPeriod = true;
        }
      }
      if (month !== undefined) {
        let end = j;
        let year: number | undefined;
        let y = j + 1;
        if (tokens[y]?.norm === ',') y++;
        if (isYearToken(tokens[y])) {
          year = Number(tokens[y]!.norm);
          end = y;
        }
        const parts: Parts = { day, month, year, dayTo, isPeriod };
        if (monthFrom !== undefined) {
          parts.month = monthFrom;
          parts.monthTo = month;
        }
        return [end, parts];
      }
    }

    // Month first: "March 7", "March 7, 2016", "April 9-10", "March 27th", "mai 2015", "May 2015",
    // "mai dernier", "en janvier".
    const month = monthValue(t);
    if (month !== undefined) {
      const d = dayValue(n1);
      if (d !== undefined && adjacent(text, t, n1!)) {
        let j = i + 1;
        if (tokens[j + 1] && DAY_SUFFIXES.has(tokens[j + 1]!.norm) && adjacent(text, tokens[j]!, tokens[j + 1]!)) j++;
        let dayTo: number | undefined;
        let isPeriod = false;
        const d2 = dayValue(tokens[j + 2]);
        if (tokens[j + 1] && RANGE_LINKS.has(tokens[j + 1]!.norm) && d2 !== undefined && d2 > d) {
          dayTo = d2;
          isPeriod = tokens[j + 1]!.norm === 'to' || tokens[j + 1]!.norm === 'through';
          j += 2;
        }
        let year: number | undefined;
        let y = j + 1;
        if (tokens[y]?.norm === ',') y++;
        if (isYearToken(tokens[y])) {
          year = Number(tokens[y]!.norm);
          j = y;
        }
        return [j, { month, day: d, dayTo, year, isPeriod }];
      }
      if (isYearToken(n1)) return [i + 1, { month, year: Number(n1!.norm) }];
      // "May last year", "mai de l'an dernier", "mai de l'année dernière".
      if (n1?.norm === 'last' && n2?.norm === 'year') return [i + 2, { month, yearOffset: -1 }];
      const lastYearFr = (k: number) =>
        (tokens[k]?.norm === 'de' || tokens[k]?.norm === 'd') && tokens[k + 1]?.norm === 'l' && (tokens[k + 2]?.norm === 'an' || tokens[k + 2]?.norm === 'annee') && (tokens[k + 3]?.norm === 'dernier' || tokens[k + 3]?.norm === 'derniere');
      if (lastYearFr(i + 1)) return [i + 4, { month, yearOffset: -1 }];
      // A month alone: "mai dernier", "last May", "en janvier", "since May".
      const prev = tokens[i - 1];
      if (n1 && (n1.norm === 'dernier' || n1.norm === 'prochain')) return [i + 1, { month, relative: n1.norm === 'dernier' ? 'last' : 'next' }];
      if (prev && (prev.norm === 'last' || prev.norm === 'next' || prev.norm === 'this')) {
        return [i, { month, relative: prev.norm as 'last' | 'next' | 'this' }];
      }
      if (prev && MONTH_ALONE_PREPOSITIONS.has(prev.norm)) return [i, { month }];
      return undefined;
    }

    // Years: "en 2013", "depuis 2011", "in 2013", "2011-2016", "l'an 32", "années 1990", "the 1990s".
    if (t.type === 'number') {
      const prev = tokens[i - 1];
      if (prev?.norm === 'an' && tokens[i - 2]?.norm === 'l' && Number(t.norm) > 0 && Number(t.norm) < 2200) {
        return [i, { year: Number(t.norm) }];
      }
      if (isYearToken(t)) {
        const year = Number(t.norm);
        // "the 1990s", "années 1990".
        if (n1?.norm === 's' && adjacent(text, t, n1) && year % 10 === 0) return [i + 1, { decade: year }];
        if ((prev?.norm === 'annees' || prev?.norm === 'decennie') && year % 10 === 0) return [i, { decade: year }];
        // Ranges of years: "2011-2016", "de 2011 à 2016".
        if (n1 && (n1.norm === '-' || n1.norm === 'a' || n1.norm === 'to') && isYearToken(n2) && Number(n2!.norm) > year) {
          if (!isNameBefore(i)) return [i + 2, { year, yearTo: Number(n2!.norm), isPeriod: true }];
          return undefined;
        }
        if (prev && YEAR_PREPOSITIONS.has(prev.norm)) return [i, { year }];
        if (isNameBefore(i)) return undefined; // "Euro 2016", "Windows 2000"
        // A bare year: only when no noun follows that it could count ("2000 soldiers").
        if (!n1 || n1.type === 'punct' || !/^\p{Ll}/u.test(text.slice(n1.start, n1.end))) return [i, { year }];
        return undefined;
      }
    }

    // Relative years: "last year", "l'an dernier", "l'année dernière", "cette année", "this year".
    if (t.norm === 'last' && n1?.norm === 'year') return [i + 1, { relativeYear: -1 }];
    if (t.norm === 'next' && n1?.norm === 'year') return [i + 1, { relativeYear: 1 }];
    if (t.norm === 'this' && n1?.norm === 'year') return [i + 1, { relativeYear: 0 }];
    if ((t.norm === 'an' || t.norm === 'annee') && tokens[i - 1]?.norm === 'l' && n1 && (n1.norm === 'dernier' || n1.norm === 'derniere' || n1.norm === 'passe' || n1.norm === 'passee')) {
      return [i + 1, { relativeYear: -1 }];
    }
    if (t.norm === 'annee' && n1 && (n1.norm === 'derniere' || n1.norm === 'passee')) return [i + 1, { relativeYear: -1 }];
    if (t.norm === 'cette' && n1?.norm === 'annee') return [i + 1, { relativeYear: 0 }];
    return undefined;
  }

  /** Extends a century reading with "av. J.-C." / "BC" when written. */
  function withEra(end: number, parts: Parts): [number, Parts] {
    const a = tokens[end + 1];
    if (a && (a.norm === 'av' || a.norm === 'bc' || a.norm === 'bce')) {
      let k = end + 1;
      while (k + 1 < tokens.length && /^(\.|j|-|c|jc)$/.test(tokens[k + 1]!.norm) && k < end + 6) k++;
      return [k, { century: -(parts.century ?? 0) }];
    }
    return [end, parts];
  }

  /** "Euro 2016": a capitalised word (not a preposition or a month) right before a number names something. */
  function isNameBefore(i: number): boolean {
    const prev = tokens[i - 1];
    if (!prev || prev.type !== 'word' || !adjacent(text, prev, tokens[i]!)) return false;
    if (MONTHS[prev.norm] !== undefined || WEEKDAYS[prev.norm] !== undefined) return false;
    return /^\p{Lu}/u.test(text.slice(prev.start, prev.end)) && tokens[i - 2]?.norm !== '.' && i - 1 > 0;
  }
}

type Resolved = Omit<DateMention, 'start' | 'end'>;

/** The 100th century ends with year 10000, just past the last four-digit year. */
const MAX_CENTURY = 100;

/** How far after the page's date a year-less date may fall: "le 9 avril" in late March is next month. */
const NEAR_FUTURE_DAYS = 31;

/** Turns parts into a span of days; year-less and relative dates use the anchor (the page's date). */
export function resolve(p: Parts, anchor: number | undefined): Resolved | undefined {
  if (p.century !== undefined) {
    const c = p.century;
    // As far as four-digit years go: "2758e siècle" or "MMMe siècle" is no date (and its days are
    // past what a Date holds: the fuzzer found NaN there).
    if (Math.abs(c) > MAX_CENTURY) return undefined;
    const firstYear = c > 0 ? (c - 1) * 100 + 1 : c * 100;
    const lastYear = c > 0 ? c * 100 : (c + 1) * 100 - 1;
    return { first: dayOf(firstYear, 1, 1), last: dayOf(lastYear, 12, 31), precision: 'century', yearInferred: false, relative: false };
  }
  if (p.decade !== undefined) {
    return { first: dayOf(p.decade, 1, 1), last: dayOf(p.decade + 9, 12, 31), precision: 'decade', yearInferred: false, relative: false };
  }
  if (p.relativeYear !== undefined) {
    if (anchor === undefined) return undefined;
    const y = yearOf(anchor) + p.relativeYear;
    return { first: dayOf(y, 1, 1), last: dayOf(y, 12, 31), precision: 'year', yearInferred: true, relative: true };
  }
  if (p.yearTo !== undefined && p.year !== undefined) {
    return {
      first: dayOf(p.year, 1, 1),
      last: dayOf(p.yearTo, 12, 31),
      precision: 'years',
      period: p.isPeriod ? { from: [dayOf(p.year, 1, 1), dayOf(p.year, 12, 31)], to: [dayOf(p.yearTo, 1, 1), dayOf(p.yearTo, 12, 31)] } : undefined,
      yearInferred: false,
      relative: false,
    };
  }
  if (p.month === undefined) {
    if (p.year === undefined) return undefined;
    return { first: dayOf(p.year, 1, 1), last: dayOf(p.year, 12, 31), precision: 'year', yearInferred: false, relative: false };
  }
  let year = p.year;
  let yearInferred = false;
  const relative = p.relative !== undefined;
  if (year === undefined) {
    if (anchor === undefined) return undefined;
    yearInferred = true;
    const ay = yearOf(anchor);
    const am = monthOf(anchor);
    if (p.yearOffset !== undefined) year = ay + p.yearOffset;
    else if (p.relative === 'last') year = p.month < am ? ay : ay - 1;
    else if (p.relative === 'next') year = p.month > am ? ay : ay + 1;
    else if (p.relative === 'this') year = ay;
    else {
      // News reports the past, and announces the near future: the latest such date no more than a
      // month after the page's ("le 7 mars" in a page of 27 March 2016 is 2016, "en mai" is May 2015,
      // "le 9 avril" is April 2016, "en décembre" in January 2016 is December 2015).
      year = ay + 1;
      while (dayOf(year, p.month, Math.min(p.day ?? 1, 28)) > anchor + NEAR_FUTURE_DAYS) year--;
    }
  }
  const dim = daysInMonth(year, p.month);
  if (p.day !== undefined) {
    if (p.day > dim) return undefined;
    const monthTo = p.monthTo ?? p.month;
    const yearTo = monthTo < p.month ? year + 1 : year;
    const first = dayOf(year, p.month, p.day);
    if (p.dayTo !== undefined) {
      if (p.dayTo > daysInMonth(yearTo, monthTo)) return undefined;
      const last = dayOf(yearTo, monthTo, p.dayTo);
      return {
        first,
        last,
        precision: 'days',
        period: p.isPeriod ? { from: [first, first], to: [last, last] } : undefined,
        yearInferred,
        relative,
      };
    }
    return { first, last: first, precision: 'day', yearInferred, relative };
  }
  if (p.part !== undefined) {
    const [a, b] = p.part === 'early' ? [1, 10] : p.part === 'mid' ? [11, 20] : [21, dim];
    return { first: dayOf(year, p.month, a), last: dayOf(year, p.month, b), precision: 'month-part', yearInferred, relative };
  }
  return { first: dayOf(year, p.month, 1), last: dayOf(year, p.month, dim), precision: 'month', yearInferred, relative };
}
