// A toll of one cause only: "air strikes killed more than 320 militants", "320 jihadistes tués par les
// frappes russes". The reference's tolls count every death of an event, so a toll of one cause is
// another count. The cause is a group of the dataset flagged `cause`, in the count's clause.
import type { ReadingBlock, Range } from './block';
import { words } from './block';
import { slot, type Slot } from './slot';

/** A French participle ("les attentats qui ont frappé Bruxelles"): folded, it reads as the noun "frappe", which it is not. */
function participle(b: ReadingBlock, i: number): boolean {
  const t = b.tokens[i]!;
  return /é(?:e|s|es)?$/iu.test(b.text.slice(t.start, t.end));
}

export function causeOf(b: ReadingBlock, clause: Range, isCause: (g: string) => boolean): Slot<string> | undefined {
  for (let i = clause[0]; i <= clause[1]; i++) {
    const hit = (b.hitsAt[i] ?? []).find((h) => h.first === i && isCause(h.group) && !(h.last === i && participle(b, i)));
    if (hit) return slot(hit.group, 'cause', words(b, hit.first, hit.last));
  }
  return undefined;
}
