// Who says so: "selon l'OSDH", "according to the Syrian Observatory", "(SOHR, first count)",
// "Moscow said". For the reader (the card, `check --explain`): the rules do not need it, since
// other outlets' values for the same fact are exactly what "differs" reports.
import type { ReadingBlock, Range } from './block';
import { sentenceRange, words } from './block';
import { slot, type Slot } from './slot';

const SOURCE_WORDS = 6;

export function sourceOf(b: ReadingBlock, figure: Range): Slot<string> | undefined {
  const { tokens, lex } = b;
  // An aside right after the figure: "417 (SOHR, revised)", "450 tués (armée syrienne)".
  let k = figure[1] + 1;
  while (tokens[k]?.type === 'word' && k <= figure[1] + 3) k++;
  if (tokens[k]?.norm === '(') {
    let end = k + 1;
    while (end < tokens.length && tokens[end]!.norm !== ')' && end - k <= SOURCE_WORDS) end++;
    if (tokens[end]?.norm === ')' && end > k + 1) return slot(words(b, k + 1, end - 1), 'source:aside', words(b, k, end));
  }
  const [first, last] = sentenceRange(b, figure[0]);
  for (let i = first; i <= last; i++) {
    const n = lex.sourceBefore.at(tokens, i);
    if (n === 0) continue;
    let end = i + n;
    while (end <= last && end < i + n + SOURCE_WORDS && tokens[end]!.type === 'word') end++;
    if (end > i + n) return slot(words(b, i + n, end - 1), 'source:lead', words(b, i, end - 1));
  }
  return undefined;
}
