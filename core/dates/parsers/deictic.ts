// Days named from the page's own date: "yesterday", "today", "tomorrow", "hier", "aujourd'hui",
// "demain", "avant-hier", "après-demain", "ce matin", "last night". Resolved against the page's date
// only (a page without one leaves them unplaced).
import type { DateText } from '../context';
import { DEICTIC_DAYS } from '../lexicon';
import type { Found, TokenParser } from './parser';

/** Tokens a and b are one phrase: spaces between them, or the hyphen or apostrophe of "avant-hier", "aujourd'hui". */
function joined(x: DateText, a: number, b: number): boolean {
  const left = x.tokens[a];
  const right = x.tokens[b];
  if (!left || !right) return false;
  return /^(?:\s+|[-'\u2019])$/.test(x.text.slice(left.end, right.start)) || x.adjacent(a, b);
}

export const deictic: TokenParser = {
  name: 'deictic',
  openers: [...new Set(DEICTIC_DAYS.map((d) => d.words[0]!))],
  read(x, i): Found | undefined {
    for (const d of DEICTIC_DAYS) {
      let at = i;
      let ok = x.norm(i) === d.words[0];
      for (let k = 1; k < d.words.length && ok; k++) {
        // The hyphen of "avant-hier" is a token of its own.
        const next = x.norm(at + 1) === '-' ? at + 2 : at + 1;
        ok = x.norm(next) === d.words[k] && joined(x, next === at + 2 ? at + 1 : at, next);
        at = next;
      }
      if (ok) return { from: i, to: at, parts: { dayShift: d.offset } };
    }
    return undefined;
  },
};
