// How big a tab's report may get. A page of 1,000 figures once wrote a 9.2 MB report (each claim
// carried its whole sentence, up to a 16,000-character piece), close to storage.session's 10 MB shared
// by every tab. The content script builds reports within these bounds; the schemas of messages.ts
// reject anything beyond them where reports arrive. DOM-free and zod-free (the content script uses it).

/** Claims stored per tab; the report says how many more the page had. */
export const MAX_CLAIMS = 500;
/** A claim's sentence is clipped to about this many characters around its figure. */
export const SENTENCE_CHARS = 300;
/** Marks where a sentence was clipped. */
export const ELLIPSIS = '…';
/** The longest sentence a report may carry: the clip and an ellipsis at each end. */
export const MAX_SENTENCE = SENTENCE_CHARS + 2 * ELLIPSIS.length;
/** A figure's phrase or value as the page writes it ("at least 400 jihadists"). */
export const MAX_PHRASE = 300;
/** The page's words that tied a figure to an entry: a few short phrases. */
export const MAX_BECAUSE = 16;
export const MAX_WORDS = 200;
export const MAX_ID = 64;
/** A reference entry's id (the dataset's are a few words joined by hyphens). */
export const MAX_ENTRY_ID = 200;
export const MAX_ERROR = 300;
/** A language tag ('fr', 'pt-BR'). */
export const MAX_LANG_TAG = 35;
/** One text of the hover card (a label, a quote, the dispatch's sentence). */
export const MAX_CARD_TEXT = 4000;
/** Browsers accept longer addresses (Chromium: 2 MB); a report keeps this much of one. */
export const MAX_URL = 8192;

/** Claims the background sends back for one page (each within the bounds above): a page of 5,000 figures fits. */
export const MAX_FOUND = 20_000;
/**
 * Visible text the content script sends to the engine, in characters: 8 MB (the 1.6 MB page of the
 * corpus and a 5 MB text node fit; a page beyond is read up to here). Chromium's messages stop at
 * 64 MiB of JSON.
 */
export const MAX_PAGE_CHARS = 8_000_000;
/** A draft or a selection checked on its own (lib/tab-state/analysis.ts checkText): a long article fits. */
export const MAX_TEXT_CHARS = 200_000;
/** How much of a checked selection is kept to show with its verdicts. */
export const MAX_SELECTION_SHOWN = 2000;
/** Blocks sent for one page. */
export const MAX_BLOCKS = 100_000;
/** Clues to the page's date kept per source (lib/page-text/page-metadata.ts): far more than any page has. */
export const MAX_CLUES = 32;
/** A date clue's text is cut to this: a date value or a byline is far shorter. */
export const MAX_CLUE_CHARS = 400;

/** How far a clip edge may move to end on a word boundary rather than inside a word. */
const WORD_SLACK = 24;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isLowSurrogate = (s: string, i: number) => i > 0 && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00;

/** `text` cut to `max` UTF-16 units, never inside a surrogate pair. */
export function clipEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, isLowSurrogate(text, max) ? max - 1 : max);
}

/**
 * `sentence` clipped to about `max` characters around its figure, which runs from `start` to `end`
 * (offsets in the sentence): the figure is always kept whole (up to `max` itself), the rest of the window
 * shared between the words before and after it, edges moved to word boundaries when one is near, and an
 * ellipsis wherever text was cut. A sentence that fits is returned as it is. Linear in `max`, not in the
 * sentence: a 16,000-character sentence costs what a 300-character one does.
 */
export function clipSentence(sentence: string, start: number, end: number, max = SENTENCE_CHARS): string {
  if (sentence.length <= max) return sentence;
  const len = sentence.length;
  start = Math.max(0, Math.min(start, len));
  end = Math.max(start, Math.min(end, len));
  if (end - start >= max) end = start + max;
  const budget = max - (end - start);
  let before = Math.min(start, Math.floor(budget / 2));
  const after = Math.min(len - end, budget - before);
  before = Math.min(start, budget - after);
  let from = start - before;
  let to = end + after;
  // Word boundaries: move inwards to the nearest space, when one is close and the figure stays whole.
  if (from > 0 && !isSpace(sentence[from - 1])) {
    for (let i = from; i < Math.min(start, from + WORD_SLACK); i++) {
      if (isSpace(sentence[i])) {
        from = i + 1;
        break;
      }
    }
  }
  if (to < len && !isSpace(sentence[to])) {
    for (let i = to; i > Math.max(end, to - WORD_SLACK); i--) {
      if (isSpace(sentence[i - 1])) {
        to = i - 1;
        break;
      }
    }
  }
  if (isLowSurrogate(sentence, from)) from++;
  if (isLowSurrogate(sentence, to)) to--;
  let out = sentence.slice(from, to);
  if (from > 0) out = ELLIPSIS + out.trimStart();
  if (to < len) out = out.trimEnd() + ELLIPSIS;
  return out;
}

/**
 * Where the figure stands in its sentence. The engine's sentence is a slice of the block's text and
 * the figure's offsets are the block's: the sentence's last occurrence starting at or before the
 * figure is the one. Falls back to the figure's first occurrence in the sentence, then to its start.
 */
export function figureInSentence(
  blockText: string,
  sentence: string,
  figure: { start: number; end: number; text: string },
): { start: number; end: number } {
  const at = sentence.length === 0 ? -1 : blockText.lastIndexOf(sentence, figure.start);
  if (at >= 0 && figure.end <= at + sentence.length) return { start: figure.start - at, end: figure.end - at };
  const found = sentence.indexOf(figure.text);
  return found >= 0 ? { start: found, end: found + figure.text.length } : { start: 0, end: 0 };
}

/**
 * At most `max` of `items`, in their order: those `first` says matter most (claims tied to the
 * reference), then the others, until the bound. `omitted` counts the rest.
 */
export function boundedList<T>(items: readonly T[], first: (item: T) => boolean, max = MAX_CLAIMS): { kept: T[]; omitted: number } {
  if (items.length <= max) return { kept: [...items], omitted: 0 };
  const keep = new Uint8Array(items.length);
  let kept = 0;
  for (const pass of [true, false]) {
    for (let i = 0; i < items.length && kept < max; i++) {
      if (keep[i] === 0 && (!pass || first(items[i]!))) {
        keep[i] = 1;
        kept++;
      }
    }
  }
  return { kept: items.filter((_, i) => keep[i] === 1), omitted: items.length - kept };
}
