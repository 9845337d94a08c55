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
