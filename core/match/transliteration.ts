// Names written from Arabic end their last syllable as each outlet transliterates it: "Alianiyé",
// "Alianiyeh", "Alianiyah", "Alianiya". A name the dataset writes with one of those endings is found
// under the others too. Only names ending in "é" or "eh": other endings are not this syllable.
const WRITTEN = /(?:é|eh)$/u;
const FOLDED_ENDINGS = ['eh', 'e', 'ah', 'a'];

/** The other folded forms of a name's last word (`folded`: its folded form; `written`: as the dataset writes it). */
export function transliterations(written: string, folded: string): string[] {
  if (!WRITTEN.test(written)) return [];
  const stem = folded.replace(/(?:eh|e)$/, '');
  if (stem.length < 4) return [];
  return FOLDED_ENDINGS.map((ending) => stem + ending).filter((w) => w !== folded);
}
