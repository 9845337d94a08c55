// Word tokens with their offsets in the original text. Cue matching (aliases, verbs, units)
// works on folded tokens, so "l'EI", "l’EI" and "L'Ei" all give the tokens "l", "ei".

export interface Token {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Folded form (lower case, no accents). */
  norm: string;
  /** Letters, digits, or a single punctuation mark that matters to phrases. */
  type: 'word' | 'number' | 'punct';
}

// A word is letters (with inner apostrophes split off), a number is a digit run; the
// punctuation kept is what ends clauses or marks asides.
// One alternative per token type, so the type is known from the capture group without testing
// characters again: 1 word, 2 number, 3 punctuation.
const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\p{N}+)|([.,;:!?()[\]|"«»“”/%€$£\u2013\u2014-])/gu;
const COMBINING = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents; the common case (plain ASCII) skips Unicode normalisation. */
function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (end > to) break;
    if (m[1] !== undefined) out.push({ start, end, norm: foldWord(raw), type: 'word' });
    else if (m[2] !== undefined) out.push({ start, end, norm: raw, type: 'number' });
    else out.push({ start, end, norm: raw === '“' || raw === '”' || raw === '«' || raw === '»' ? '"' : raw, type: 'punct' });
  }
  return out;
}

/** Tokens of a phrase (an alias, a cue) as folded words, for sequence matching. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.type !== 'punct').map((t) => t.norm);
}
