// A capture of one part of a town: "Troops take the medieval citadel", "l'armée reprend la citadelle",
// "seized the airport". Its date is that part's, not the day the whole town changed hands.
import type { ReadingBlock, Range } from './block';
import { sentenceRange, words } from './block';
import { slot, type Slot } from './slot';

/** Words between the verb's determiner and the part it takes ("medieval" in "the medieval citadel"). */
const ADJECTIVES = 1;

/** Words from a relative clause's comma back to the part it tells of ("La citadelle du XIIIe siècle, d'où…"). */
const ANTECEDENT_REACH = 4;

/**
 * The event told in a relative clause on a part of the town: "La citadelle, qui domine l'oasis et
 * d'où l'armée a délogé les jihadistes vendredi", "the airport, where troops took control on
 * Saturday". The sentence's first relative clause after a comma decides whose clause it is.
 */
function relativeOnPart(b: ReadingBlock, v: number): Slot<true> | undefined {
  const { tokens, lex } = b;
  const [sFirst] = sentenceRange(b, v);
  for (let r = sFirst + 1; r < v; r++) {
    if (tokens[r - 1]!.norm !== ',' || !(lex.relativePronouns.has(tokens[r]!.norm) || lex.relativePlaces.at(tokens, r) > 0)) continue;
    for (let k = r - 2; k >= Math.max(sFirst, r - 1 - ANTECEDENT_REACH) && tokens[k]!.norm !== ','; k--) {
      const n = lex.placeParts.at(tokens, k);
      if (n > 0 && k + n <= r - 1) return slot(true, 'place-part:relative', words(b, k, v));
    }
    return undefined;
  }
  return undefined;
}

/** A word of the event in [first, last] whose object, right after it, is a part of a town. */
export function capturedPart(b: ReadingBlock, [first, last]: Range, isEventWord: (g: string) => boolean): Slot<true> | undefined {
  const { tokens, lex } = b;
  for (let v = first; v <= last; v++) {
    const hit = (b.hitsAt[v] ?? []).find((h) => h.first === v && isEventWord(h.group));
    if (!hit) continue;
    const relative = relativeOnPart(b, v);
    if (relative) return relative;
    // Its direct object: a determiner right after it ("take the…", "reprend la…"), not a preposition
    // ("raised over the citadel") nor another verb ("bombings left the airport").
    let i = hit.last + 1;
    if (!lex.determiners.has(tokens[i]?.norm)) continue;
    while (lex.determiners.has(tokens[i]?.norm)) i++;
    for (let k = 0; k <= ADJECTIVES && i <= last && tokens[i]!.type === 'word'; k++, i++) {
      const n = lex.placeParts.at(tokens, i);
      if (n > 0) return slot(true, 'place-part', words(b, v, i + n - 1));
      // "the Mamluk-era citadel": a compound glued by hyphens is one adjective.
      while (tokens[i + 1]?.norm === '-' && tokens[i + 1]!.start === tokens[i]!.end && tokens[i + 2]?.type === 'word') i += 2;
    }
  }
  return undefined;
}

/** Tokens from a share to its town: "35% of the city", "la moitié de la ville", "most of the old town". */
const SHARE_REACH = 4;

/**
 * A share of the town in [first, last]: "troops hold about 35% of the city", "l'armée contrôle la
 * moitié de la ville". Its date is that share's, not the day the whole town changed hands.
 */
export function shareOfPlace(b: ReadingBlock, [first, last]: Range): Slot<true> | undefined {
  const { tokens, lex } = b;
  for (let i = first; i <= last; i++) {
    const percent = tokens[i]!.norm === '%';
    const share = percent ? 1 : lex.shareWords.at(tokens, i);
    if (share === 0) continue;
    let k = i + share;
    if (!lex.ofWords.has(tokens[k]?.norm)) continue;
    for (k++; k <= Math.min(last, i + share + SHARE_REACH) && tokens[k]!.type !== 'punct'; k++) {
      // "35% of the city": the number with its sign.
      if (lex.placeNouns.has(tokens[k]!.norm)) return slot(true, 'place-part:share', words(b, percent ? Math.max(first, i - 1) : i, k));
    }
  }
  return undefined;
}
