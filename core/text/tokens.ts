// Word tokens with their offsets in the original text. Cue matching (aliases, verbs, units)
// works on folded tokens, so "l'EI", "l’EI" and "L'Ei" all give the tokens "l", "ei".

/** A hyphen, an en dash, an em dash: between spaces they separate like a colon. */
export const DASHES = new Set(['-', '\u2013', '\u2014']);

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
// punctuation kept is what ends clauses or marks asides. As a regular expression (the definition;
// tokens.test.ts checks the scanner below against it):
//   /(\p{L}[\p{L}\p{M}]*)|(\p{N}+)|([.,;:!?()[\]|"«»“”/%€$£\u2013\u2014\u00b7\u2022-])/gu
// The scanner reads character codes, and asks Unicode classes only of characters beyond ASCII
// (remembered per code point): a page's text goes through it once, and the regex was the slower.
const PUNCT = new Set([...'.,;:!?()[]|"«»“”/%€$£\u2013\u2014\u00b7\u2022-'].map((c) => c.codePointAt(0)!));
const COMBINING = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;

const enum Kind {
  Other = 0,
  Letter = 1,
  Mark = 2,
  Number = 3,
  Punct = 4,
}

const kinds = new Map<number, Kind>();
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;

function kindOf(c: number): Kind {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return Kind.Letter;
    if (c >= 48 && c <= 57) return Kind.Number;
    return PUNCT.has(c) ? Kind.Punct : Kind.Other;
  }
  let k = kinds.get(c);
  if (k === undefined) {
    const ch = String.fromCodePoint(c);
    k = LETTER.test(ch) ? Kind.Letter : MARK.test(ch) ? Kind.Mark : NUMBER.test(ch) ? Kind.Number : PUNCT.has(c) ? Kind.Punct : Kind.Other;
    kinds.set(c, k);
  }
  return k;
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Lower case without accents; the common case (plain ASCII) skips Unicode normalisation. */
function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  // Inside a surrogate pair, start at the pair (as a regular expression with the u flag does).
  if (i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  while (i < to) {
    const c = text.codePointAt(i)!;
    const k = kindOf(c);
    const width = c > 0xffff ? 2 : 1;
    if (k === Kind.Letter) {
      let j = i + width;
      // What folding needs: nothing for plain lower-case ASCII (most words), lower case for ASCII.
      let upper = c >= 65 && c <= 90;
      let ascii = c < 128;
      while (j < text.length) {
        const d = text.codePointAt(j)!;
        const kd = kindOf(d);
        if (kd !== Kind.Letter && kd !== Kind.Mark) break;
        if (d >= 128) ascii = false;
        else if (d <= 90) upper = true;
        j += d > 0xffff ? 2 : 1;
      }
      if (j > to) break;
      const word = text.slice(i, j);
      out.push({ start: i, end: j, norm: !ascii ? foldWord(word) : upper ? word.toLowerCase() : word, type: 'word' });
      i = j;
    } else if (k === Kind.Number) {
      let j = i + width;
      while (j < text.length) {
        const d = text.codePointAt(j)!;
        if (kindOf(d) !== Kind.Number) break;
        j += d > 0xffff ? 2 : 1;
      }
      if (j > to) break;
      out.push({ start: i, end: j, norm: text.slice(i, j), type: 'number' });
      i = j;
    } else {
      if (k === Kind.Punct) {
        const raw = text.slice(i, i + width);
        out.push({ start: i, end: i + width, norm: raw === '“' || raw === '”' || raw === '«' || raw === '»' ? '"' : raw, type: 'punct' });
      }
      i += width;
    }
  }
  return out;
}

/** Tokens of a phrase (an alias, a cue) as folded words, for sequence matching. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.type !== 'punct').map((t) => t.norm);
}
