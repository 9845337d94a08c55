// Finds the dataset's alias groups in page text. Every alias is a phrase of folded words
// ("Etat islamique" → ["etat", "islamique"]); a hit is a run of word tokens equal to it. A phrasal
// verb ("pushed out", "took back") also matches around its object ("pushed the Islamic State out"):
// the hit is then its verb alone, so that the object's own words keep their groups.
import { inflections } from '../lexicon/inflect';
import { transliterations } from './transliteration';
import { DASHES, phraseWords, type Token } from '../text/tokens';

export interface AliasHit {
  group: string;
  /** Index of the first and last token of the phrase in the token array searched. */
  first: number;
  last: number;
  /** Matched a proper name of the group (an alias written with a capital): topic evidence. */
  named: boolean;
}

export interface AliasGroupInput {
  id: string;
  aliases: string[];
}

interface Phrase {
  group: string;
  words: string[];
  /** A proper name (written with a capital in the dataset): usable as page-level topic evidence. */
  named: boolean;
  /** An acronym ("IS", "EI", "UN"): matches only when the page writes it in capitals, or "is" would be IS. */
  acronym: boolean;
}

/** `o` is a longer phrase around `h` (of another group, or a longer alias of its own: "Al-Alianiyé" over "Alianiyé"). */
function covers(o: AliasHit, h: AliasHit): boolean {
  return o !== h && o.first <= h.first && o.last >= h.last && o.last - o.first > h.last - h.first;
}

/** Finds phrases of a lexicon at a token: how many tokens the one starting there spans (0: none). */
export interface PhraseFinder {
  at(tokens: Token[], i: number): number;
}

/** Tokens a set phrase of another sense may start before the word of the reference it holds. */
const OTHER_SENSE_REACH = 3;

/** Words a phrasal verb's object may hold between the verb and its particle ("the Islamic State"). */
const OBJECT_WORDS = 4;

export class AliasIndex {
  private readonly byFirstWord = new Map<string, Phrase[]>();
  /** Particles of phrasal verbs ("out", "back"): a two-word alias ending with one may be split by an object. */
  private readonly particles: Set<string>;
  /** Articles that, written with a capital inside a sentence, start another name: "La Palmyre" (a resort), "l'hôtel Le Palmyre". */
  private readonly nameArticles: Set<string>;
  /** The most tokens a phrase can span (words plus the punctuation skipped between them). */
  private longestSpan = 0;
  readonly namedGroups = new Set<string>();

  /** Set phrases in which a word of the reference has another sense ("hôpital de campagne", "election campaign"). */
  private readonly otherSenses: PhraseFinder | undefined;
  /** Nouns that make a place's name another thing's after it ("Palmyra Athletic") or before it ("rue de Palmyre"). */
  private readonly headsAfter: Set<string>;
  private readonly headsBefore: Set<string>;
  /** Words between a noun before a name and the name: "de", "du", "la" ("la rue de Palmyre"). */
  private readonly headLinks: Set<string>;

  constructor(
    groups: AliasGroupInput[],
    options: { particles?: Iterable<string>; nameArticles?: Iterable<string>; otherSenses?: PhraseFinder; nameHeads?: { after: Iterable<string>; before: Iterable<string>; links: Iterable<string> } } = {},
  ) {
    this.particles = new Set(options.particles ?? []);
    this.nameArticles = new Set(options.nameArticles ?? []);
    this.otherSenses = options.otherSenses;
    this.headsAfter = new Set(options.nameHeads?.after ?? []);
    this.headsBefore = new Set(options.nameHeads?.before ?? []);
    this.headLinks = new Set(options.nameHeads?.links ?? []);
    for (const g of groups) {
      const added = new Set<string>();
      for (const alias of g.aliases) {
        const words = phraseWords(alias);
        if (words.length === 0) continue;
        const named = /\p{Lu}/u.test(alias);
        if (named) this.namedGroups.add(g.id);
        const acronym = /^\p{Lu}{2,5}$/u.test(alias);
        this.longestSpan = Math.max(this.longestSpan, 2 * words.length);
        // A common word in every form the page may write ("emerged": emerges, emerging; "tué": tués,
        // tuée); a phrase by the forms of its first word ("began bombing": begins bombing). Names stay as written.
        // A name from Arabic, also under each outlet's ending of its last syllable ("Alianiyé", "Alianiyah").
        const forms = named
          ? [words, ...transliterations(alias.split(/[\s-]+/).at(-1)!, words.at(-1)!).map((last) => [...words.slice(0, -1), last])]
          : inflections(words[0]!).map((first) => [first, ...words.slice(1)]);
        for (const phrase of forms) {
          const key = phrase.join(' ');
          if (added.has(key)) continue;
          added.add(key);
          const list = this.byFirstWord.get(phrase[0]!) ?? [];
          list.push({ group: g.id, words: phrase, named, acronym });
          this.byFirstWord.set(phrase[0]!, list);
        }
      }
    }
    // Longest phrases first, so "Etat islamique" wins over a shorter alias at the same place.
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * Every alias occurrence among `tokens` (punctuation is skipped inside phrases, so "Al-Alianiyé"
   * matches "al alianiye"). One token can belong to several groups ("Palmyre" names the city, and
   * the battle takes place there); each group is reported once per place.
   */
  find(text: string, tokens: Token[], options: { namedOnly?: boolean } = {}): AliasHit[] {
    let hits: AliasHit[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'word') continue;
      const candidates = this.byFirstWord.get(t.norm);
      if (!candidates) continue;
      seen.clear();
      for (const p of candidates) {
        if (seen.has(p.group) || (options.namedOnly && !p.named)) continue;
        if (p.acronym && !/^\p{Lu}+$/u.test(text.slice(t.start, t.end))) continue;
        const last = this.phraseEnd(tokens, i, p.words);
        // Checked once the phrase is there: most candidates are not.
        if (last >= 0 && p.named && this.inAnotherName(text, tokens, i, last)) continue;
        if (last >= 0) {
          seen.add(p.group);
          hits.push({ group: p.group, first: i, last, named: p.named });
        } else if (this.splitVerbAt(tokens, i, p.words)) {
          seen.add(p.group);
          hits.push({ group: p.group, first: i, last: i, named: p.named });
        }
      }
    }
    const senses = this.otherSensesIn(tokens, hits);
    if (senses) hits = hits.filter((h) => !(senses.has(h.first) && senses.has(h.last)));
    // A phrase inside a longer phrase of another group is read as the longer one: "campaign" in
    // "air campaign", "Syrian" in "Syrian Observatory for Human Rights".
    // Hits come in order of their first token; a hit covering h starts at most `longest` tokens
    // before it, so only that window is compared (a block of a million words stays linear).
    // Only a phrase of several words can cover another: most blocks have none.
    if (!hits.some((h) => h.last > h.first)) return hits;
    const longest = this.longestSpan;
    return hits.filter((h, i) => {
      for (let k = i; k >= 0 && hits[k]!.first >= h.first - longest; k--) if (covers(hits[k]!, h)) return false;
      for (let k = i + 1; k < hits.length && hits[k]!.first <= h.first; k++) if (covers(hits[k]!, h)) return false;
      return true;
    });
  }

  /**
   * The name at tokens i..last is part of another thing's name, not the place: a noun of a street, a
   * club or a hotel stands after or before it ("Palmyra Athletic", "rue de Palmyre"), or an article
   * written with a capital inside a sentence before it ("le zoo de La Palmyre", "aboard The Palmyra").
   */
  private inAnotherName(text: string, tokens: Token[], i: number, last: number): boolean {
    const after = tokens[last + 1];
    if (after?.type === 'word' && this.headsAfter.has(after.norm) && /^\p{Lu}/u.test(text.slice(after.start, after.end))) return true;
    let h = i - 1;
    while (h >= i - 3 && h >= 0 && (tokens[h]!.norm === "'" || this.headLinks.has(tokens[h]!.norm))) h--;
    if (h >= 0 && tokens[h]!.type === 'word' && this.headsBefore.has(tokens[h]!.norm)) return true;
    if (this.nameArticles.size === 0) return false;
    // "L'Palmyre" does not occur, but "Le"/"La"/"The" right before, and "L'" before an apostrophe.
    const a = tokens[i - 1]?.norm === "'" ? i - 2 : i - 1;
    const article = tokens[a];
    if (!article || article.type !== 'word' || !this.nameArticles.has(article.norm)) return false;
    if (!/^\p{Lu}/u.test(text.slice(article.start, article.end))) return false;
    // At a sentence's start the capital says nothing, nor after a dash that opens an item ("Septembre
    // 2015 — La Russie s'engage…"; a hyphen inside a word is glued to both sides).
    const before = tokens[a - 1];
    const opensItem = DASHES.has(before?.norm ?? '') && before!.end < article.start;
    return !!before && !opensItem && !(before.type === 'punct' && ['.', '!', '?', ':', '«', '"', '('].includes(before.norm));
  }

  /** Tokens of the set phrases of another sense that hold a hit, if any (a hit there is no hit). */
  private otherSensesIn(tokens: Token[], hits: AliasHit[]): Set<number> | undefined {
    if (!this.otherSenses || hits.length === 0) return undefined;
    let masked: Set<number> | undefined;
    let next = 0;
    for (const h of hits) {
      // A phrase holding the hit starts at most a few tokens before it.
      for (let i = Math.max(next, h.first - OTHER_SENSE_REACH); i <= h.first; i++) {
        const n = this.otherSenses.at(tokens, i);
        if (n > 0 && i + n - 1 >= h.last) {
          masked ??= new Set();
          for (let k = i; k < i + n; k++) masked.add(k);
        }
      }
      next = h.first + 1;
    }
    return masked;
  }

  /** A two-word phrasal verb whose particle follows its object: "pushed [the Islamic State] out". */
  private splitVerbAt(tokens: Token[], first: number, words: string[]): boolean {
    if (words.length !== 2 || !this.particles.has(words[1]!)) return false;
    for (let j = first + 1, seenWords = 0; j < tokens.length && seenWords <= OBJECT_WORDS; j++) {
      const t = tokens[j]!;
      if (t.type === 'punct' && t.norm !== '-' && t.norm !== "'") return false;
      if (t.type !== 'word') continue;
      if (t.norm === words[1] && seenWords > 0) return true;
      seenWords++;
    }
    return false;
  }

  /**
   * The last token of `words` read from the word at `first` on, or -1. Numbers and punctuation between
   * words are skipped ("Al-Alianiyé" is "al alianiye"), but a phrase does not run across clause
   * punctuation: "de l'EI, le groupe" is not one phrase.
   */
  private phraseEnd(tokens: Token[], first: number, words: string[]): number {
    let at = first;
    for (let k = 1; k < words.length; k++) {
      let j = at + 1;
      for (; j < tokens.length && tokens[j]!.type !== 'word'; j++) if (tokens[j]!.type === 'punct' && tokens[j]!.norm !== '-') return -1;
      if (j >= tokens.length || tokens[j]!.norm !== words[k]) return -1;
      at = j;
    }
    return at;
  }
}
