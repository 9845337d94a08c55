// A figure stated as a hope, plan, expectation or possibility, not as what happened: "the UN
// hopes to open a second round around April 9-10", "les combats pourraient durer deux semaines".
// The modal word stands before the figure in its phrase: "Troops aim to push on to Al-Alianiyeh,
// some 60 km to the south" hopes to push, not to be 60 km away; or the figure is the subject of a
// modal verb right after it ("as many as 200,000 deaths would have gone unrecorded").
import type { ReadingBlock, Range } from './block';
import { phraseRange, sinceAt, words } from './block';
import { slot, type Slot } from './slot';

/** The shortest verb in the future tense read as one ("aura", "sera" are too short to tell from other words). */
const FUTURE_VERB = 7;

/** "May" written with a capital is the month, not the modal. */
function monthMay(b: ReadingBlock, i: number): boolean {
  return b.tokens[i]!.norm === 'may' && /^M/.test(b.text.slice(b.tokens[i]!.start));
}

export function modalityOf(b: ReadingBlock, figure: Range): Slot<true> | undefined {
  const { tokens, lex } = b;
  const phrase = phraseRange(b, figure[0]);
  for (let i = figure[0] - 1; i >= phrase[0]; i--) {
    // "…which would be its heaviest toll since it emerged in 2013": the figure's own clause opens at
    // "since"; a modal before it is another clause's.
    if (sinceAt(b, i) || lex.subordinators.has(tokens[i]!.norm)) break;
    // "Les discussions reprendront le 13 avril": a verb in the future tense states what is expected.
    if (tokens[i]!.norm.length >= FUTURE_VERB && lex.futureEndings.endsWith(tokens[i]!.norm)) return slot(true, 'modality:future', words(b, i, i));
    const n = lex.modal.before(tokens, i);
    if (n === 0) continue;
    const first = i - n + 1;
    if (monthMay(b, first)) continue;
    return slot(true, 'modality', words(b, first, i));
  }
  const after = figure[1] + 1;
  if (lex.modalAuxiliaries.at(tokens, after) > 0 && !monthMay(b, after)) return slot(true, 'modality:verb', words(b, after, after));
  return undefined;
}

/** A modal word anywhere in a label ("9-10 April: the dates around which the UN hopes to resume talks"). */
export function modalityIn(b: ReadingBlock, range: Range): Slot<true> | undefined {
  let comma = false;
  for (let i = range[0]; i <= range[1]; i++) {
    // "Russian jets strike, the start of an intervention that will tilt the war": past its main clause
    // and a comma, a relative clause tells of its noun. (A label that is a noun and its relative clause,
    // "the dates around which the UN hopes to resume talks", says what it says there.)
    if (b.tokens[i]!.norm === ',') comma = true;
    if (comma && b.lex.relativePronouns.has(b.tokens[i]!.norm) && b.tokens[i - 1]!.type === 'word' && !b.lex.sayVerbs.has(b.tokens[i - 1]!.norm) && b.lex.modal.before(b.tokens, i - 1) === 0) break;
    const n = b.lex.modal.at(b.tokens, i);
    if (n > 0 && !monthMay(b, i)) return slot(true, 'modality:label', words(b, i, i + n - 1));
  }
  return undefined;
}
