// "an offensive launched on March 9 of that year", "le 9 mars de la même année": a date written
// without its year takes the year of the last date before it that gave one, not the page's.
import { SAME_YEAR } from '../lexicon';

/** Characters after a date where the phrase may stand ("March 9 of the same year"). */
const REACH = 32;
const PHRASES = [...SAME_YEAR].sort((a, b) => b.length - a.length);

/** The folded words right after offset `end` of `text`: lower case, no accents, words joined by one space. */
function foldedAfter(text: string, end: number): string {
  return text
    .slice(end, end + REACH)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trimStart();
}

/** Does a "same year" phrase follow the date that ends at `end`? */
export function sameYearAfter(text: string, end: number): boolean {
  const after = foldedAfter(text, end);
  return PHRASES.some((p) => after === p || after.startsWith(`${p} `));
}
