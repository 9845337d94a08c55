// So long before the page's date: "four days ago", "a week ago", "two years ago", "Seven days ago",
// "il y a quatre jours", "il y a une semaine", "il y a deux ans (de cela)". Resolved against the page's
// own date only. Not "il y a quatre jours de combats" (a count), nor "a few days ago" (no figure).
import type { DateText } from '../context';
import { AGO_AFTER, AGO_BEFORE, AGO_BREAKERS, AGO_HEDGES, AGO_TAILS, COUNT_WORDS, UNITS } from '../lexicon';
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
      return { from: from - 2, to: from + p.words.length - 1, parts: { ago: { unit, count } } };
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
      return { from, to, parts: { ago: { unit, count } } };
    }
    return undefined;
  },
};
