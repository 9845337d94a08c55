// A season and its year: "printemps 2015", "à l'automne 2015", "spring 2015", "the summer of 2015",
// "fall 2015". A season alone says no year ("cet été", "the fall of Palmyra"): no date.
import { OF, SEASONS } from '../lexicon';
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
    return y === undefined ? undefined : { from: i, to: y, parts: { season: s, year: x.year(y) } };
  },
};
