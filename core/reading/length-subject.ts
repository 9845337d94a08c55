// What a verb of length measures: its subject. "The journey to Lebanon took them 20 days", "Le procès
// a duré trois semaines": a journey's length, a trial's, not the event in focus. Unless the subject
// is a word the reference knows (the battle, the army, the town) or no noun at all ("It took them 20
// days", "Il a fallu vingt jours").
import type { ReadingBlock, Range } from './block';
import { segmentRange, words } from './block';
import { slot, type Slot } from './slot';

/** Tokens before the verb where its subject's noun may stand ("The journey to Lebanon took"). */
const SUBJECT_REACH = 6;

/** The noun of an unknown subject of the verb at `verb`, before the length at `figure`. */
export function lengthSubject(b: ReadingBlock, verb: Range, figure: Range): Slot<string> | undefined {
  const { tokens, lex } = b;
  const article = (k: number) => lex.determiners.has(tokens[k]?.norm) || lex.appositionArticles.has(tokens[k]?.norm);
  // A verb before the length; after an article it is a noun ("au terme d'une offensive de vingt jours"),
  // and a window's preposition is no verb ("40 sorties au-dessus de la région au cours des 24 heures").
  if (verb[1] >= figure[0] || article(verb[0] - 1) || lex.windowBefore.at(tokens, verb[0]) > 0) return undefined;
  const first = Math.max(segmentRange(b, verb[0])[0], verb[0] - SUBJECT_REACH);
  let noun: number | undefined;
  for (let i = first; i < verb[0]; i++) {
    // A word of the reference, or a figure (a date, another count), says nothing of another thing.
    if ((b.hitsAt[i]?.length ?? 0) > 0 || b.inFigure[i]) return undefined;
    // A common noun: a word in lower case after its article ("The journey", "le trajet", "une traversée").
    const t = tokens[i]!;
    if (t.type !== 'word' || article(i) || lex.notNouns.has(t.norm) || !article(i - 1) || i - 1 < first || !/^\p{Ll}/u.test(b.text.slice(t.start, t.end))) continue;
    noun ??= i;
  }
  return noun === undefined ? undefined : slot(words(b, noun, noun), 'length:subject', words(b, first, verb[0] - 1));
}
