// A capture of one part of a town: "Troops take the medieval citadel", "l'armée reprend la citadelle",
// "seized the airport". Its date is that part's, not the day the whole town changed hands.
import type { ReadingBlock, Range } from './block';
import { words } from './block';
import { slot, type Slot } from './slot';

/** Words between the verb's determiner and the part it takes ("medieval" in "the medieval citadel"). */
const ADJECTIVES = 1;

/** A word of the event in [first, last] whose object, right after it, is a part of a town. */
export function capturedPart(b: ReadingBlock, [first, last]: Range, isEventWord: (g: string) => boolean): Slot<true> | undefined {
  const { tokens, lex } = b;
  for (let v = first; v <= last; v++) {
    const hit = (b.hitsAt[v] ?? []).find((h) => h.first === v && isEventWord(h.group));
    if (!hit) continue;
    // Its direct object: a determiner right after it ("take the…", "reprend la…"), not a preposition
    // ("raised over the citadel") nor another verb ("bombings left the airport").
    let i = hit.last + 1;
    if (!lex.determiners.has(tokens[i]?.norm)) continue;
    while (lex.determiners.has(tokens[i]?.norm)) i++;
    for (let k = 0; k <= ADJECTIVES && i <= last && tokens[i]!.type === 'word'; k++, i++) {
      const n = lex.placeParts.at(tokens, i);
      if (n > 0) return slot(true, 'place-part', words(b, v, i + n - 1));
    }
  }
  return undefined;
}
