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

  /** How many tokens the longest phrase starting at token i spans (0: none). Punctuation ends a phrase. */
  at(tokens: Token[], i: number): number {
    const list = this.byFirst.get(tokens[i]?.norm ?? '');
    if (!list) return 0;
    for (const words of list) if (words.every((w, k) => tokens[i + k]?.norm === w && tokens[i + k]!.type !== 'punct')) return words.length;
    return 0;
  }

  /** How many tokens the longest phrase ending at token i spans (0: none). */
  before(tokens: Token[], i: number): number {
    const list = this.byLast.get(tokens[i]?.norm ?? '');
    if (!list) return 0;
    for (const words of list) {
      const from = i - words.length + 1;
      if (from >= 0 && words.every((w, k) => tokens[from + k]!.norm === w && tokens[from + k]!.type !== 'punct')) return words.length;
    }
    return 0;
  }
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
