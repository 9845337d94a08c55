// Centuries: "XVIIIe siècle", "au IIIe siècle", "1er siècle", "the 18th century", "XVIIIe siècle av.
// J.-C.", "XVIIIe siècle avant notre ère", "3rd century BC". Read from the word "siècle"/"century"
// back to its ordinal, so no other word pays for the Roman numeral test.
import type { DateText } from '../context';
import { CENTURY_WORDS, DAY_SUFFIXES, ERA_AFTER, ERA_BEFORE, ERA_TAIL } from '../lexicon';
import type { Found, TokenParser } from './parser';

const ROMAN = /^(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
const ROMAN_ORDINAL = /^([mdclxvi]+)(?:e|eme|er)$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = ROMAN_VALUES[s[i]!]!;
    const b = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** "av. J.-C." / "BC" after token `end`: the era's last token and whether it is before Christ. */
function eraAfter(x: DateText, end: number): { last: number; bc: boolean } {
  const a = x.norm(end + 1);
  const bc = a !== undefined && ERA_BEFORE.has(a);
  if (a === undefined || (!bc && !ERA_AFTER.has(a))) return { last: end, bc: false };
  let k = end + 1;
  while (k < end + 7 && ERA_TAIL.has(x.norm(k + 1) ?? '')) k++;
  // A lower-case era word alone is an ordinary word ("avant la guerre", "ce jour"): an era only with
  // its tail or in capitals ("BC", "AD").
  if (k === end + 1 && !x.capitalised(end + 1)) return { last: end, bc: false };
  return { last: k, bc };
}

export const century: TokenParser = {
  name: 'century',
  openers: [...CENTURY_WORDS],
  read(x, i): Found | undefined {
    const prev = x.tokens[i - 1];
    if (!prev) return undefined;
    let from: number;
    let value: number;
    const roman = prev.type === 'word' ? ROMAN_ORDINAL.exec(prev.norm) : null;
    if (roman !== null && ROMAN.test(roman[1]!)) {
      from = i - 1;
      value = romanValue(roman[1]!);
    } else if (DAY_SUFFIXES.has(prev.norm) && x.digits(i - 2) !== undefined && x.glued(i - 2)) {
      from = i - 2;
      value = x.digits(i - 2)!;
    } else return undefined;
    const era = eraAfter(x, i);
    return { from, to: era.last, parts: { century: era.bc ? -value : value } };
  },
};
