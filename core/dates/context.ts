// The text a date parser reads, with the small questions every parser asks about its tokens: is this
// a day, a month, a year, are these two tokens side by side. Indexes are token indexes.
import type { Token } from '../text/tokens';
import {
  ARTICLES,
  CAPITAL_ONLY,
  CAPITALISED_MONTHS,
  DAY_SUFFIXES,
  DAY_WORDS,
  FALSE_FRIENDS,
  MONTHS,
  OF,
  SHIFT_AFTER,
  SHIFT_BEFORE,
  WEEKDAYS,
  YEAR_WORDS,
} from './lexicon';

const SPACES_ONLY = /^[\s\u00a0\u202f]*$/;
/** What joins the digit runs of one number or code: "1.5", "6,203", "31/02/2016", "4-2", "10:30". */
const SEPARATORS = new Set(['.', ',', '/', '-', '\u2013', '\u2014', ':']);
const UPPER = /^\p{Lu}/u;

/** A month as written: its number, its last token (an abbreviation's dot included), and whether it needs a day beside it. */
export interface MonthAt {
  value: number;
  last: number;
  /** Only a month with a day number beside it ("3 déc. 2015", "le 7 mars" on an English page). */
  needsDay: boolean;
}

export class DateText {
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly lang?: 'fr' | 'en',
  ) {}

  norm(i: number): string | undefined {
    return this.tokens[i]?.norm;
  }

  /** Only spaces between tokens i and j (j after i). */
  adjacent(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    if (!a || !b) return false;
    const gap = b.start - a.end;
    if (gap === 0) return true;
    if (gap === 1) {
      const c = this.text.charCodeAt(a.end);
      return c === 32 || c === 0xa0 || c === 0x202f || (c >= 9 && c <= 13);
    }
    return SPACES_ONLY.test(this.text.slice(a.end, b.start));
  }

  /** Nothing at all between tokens i and i + 1. */
  glued(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** The value of a run of ASCII digits at i (not "٤٠٠" nor "１８８"), of at most `maxLength` digits. */
  digits(i: number, maxLength = 4): number | undefined {
    const t = this.tokens[i];
    if (!t || t.type !== 'number' || t.norm.length > maxLength) return undefined;
    const v = Number(t.norm);
    return Number.isNaN(v) ? undefined : v;
  }

  /**
   * A digit run glued by a separator to the number before it: the decimals of "1.1317", the thousands
   * of "6,203", the rest of "31/02/2016" or "4-2". Whatever reads it reads it from that first number.
   */
  continuesNumber(i: number): boolean {
    return this.tokens[i - 1]?.type === 'punct' && SEPARATORS.has(this.tokens[i - 1]!.norm) && this.glued(i - 1) && this.tokens[i - 2]?.type === 'number' && this.glued(i - 2);
  }

  /** A digit run glued by a separator to a number after it ("2016-13-40", "2016/03/27/4"). */
  runsOn(i: number): boolean {
    return this.tokens[i + 1]?.type === 'punct' && SEPARATORS.has(this.tokens[i + 1]!.norm) && this.glued(i) && this.tokens[i + 2]?.type === 'number' && this.glued(i + 1);
  }

  capitalised(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.type === 'word' && UPPER.test(this.text[t.start]!);
  }

  /** A day of the month written as digits ("7", "07") or a word ("premier"); undefined otherwise. */
  day(i: number): number | undefined {
    const t = this.tokens[i];
    if (!t) return undefined;
    if (t.type === 'number') {
      const d = this.digits(i, 2);
      return d !== undefined && d >= 1 && d <= 31 ? d : undefined;
    }
    return t.type === 'word' ? DAY_WORDS[t.norm] : undefined;
  }

  /** The index after a day at i and its glued ordinal ending ("1er", "27th"). */
  afterDay(i: number): number {
    const next = this.tokens[i + 1];
    return next !== undefined && DAY_SUFFIXES.has(next.norm) && this.glued(i) && this.tokens[i]!.type === 'number' ? i + 2 : i + 1;
  }

  /** A four-digit year from 1000 to 2199. */
  year(i: number): number | undefined {
    const t = this.tokens[i];
    if (!t || t.type !== 'number' || t.norm.length !== 4) return undefined;
    const y = this.digits(i);
    return y !== undefined && y >= 1000 && y <= 2199 ? y : undefined;
  }

  /**
   * A year after token i, past an optional comma ("March 7, 2016"): its index. Where a comma is not
   * the usual way (`commaUsual` false: "le 27 mars, 2000 soldats"), a number after one that counts a
   * noun is no year.
   */
  yearAfter(i: number, commaUsual = false): number | undefined {
    let j = i + 1;
    const comma = this.tokens[j]?.norm === ',';
    if (comma) j++;
    if (this.year(j) === undefined || !this.adjacent(j - 1, j)) return undefined;
    if (comma && !commaUsual && this.tokens[j + 1]?.type === 'word' && !this.capitalised(j + 1)) return undefined;
    return j;
  }

  /**
   * A month at i. English names need their capital ("they march on"); abbreviations too, unless their
   * dot follows and a day stands beside them; a month name that is an ordinary word of the page's
   * language ("Mars" in English) needs a day.
   */
  month(i: number): MonthAt | undefined {
    const t = this.tokens[i];
    if (!t || t.type !== 'word') return undefined;
    const full = MONTHS[t.norm];
    if (full !== undefined) {
      if (CAPITAL_ONLY.has(t.norm) && !this.capitalised(i)) return undefined;
      // "Mars" in English prose is the planet (or a brand); "le 7 mars" quoted there is a month.
      const falseFriend = this.lang !== undefined && FALSE_FRIENDS[this.lang].has(t.norm);
      if (falseFriend && this.capitalised(i)) return undefined;
      return { value: full, last: i, needsDay: falseFriend };
    }
    const short = CAPITALISED_MONTHS[t.norm];
    if (short === undefined) return undefined;
    const dot = this.dotAfter(i);
    if (this.capitalised(i)) return { value: short, last: dot ? i + 1 : i, needsDay: false };
    return dot ? { value: short, last: i + 1, needsDay: true } : undefined;
  }

  /** A month that is a month without a day beside it. */
  monthAlone(i: number): MonthAt | undefined {
    const m = this.month(i);
    return m && !m.needsDay ? m : undefined;
  }

  private dotAfter(i: number): boolean {
    return this.tokens[i + 1]?.norm === '.' && this.glued(i);
  }

  weekday(i: number): number | undefined {
    const t = this.tokens[i];
    return t && t.type === 'word' ? WEEKDAYS[t.norm] : undefined;
  }

  /**
   * A year relative to the page's date after token i: "last year", "of last year", "this year",
   * "de l'an dernier", "de l'année dernière", "l'an passé", "de cette année". Its last index and offset.
   */
  yearPhraseAfter(i: number): { last: number; offset: number } | undefined {
    let j = i + 1;
    if (OF.has(this.norm(j) ?? '')) j++;
    // "last year", "this year", "cette année"
    const before = SHIFT_BEFORE[this.norm(j) ?? ''];
    if (before !== undefined && YEAR_WORDS.has(this.norm(j + 1) ?? '')) return { last: j + 1, offset: shiftOffset(before) };
    // "l'an dernier", "l'année prochaine"
    if (ARTICLES.has(this.norm(j) ?? '') && YEAR_WORDS.has(this.norm(j + 1) ?? '')) {
      const after = SHIFT_AFTER[this.norm(j + 2) ?? ''];
      if (after !== undefined) return { last: j + 2, offset: shiftOffset(after) };
    }
    return undefined;
  }
}

export function shiftOffset(shift: 'last' | 'next' | 'this'): number {
  return shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
}

/** The index of the first token starting at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}
