// The two kinds of date parser, after chrono-node's: each reads one written form and returns the parts
// of the date as written, or nothing. Pattern parsers scan the whole text with one regular expression
// (numeric dates, times: digits and separators the tokenizer splits); token parsers are asked at the
// tokens that can open their form (a digit run, or one of their `openers`), so a page's other words
// cost one lookup each.
import type { DateText } from '../context';
import type { DateParts, Reading } from '../types';

/** The opener of token parsers that start at a digit run. */
export const DIGITS = '#digits';

/** What a token parser found: tokens `from`..`to` (both included; `from` may be before the opener). */
export interface Found {
  from: number;
  to: number;
  parts: DateParts;
  /** A time of day, not a date. */
  time?: boolean;
  /** Only a date when a refiner confirms it. */
  weak?: boolean;
}

export interface TokenParser {
  name: string;
  /** Folded words at which the parser is asked, or DIGITS. */
  openers: readonly string[];
  read(x: DateText, i: number): Found | undefined;
}

export interface PatternParser {
  name: string;
  /** Calls `emit` for each reading, in text order. */
  scan(x: DateText, emit: (r: Reading) => void): void;
}
