// Reads a full calendar date (day, month and year) written by a news page in English or French:
// bylines ("Publié le 27 mars 2016 à 19h10", "March 28, 2016 08:15"), numeric stamps
// ("2016-03-27 21:15", "02/04/2016") and machine values of meta tags ("2016-03-27T18:42:00Z").
// A date without its year is not enough to date a page, so it is never returned.

import { daysInMonth } from '../../core/dates/calendar';

export interface WrittenDate {
  /** yyyy-mm-dd */
  iso: string;
  /** Where the date starts in the text, and how long it is written. */
  index: number;
  length: number;
}

// Month names and the abbreviations newsrooms use, without accents (the text is folded before matching).
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'aout'],
  ['september', 'sept', 'sep', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre'],
];

const MONTH_BY_NAME = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((name) => MONTH_BY_NAME.set(name, i + 1)));

// Longest names first so that "septembre" is not read as "sept" + "embre".
const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

// Folded text is lower case ASCII letters for the month names; a month must stand as a whole word,
// so "mar" never matches inside "mardi". The lookbehind keeps digits from gluing onto a day or year.
const DAY = String.raw`(?<![\d])(\d{1,2})(?:er|st|nd|rd|th|e)?`;
const YEAR = String.raw`(\d{4})(?![\d])`;
const MONTH = String.raw`(?<![\p{L}])(${MONTH_ALTERNATION})(?![\p{L}])\.?`;

const PATTERNS: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'dmy' | 'DMY' | 'MDY' }> = [
  // 2016-03-27, 2016/03/27, 2016-03-27T18:42
  { re: new RegExp(String.raw`(?<![\d])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])`, 'gu'), order: 'ymd' },
  // 02/04/2016, 27.03.2016, 27-03-2016: day first unless told otherwise (see DateReading)
  { re: new RegExp(String.raw`(?<![\d])(\d{1,2})[/.-](\d{1,2})[/.-]` + YEAR, 'gu'), order: 'dmy' },
  // 27 mars 2016, 1er avril 2016, 25 April 2016, 28 Mar. 2016 (a weekday before it is simply skipped)
  { re: new RegExp(DAY + String.raw`\s+` + MONTH + String.raw`,?\s+` + YEAR, 'gu'), order: 'DMY' },
  // March 28, 2016 / Mar 28 2016 / March 28th, 2016
  { re: new RegExp(MONTH + String.raw`\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+` + YEAR, 'gu'), order: 'MDY' },
];

/** Lower-cases and strips accents without changing the text's length, so indexes stay valid. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  // NFD would change lengths; fold only the accented letters month names can carry.
  return lower.replace(/[éèêë]/g, 'e').replace(/[ûùü]/g, 'u').replace(/[àâä]/g, 'a');
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

function dateFromMatch(m: RegExpExecArray, order: (typeof PATTERNS)[number]['order'], monthFirst: boolean): string | null {
  const [, a = '', b = '', c = ''] = m;
  switch (order) {
    case 'ymd':
      return isoDate(+a, +b, +c);
    case 'dmy':
      return monthFirst ? (isoDate(+c, +a, +b) ?? isoDate(+c, +b, +a)) : (isoDate(+c, +b, +a) ?? isoDate(+c, +a, +b));
    case 'DMY':
      return isoDate(+c, MONTH_BY_NAME.get(b) ?? 0, +a);
    case 'MDY':
      return isoDate(+c, MONTH_BY_NAME.get(a) ?? 0, +b);
  }
}

/** The first full date written in `text` (earliest position wins), or null. */
export function findWrittenDate(text: string, reading: DateReading = {}): WrittenDate | null {
  const monthFirst = reading.monthFirst === true;
  const folded = fold(text);
  let best: WrittenDate | null = null;
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (best !== null && m.index >= best.index) break;
      const iso = dateFromMatch(m, order, monthFirst);
      if (iso !== null) {
        best = { iso, index: m.index, length: m[0].length };
        break;
      }
    }
  }
  return best;
}

/**
 * A machine-written date from a meta tag, JSON-LD or a `datetime` attribute: ISO first
 * ("2016-03-27T18:42:00+02:00" keeps the publisher's own calendar day), then compact
 * "20160327", then any written form.
 */
export function parseMachineDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(v);
  if (compact) return isoDate(+compact[1]!, +compact[2]!, +compact[3]!);
  return findWrittenDate(v)?.iso ?? null;
}
