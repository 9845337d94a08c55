// The lexicons compiled for reading tokens: every list becomes a set of folded phrases that can be
// looked for at a token (phrase starting there) or before it (phrase ending there).
import { phraseWords, type Token } from '../text/tokens';
import type { Lang } from '../types';
import { en } from './en';
import { fr } from './fr';
import type { LexiconWords } from './types';


export type Role = keyof LexiconWords;

/** Phrases of folded words, indexed by their first and last word. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byLast = new Map<string, string[][]>();
  readonly words = new Set<string>();

  constructor(phrases: string[]) {
    for (const p of phrases) {
      const words = phraseWords(p);
      if (words.length === 0) continue;
      if (words.length === 1) this.words.add(words[0]!);
      add(this.byFirst, words[0]!, words);
      add(this.byLast, words[words.length - 1]!, words);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.length - a.length);
  }

  /** A one-word phrase of the set that ends `norm` ("aient" ends "refusaient"). */
  endsWith(norm: string): boolean {
    for (const w of this.words) if (norm.length > w.length && norm.endsWith(w)) return true;
    return false;
  }

  /** A one-word phrase of the set. */
  has(norm: string | undefined): boolean {
    return norm !== undefined && this.words.has(norm);
  }

  /**
   * How many tokens the longest phrase starting at token i spans (0: none). Punctuation ends a phrase,
   * but for a hyphen inside a word ("l'avant-veille", "year-old"), which the phrase's words skip too.
   */
  at(tokens: Token[], i: number): number {
    const list = this.byFirst.get(tokens[i]?.norm ?? '');
    if (!list) return 0;
    for (const words of list) {
      let j = i;
      const match = words.every((w, k) => {
        if (k > 0 && innerHyphen(tokens, j)) j++;
        const ok = tokens[j]?.norm === w && tokens[j]!.type !== 'punct';
        j++;
        return ok;
      });
      if (match) return j - i;
    }
    return 0;
  }

  /** How many tokens the longest phrase ending at token i spans (0: none). */
  before(tokens: Token[], i: number): number {
    const list = this.byLast.get(tokens[i]?.norm ?? '');
    if (!list) return 0;
    for (const words of list) {
      let j = i;
      let match = true;
      for (let k = words.length - 1; k >= 0 && match; k--) {
        if (k < words.length - 1 && innerHyphen(tokens, j)) j--;
        match = j >= 0 && tokens[j]!.norm === words[k] && tokens[j]!.type !== 'punct';
        j--;
      }
      if (match) return i - j;
    }
    return 0;
  }
}

/** A hyphen glued to the words on both sides of it: "avant-veille", "year-old". */
function innerHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t?.norm === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end && tokens[i + 1]!.type !== 'punct';
}

function add(map: Map<string, string[][]>, key: string, words: string[]): void {
  const list = map.get(key);
  if (list) list.push(words);
  else map.set(key, [words]);
}

export type Lexicon = { readonly [R in Role]: PhraseSet } & { readonly lang: Lang };

/**
 * Both languages' words, for a page of either: pages quote the other language, and a short page's
 * language is easily misjudged. `lang` is the page's, for what differs by spelling (participles).
 */
function compile(lang: Lang): Lexicon {
  const out: Record<string, unknown> = { lang };
  for (const role of Object.keys(en) as Role[]) out[role] = new PhraseSet([...en[role], ...fr[role]]);
  return out as Lexicon;
}

const compiled: Partial<Record<Lang, Lexicon>> = {};

/** The lexicon for a page in `lang`, compiled once. */
export function lexicon(lang: Lang): Lexicon {
  return (compiled[lang] ??= compile(lang));
}
