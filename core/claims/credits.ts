// Credits of a photo or a video: "© Karim Haddad / L'Objectif, 27 mars 2016", "Photo: SANA, 27.03.2016".
// Their dates and numbers say when a picture was taken or filed, never a fact of the story, even when
// the credit is glued to a caption that tells one.
import type { Token } from '../text/tokens';
import type { PhraseSet } from '../lexicon';

/** A credit is a name, an agency and a date: a longer text after "Photo:" describes the picture. */
const LABELLED_CREDIT_CHARS = 80;

/** A sentence ends a credit glued to a caption: ". " before a capital, or the end of the block. */
const SENTENCE_END = /[.!?](?=\s+\p{Lu})/u;

/** Spans [start, end) of the block's credits: from a "©", or from a credit's label opening the block ("Photo :", "Crédit photo :"). */
export function creditSpans(text: string, tokens: Token[], labels: readonly PhraseSet[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const untilSentenceEnd = (from: number) => {
    const m = SENTENCE_END.exec(text.slice(from));
    return m ? from + m.index + 1 : text.length;
  };
  const label = Math.max(...labels.map((l) => l.at(tokens, 0)));
  if (label > 0 && tokens[label]?.norm === ':' && untilSentenceEnd(0) <= LABELLED_CREDIT_CHARS) spans.push({ start: 0, end: untilSentenceEnd(0) });
  for (let at = text.indexOf('©'); at >= 0; at = text.indexOf('©', at + 1)) spans.push({ start: at, end: untilSentenceEnd(at) });
  return spans;
}
