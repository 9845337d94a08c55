// One phase of an event: "the final push into the town began on Thursday", "la première phase de
// l'opération, lancée jeudi", "l'assaut final". A date or a count of a phase is not the whole event's.
import type { ReadingBlock, Range } from './block';
import { segmentRange, words } from './block';
import { slot, type Slot } from './slot';

/** A phase noun anywhere in `range`, or a phase word right before or after a noun of the event. */
export function phaseOf(b: ReadingBlock, [first, last]: Range, isEventWord: (g: string) => boolean): Slot<true> | undefined {
  const { tokens, lex } = b;
  for (let i = first; i <= last; i++) {
    if (lex.phaseNouns.has(tokens[i]!.norm)) return slot(true, 'phase:noun', words(b, i, Math.min(i + 3, last)));
    for (const h of b.hitsAt[i] ?? []) {
      if (h.first !== i || !isEventWord(h.group)) continue;
      const before = tokens[i - 1];
      if (i - 1 >= first && lex.phaseWords.has(before!.norm)) return slot(true, 'phase:word', words(b, i - 1, h.last));
      if (h.last + 1 <= last && lex.phaseWords.has(tokens[h.last + 1]!.norm)) return slot(true, 'phase:word', words(b, i, h.last + 1));
    }
  }
  return undefined;
}

/** How far back a phase's noun still heads the asides that date or measure it. */
const APPOSITION_REACH = 12;

/**
 * A phase's noun before the figure in its segment, across the asides that describe it: "a decisive
 * phase, launched on 24 March, that took only three days", "la phase finale, entamée le 24 mars".
 */
export function phaseBefore(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const [first] = segmentRange(b, figure[0]);
  for (let i = figure[0] - 1; i >= Math.max(first, figure[0] - APPOSITION_REACH); i--) {
    if (b.lex.phaseNouns.has(b.tokens[i]!.norm)) return slot(true, 'phase:before', words(b, i, figure[1]));
  }
  return undefined;
}

/** How many words a verb may put between "encore" and its length: "il aura encore fallu trois jours". */
const EXTRA_REACH = 2;

/**
 * A length added to another, so a part of the event's: "it took another three days", "il aura encore
 * fallu trois jours de combats", "deux jours supplémentaires".
 */
export function extraSpanOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const { tokens, lex } = b;
  if (lex.extraSpanAfter.at(tokens, figure[1] + 1) > 0) return slot(true, 'phase:extra', words(b, figure[0], figure[1] + 1));
  for (let k = figure[0] - 1; k >= Math.max(0, figure[0] - EXTRA_REACH); k--) {
    if (tokens[k]!.type === 'punct') break;
    if (lex.extraSpanBefore.before(tokens, k) > 0) return slot(true, 'phase:extra', words(b, k, figure[1]));
  }
  return undefined;
}

/**
 * One unit of an event taken out of it: "a single week of the fighting", "une journée des combats".
 * With "a" and "the" it is a part; "20 days of fighting", "the 20 days of the battle" are the whole.
 */
export function partitiveSpanOf(b: ReadingBlock, figure: Range, isEventWord: (g: string) => boolean): Slot<true> | undefined {
  const { tokens, lex } = b;
  if (!lex.indefiniteArticles.has(tokens[figure[0]]?.norm)) return undefined;
  const n = lex.partitiveOf.at(tokens, figure[1] + 1);
  if (n === 0) return undefined;
  const event = (b.hitsAt[figure[1] + 1 + n] ?? []).some((h) => isEventWord(h.group));
  return event ? slot(true, 'phase:partitive', words(b, figure[0], figure[1] + 1 + n)) : undefined;
}
