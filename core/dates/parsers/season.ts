// A season and its year: "printemps 2015", "à l'automne 2015", "spring 2015", "the summer of 2015",
// "fall 2015"; or placed by the page's date: "last autumn", "le printemps dernier", "next spring". A
// season alone says no year ("cet été", "the fall of Palmyra"): no date.
import { ARTICLES, OF, SEASONS, SHIFT_AFTER, SHIFT_BEFORE } from '../lexicon';
import type { Found, TokenParser } from './parser';

export const season: TokenParser = {
  name: 'season',
  openers: Object.keys(SEASONS),
  read(x, i): Found | undefined {
    const s = SEASONS[x.norm(i) ?? ''];
    if (s === undefined) return undefined;
    // "the summer of 2015", "l'été de 2015"
    const of = OF.has(x.norm(i + 1) ?? '') && x.adjacent(i, i + 1) ? i + 1 : i;
    const y = x.yearAfter(of);
    if (y !== undefined) return { from: i, to: y, parts: { season: s, year: x.year(y) } };
    // "le printemps dernier", "last autumn" (not "the last spring of the war"); "this" is left out.
    const after = SHIFT_AFTER[x.norm(i + 1) ?? ''];
    if (after !== undefined && after !== 'this' && x.adjacent(i, i + 1)) return { from: i, to: i + 1, parts: { season: s, shift: after } };
    const before = SHIFT_BEFORE[x.norm(i - 1) ?? ''];
    if (before !== undefined && before !== 'this' && x.adjacent(i - 1, i) && !ARTICLES.has(x.norm(i - 2) ?? '')) return { from: i - 1, to: i, parts: { season: s, shift: before } };
    return undefined;
  },
};
