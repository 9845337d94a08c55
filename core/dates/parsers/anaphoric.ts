// Days counted from the previous date of the same text: "le lendemain", "la veille", "le
// surlendemain", "l'avant-veille", "the following day", "the next day", "the previous day", "the day
// before", "the day after", "a day later", "two days earlier", "un jour plus tard". The anaphora
// refiner resolves them against the date mentioned just before (a single day), or leaves them
// unresolved. Not "la veille du scrutin", "the day after the vote" (tied to an event, not a date).
import type { DateText } from '../context';
import { ANAPHORA, ANAPHORA_BREAKERS, ANAPHORA_HEADS, COUNT_WORDS, LATER_WORDS, UNITS } from '../lexicon';
import type { Found, TokenParser } from './parser';

function matches(x: DateText, from: number, words: readonly string[]): boolean {
  if (from < 0) return false;
  for (let k = 0; k < words.length; k++) {
    if (x.norm(from + k) !== words[k]) return false;
    if (k > 0 && !(words[k] === '-' || words[k - 1] === '-' ? x.glued(from + k - 1) : x.adjacent(from + k - 1, from + k))) return false;
  }
  return true;
}

function count(x: DateText, i: number): number | undefined {
  const t = x.tokens[i];
  if (!t || (x.norm(i - 1) === '-' && x.glued(i - 1))) return undefined;
  if (t.type === 'number') return x.digits(i, 2);
  return t.type === 'word' ? COUNT_WORDS[t.norm] : undefined;
}

/**
 * Days of the units an anaphora counts in. Not months: "four months earlier" is as often the time
 * between two events the text compares (an offset) as a date.
 */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };

export const anaphoric: TokenParser = {
  name: 'anaphoric',
  openers: [...new Set([...ANAPHORA_HEADS, ...Object.keys(UNITS).filter((w) => UNIT_DAYS[UNITS[w]!] !== undefined)])],
  read(x, i): Found | undefined {
    const word = x.norm(i)!;
    let best: Found | undefined;
    // Written as in the lexicon, accents included: "veillé" (watched over) folds to "veille" too.
    const t = x.tokens[i]!;
    if (ANAPHORA_HEADS.has(word) && x.text.slice(t.start, t.end).toLowerCase() === word) {
      for (const phrase of ANAPHORA) {
        const at = phrase.words.indexOf(word);
        if (at < 0) continue;
        const from = i - at;
        if (!matches(x, from, phrase.words)) continue;
        const to = from + phrase.words.length - 1;
        const next = x.norm(to + 1) ?? '';
        if (phrase.takesObject && ANAPHORA_BREAKERS.has(next)) continue;
        if (!best || to - from > best.to - best.from) best = { from, to, parts: { anaphora: phrase.offset } };
      }
      if (best) return best;
    }
    // "a day later", "two days earlier", "un jour plus tard"; "trois semaines plus tôt": give or
    // take half a week.
    const days = UNIT_DAYS[UNITS[word] ?? ''];
    if (days === undefined) return undefined;
    const n = count(x, i - 1);
    if (n === undefined || !x.adjacent(i - 1, i)) return undefined;
    for (const later of LATER_WORDS) {
      if (matches(x, i + 1, later.words) && x.adjacent(i, i + 1)) {
        const parts = days === 1 ? { anaphora: later.sign * n } : { anaphora: later.sign * n * days, anaphoraSpread: days / 2 };
        return { from: i - 1, to: i + later.words.length, parts };
      }
    }
    return undefined;
  },
};
