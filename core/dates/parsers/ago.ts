// So long before the page's date: "four days ago", "a week ago", "two years ago", "Seven days ago",
// "il y a quatre jours", "il y a une semaine", "il y a deux ans (de cela)". Resolved against the page's
// own date only; "a year ago today", "il y a un an jour pour jour" is that very day. Not "il y a
// quatre jours de combats" (a count), nor "a few days ago" (no figure).
import type { DateText } from '../context';
import type { RelativeUnit } from '../lexicon-types';
import { AGO_AFTER, AGO_BEFORE, AGO_BREAKERS, AGO_HEDGES, AGO_TAILS, AGO_TO_THE_DAY, COUNT_WORDS, UNITS } from '../lexicon';
import type { Found, TokenParser } from './parser';

/** The count at token i: digits (up to 4) or a word; undefined for what is part of a longer number ("twenty-four"). */
function countAt(x: DateText, i: number): number | undefined {
  const t = x.tokens[i];
  if (!t) return undefined;
  if (x.norm(i - 1) === '-' && x.glued(i - 1)) return undefined;
  if (t.type === 'number') {
    const n = x.digits(i);
    return n !== undefined && n > 0 ? n : undefined;
  }
  return t.type === 'word' ? COUNT_WORDS[t.norm] : undefined;
}

/** Does the phrase `words`, whose word `head` is at token i, stand there? Its first token index. */
function phraseAt(x: DateText, i: number, words: readonly string[], head: number): number | undefined {
  const from = i - head;
  if (from < 0) return undefined;
  for (let k = 0; k < words.length; k++) {
    if (x.norm(from + k) !== words[k]) return undefined;
    if (k > 0 && !x.adjacent(from + k - 1, from + k)) return undefined;
  }
  return from;
}

/** "today", ", jour pour jour" right after a time ago (a comma may stand between): the phrase's last token, or undefined. */
function toTheDayAfter(x: DateText, to: number): number | undefined {
  // After a comma, only a phrase of several words ("il y a un an, jour pour jour"): "A year ago, today's…" is another clause.
  const comma = x.norm(to + 1) === ',';
  const start = comma ? to + 2 : to + 1;
  // Inside the phrase an apostrophe may join words ("aujourd'hui").
  const joined = (i: number) => x.adjacent(i - 1, i) || /^['’]$/.test(x.text.slice(x.tokens[i - 1]!.end, x.tokens[i]!.start));
  const phrase = AGO_TO_THE_DAY.find((p) => (!comma || p.length > 1) && p.every((w, k) => x.norm(start + k) === w && (k === 0 || joined(start + k))));
  return phrase && x.adjacent(start - 1, start) ? start + phrase.length - 1 : undefined;
}

/** The found phrase, extended over "today" / "jour pour jour" when they follow it. */
function found(x: DateText, from: number, to: number, unit: RelativeUnit, count: number): Found {
  const exact = unit === 'day' || unit === 'week' ? undefined : toTheDayAfter(x, to);
  return exact === undefined ? { from, to, parts: { ago: { unit, count } } } : { from, to: exact, parts: { ago: { unit, count, toTheDay: true } } };
}

export const ago: TokenParser = {
  name: 'ago',
  openers: [...new Set([...AGO_AFTER, ...AGO_BEFORE].map((p) => p.words[p.head]!))],
  read(x, i): Found | undefined {
    for (const p of AGO_AFTER) {
      // count, unit, then the phrase: "four days ago"
      const from = phraseAt(x, i, p.words, p.head);
      if (from === undefined) continue;
      const unit = UNITS[x.norm(from - 1) ?? ''];
      const count = countAt(x, from - 2);
      if (unit === undefined || count === undefined || !x.adjacent(from - 2, from - 1)) continue;
      return found(x, from - 2, from + p.words.length - 1, unit, count);
    }
    for (const p of AGO_BEFORE) {
      // the phrase, count, unit: "il y a quatre jours"
      const from = phraseAt(x, i, p.words, p.head);
      if (from === undefined) continue;
      let c = from + p.words.length;
      // "il y a tout juste six mois": a hedge between the phrase and its count.
      const hedge = AGO_HEDGES.find((h) => h.every((w, k) => x.norm(c + k) === w && x.adjacent(c + k - 1, c + k)));
      if (hedge) c += hedge.length;
      const count = countAt(x, c);
      const unit = UNITS[x.norm(c + 1) ?? ''];
      if (count === undefined || unit === undefined || !x.adjacent(c, c + 1)) continue;
      let to = c + 1;
      if (AGO_BREAKERS.has(x.norm(to + 1) ?? '')) {
        if (!AGO_TAILS.has(x.norm(to + 2) ?? '')) continue;
        to += 2;
      }
      return found(x, from, to, unit, count);
    }
    return undefined;
  },
};
