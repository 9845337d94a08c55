// Folding for comparisons: case, accents, typographic apostrophes and dashes do not matter
// when a page writes "Etat islamique" and the dataset "État islamique".

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, strip accents, unify apostrophes and dashes. Not length-preserving: use on words, not on page text. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}
