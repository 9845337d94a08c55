// Qualifiers written before a figure, FR and EN, and the interval each gives by the verdict
// policy (../shared/eval/README.md): "au moins 400" is [400, +inf), never a minus sign.
import type { Interval } from '../types';
import { phraseWords } from '../text/tokens';
import type { Token } from '../text/tokens';

export type QualifierMeaning = 'exact' | 'more-than' | 'at-least' | 'nearly' | 'about' | 'less-than' | 'up-to';

const PHRASES: Record<Exclude<QualifierMeaning, 'exact'>, string[]> = {
  'more-than': ['plus de', "plus d'", 'au-delà de', 'au dela de', 'plus de quelque', 'more than', 'over', 'upwards of', 'in excess of', 'above', 'un peu plus de', 'slightly more than', 'well over', 'bien plus de', 'largement plus de', 'just over', 'a little over', 'a little more than', 'north of', 'better than', 'un peu plus d'],
  'at-least': ['au moins', 'pas moins de', "pas moins d'", 'au minimum', 'at least', 'no fewer than', 'no less than', 'a minimum of', 'at the very least', 'au bas mot', 'a minima'],
  nearly: ['près de', "près d'", 'presque', 'quasi', 'quasiment', 'pas loin de', 'nearly', 'almost', 'close to', 'just under', 'un peu moins de', "un peu moins d'", 'getting on for', 'close on', 'just shy of', 'a little under', 'a little less than', 'tout près de', 'à peine moins de'],
  about: ['environ', 'quelque', 'autour de', 'autour du', 'aux alentours de', 'approximativement', 'à peu près', 'about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'circa', 'vers', 'près de quelque', 'in the region of', 'of the order of', 'something like', "de l'ordre de", 'en gros'],
  'less-than': ['moins de', "moins d'", 'less than', 'fewer than', 'under', 'below'],
  'up-to': ["jusqu'à", 'up to', 'as many as', 'as much as', 'no more than', 'not more than', 'at most', 'at the most', 'pas plus de', "pas plus d'", 'au plus', 'tout au plus'],
};

interface Compiled {
  words: string[];
  meaning: Exclude<QualifierMeaning, 'exact'>;
}

const COMPILED: Compiled[] = Object.entries(PHRASES)
  .flatMap(([meaning, list]) => list.map((p) => ({ words: phraseWords(p), meaning: meaning as Compiled['meaning'] })))
  .sort((a, b) => b.words.length - a.words.length); // longest first: "un peu plus de" before "plus de"

export interface Qualifier {
  meaning: QualifierMeaning;
  /** Offset where the qualifier's words begin. */
  start: number;
}

/**
 * The qualifier ending right before token `index` (the figure's first token), if any.
 * Only words may stand between it and the figure: "over the previous 24 hours" is not "over 24".
 */
export function qualifierBefore(tokens: Token[], index: number): Qualifier | undefined {
  for (const q of COMPILED) {
    const n = q.words.length;
    const from = index - n;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const t = tokens[from + k]!;
      if (t.type !== 'word' || t.norm !== q.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { meaning: q.meaning, start: tokens[from]!.start };
  }
  return undefined;
}

/** The interval a qualified value stands for. */
export function qualifiedInterval(n: number, meaning: QualifierMeaning): Interval {
  switch (meaning) {
    case 'exact':
      return { min: n, max: n };
    case 'more-than':
    case 'at-least':
      return { min: n, max: Infinity };
    case 'nearly':
      return { min: 0.9 * n, max: n };
    case 'about':
      return { min: 0.9 * n, max: 1.1 * n };
    case 'less-than':
      return { min: 0, max: n, maxOpen: true };
    case 'up-to':
      return { min: 0, max: n };
  }
}
