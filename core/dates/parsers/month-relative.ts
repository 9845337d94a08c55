// A month placed by the page's date: "mai dernier", "mars prochain", "last May", "next March", "this
// May", "May last year", "May of last year", "mai de l'an dernier", "en mars de l'année dernière",
// "January this year". Resolved against the page's own date only.
import { ARTICLES, CAPITALISED_MONTHS, MONTHS, SHIFT_AFTER, SHIFT_BEFORE } from '../lexicon';
import type { DateParts } from '../types';
import type { Found, TokenParser } from './parser';

export const monthRelative: TokenParser = {
  name: 'month-relative',
  openers: [...Object.keys(MONTHS), ...Object.keys(CAPITALISED_MONTHS)],
  read(x, i): Found | undefined {
    const m = x.monthAlone(i);
    if (m === undefined) return undefined;
    const parts: DateParts = { month: m.value };
    const phrase = x.yearPhraseAfter(m.last);
    if (phrase !== undefined) {
      parts.yearOffset = phrase.offset;
      return { from: i, to: phrase.last, parts };
    }
    const after = SHIFT_AFTER[x.norm(m.last + 1) ?? ''];
    if (after !== undefined && x.adjacent(m.last, m.last + 1)) {
      parts.shift = after;
      return { from: i, to: m.last + 1, parts };
    }
    const before = SHIFT_BEFORE[x.norm(i - 1) ?? ''];
    // "last May", but not "the last May of the war".
    if (before !== undefined && x.adjacent(i - 1, i) && !(before === 'last' && ARTICLES.has(x.norm(i - 2) ?? ''))) {
      parts.shift = before;
      return { from: i - 1, to: m.last, parts };
    }
    return undefined;
  },
};
