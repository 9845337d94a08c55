// Cuts the dispatch's sentence around a quote, from the quote's character offsets. DOM-free: the
// card (content script), the popup and the viewer all use it.

export interface Span {
  start: number;
  end: number;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '»', '”', "'", ')', '’']);
/** Words written with a period that does not end a sentence: "M. Assad", "Mme Merkel". */
const ABBREVIATION = /(?:^|[\s("«“])(?:\p{Lu}|Mme|Mlle|Mgr|MM|Dr|Pr|St|Ste|av|env|cf|etc)$/u;
/** The dispatch's subheads are set off by spaced dashes: "… derniers jours. - Ville fantôme - Selon …". */
const SUBHEAD_DASH = ' - ';

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/** If a sentence ends at the terminal mark `text[i]`, the index just past it (and its closing quotes); else -1. */
function sentenceEndAt(text: string, i: number): number {
  if (!TERMINAL.has(text[i] ?? '')) return -1;
  if (text[i] === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 5), i))) return -1;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  if (j >= text.length) return j;
  return isSpace(text[j]) ? j : -1;
}

/**
 * The sentence (or sentences) of `text` holding `quote`: extended back to the end of the previous
 * sentence or subhead and forward to the end of its own, never before `floor` (e.g. the end of the
 * copy's header). Offsets are UTF-16 code units, as the dataset records them.
 */
export function sentenceAround(text: string, quote: Span, floor = 0): string {
  const qStart = Math.max(floor, Math.min(quote.start, text.length));
  const qEnd = Math.max(qStart, Math.min(quote.end, text.length));

  let start = floor;
  for (let i = qStart - 1; i >= floor; i--) {
    if (text.startsWith(SUBHEAD_DASH, i)) {
      start = i + SUBHEAD_DASH.length;
      break;
    }
    const end = sentenceEndAt(text, i);
    if (end !== -1 && end <= qStart) {
      start = end;
      break;
    }
  }

  let stop = text.length;
  // A quote that ends on its sentence's period ends the sentence there.
  for (let i = Math.max(qStart, qEnd - 1); i < text.length; i++) {
    if (i >= qEnd && text.startsWith(SUBHEAD_DASH, i)) {
      stop = i;
      break;
    }
    const end = sentenceEndAt(text, i);
    if (end !== -1 && end >= qEnd) {
      stop = end;
      break;
    }
  }
  return text.slice(start, stop).trim();
}

/**
 * The source's sentence around a dataset entry's quote: cut from the article's text (`text`, else the
 * text the dataset holds in `source.text`), never before its copy header when it has one. A dataset
 * without its article's text shows the quote itself as the sentence.
 */
export function sourceSentence(source: { text?: string; copyHeader?: { end: number } }, quote: Span & { text: string }, text: string | undefined = source.text): string {
  return text === undefined ? quote.text : sentenceAround(text, quote, source.copyHeader?.end ?? 0);
}
