// Sentence boundaries inside a block of text. A claim's sentence is what the reader sees
// as its context, and the first place the matcher looks for what a figure counts.

export interface Span {
  start: number;
  end: number;
}

// Words after which a full stop does not end a sentence (titles, initials, abbreviations).
const ABBREVIATIONS = new Set(
  'm mm mme mmes mlle dr pr st ste mr mrs ms prof gen gén col lt sgt capt cpt gov sen rep jr sr av apr j.-c jc vs etc cf p pp no nos n° vol ch fig env ca approx inc ltd co corp dept univ ave bd blvd jan janv feb fev févr mar apr avr jun juil jul aug sep sept oct nov dec déc'.split(' '),
);

const TERMINATORS = /[.!?…]+["'»”)\]]*/g;

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.-]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase().replace(/\.$/, '');
  // A unit's symbol after a number ends its sentence: "nocturne jusqu'à 21 h. Entrée : 8 €".
  if (word.length === 1 && /\d[\s\u00a0\u202f]$/u.test(text.slice(Math.max(0, i - 2), i))) return false;
  if (word.length === 1) return true; // an initial: "M. Assad", "J. Smith"
  return ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}?$/u.test(word); // "a.m", "U.S"
}

/** Splits a block into sentences; offsets are into `text`, trimmed of surrounding spaces. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  TERMINATORS.lastIndex = 0;
  for (let m = TERMINATORS.exec(text); m !== null; m = TERMINATORS.exec(text)) {
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 5);
    // Only a terminator followed by a space and a capital, a digit or a quote ends a sentence (French
    // quotes keep a space inside: "… l'OSDH. « L'organisation a perdu…").
    if (!/^\s+(?:["«“(][\s\u00a0\u202f]?)?[\p{Lu}\p{N}]/u.test(next) && end < text.length) continue;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    // "2.000" or "3.5" never reach here (no space after the dot).
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** A time of day a live post opens with: "11:20", "12 h 20", "9.40am". */
const TIME_LABEL = /^\s*\d{1,2}(?::|\s?h\s?|\.)\d{2}(?:\s?[ap]\.?m\.?)?\b/i;

/** A block opens with a time of day (a post of a live page). */
export function startsWithTime(text: string): boolean {
  return TIME_LABEL.test(text);
}

/**
 * A sentence without the time of day that labels its post ("10h40 – Moscou détaille…" is quoted from
 * "Moscou"): the time says when the post went up, not what the sentence states.
 */
export function withoutTimeLabel(sentence: string): string {
  const label = TIME_LABEL.exec(sentence);
  if (!label) return sentence;
  const rest = /^\s*[-\u2013\u2014:|]\s*/.exec(sentence.slice(label[0].length));
  return rest ? sentence.slice(label[0].length + rest[0].length) : sentence;
}
