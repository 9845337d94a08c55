// Times of day: "10h30", "19 h", "6:42 PM", "21:15:08", "6 a.m.", "6pm", and spelled "à 14 heures
// (30)". They are no date claims, but their digits must never be read as figures.
import type { DateText } from '../context';
import { HOUR_PREPOSITIONS, HOUR_WORDS, OF } from '../lexicon';
import type { PatternParser, TokenParser } from './parser';

// Every alternative starts with a digit; what stands before it is tested after the match (cheaper than
// a lookbehind tried at every character). Groups: 1 the hour of "10h30".
const CLOCK = /(\d{1,2})\s?h\s?(?:\d{2})?(?![\p{L}\p{N}])|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?(?!\p{N})|\d{1,2}\s?[ap]\.\s?m\.|\d{1,2}\s?[ap]m\b/giu;
const WORD_OR_DIGIT_BEFORE = /[\p{L}\p{N}]/u;

export const clockTime: PatternParser = {
  name: 'time',
  scan(x: DateText, emit) {
    const { text } = x;
    CLOCK.lastIndex = 0;
    for (let m = CLOCK.exec(text); m !== null; m = CLOCK.exec(text)) {
      const before = text[m.index - 1];
      // "10:30" inside "1:10:30" or "a10h": not a time of its own. A colon form may follow a letter ("T21:15").
      if (before !== undefined && (m[0].includes(':') ? /[\p{N}:]/u.test(before) : WORD_OR_DIGIT_BEFORE.test(before))) {
        // Resume just after this start, so a shorter match inside it is still found.
        CLOCK.lastIndex = m.index + 1;
        continue;
      }
      if (m[1] !== undefined && Number(m[1]) > 24) continue;
      emit({ start: m.index, end: m.index + m[0].length, parser: 'time', parts: {}, time: true });
    }
  },
};

/** "à 14 heures", "vers 8 heures 30", "dès 6 heures": an hour of the clock, only after such a word. */
export const spelledHour: TokenParser = {
  name: 'hour',
  openers: [...HOUR_WORDS],
  read(x, i) {
    const n = i - 1;
    const hour = x.digits(n, 2);
    if (hour === undefined || hour > 24) return undefined;
    if (!HOUR_PREPOSITIONS.has(x.norm(n - 1) ?? '')) return undefined;
    // "à 14 heures de route" is a distance in time, not an hour.
    if (OF.has(x.norm(i + 1) ?? '')) return undefined;
    const minutes = x.digits(i + 1, 2);
    const to = minutes !== undefined && x.tokens[i + 1]!.norm.length === 2 && minutes < 60 && x.adjacent(i, i + 1) ? i + 1 : i;
    return { from: n, to, parts: {}, time: true };
  },
};
