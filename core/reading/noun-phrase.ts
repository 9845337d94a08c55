// What a count counts, from its own noun phrase: the noun after it ("400 jihadistes", "188 membres
// des forces prorégime", "the 2,000-year-old temple"), or the noun it is "of" when none follows
// ("a population of 22.4 million", "un bilan de 31 morts"). Known words are the dataset's alias
// groups; a noun that is none of them means the figure counts something the reference does not
// ("400 visiteurs", "146 sites", "19 other countries").
import type { Figure } from '../claims/figures';
import type { ReadingBlock } from './block';
import { words } from './block';
import { slot, type Slot } from './slot';

export interface NounPhrase {
  /** Alias groups of the words of the phrase. */
  groups: string[];
  /** A noun of the phrase that no group knows: the figure counts that. */
  other?: string;
  /** [first, last] tokens of the phrase. */
  range: [number, number];
}

const MAX_WORDS = 4;

/**
 * A past participle, by its ending as written: French -é, -ée, -és, -ées ("35 annoncés lundi"),
 * English -ed ("31 reported on Monday"). After a count it is the clause's verb, not its noun.
 */
export function isParticiple(b: ReadingBlock, i: number): boolean {
  const t = b.tokens[i]!;
  const raw = b.text.slice(t.start, t.end).toLowerCase();
  return raw.length > 3 && ((/(?:é|ée|és|ées)$/.test(raw) && !NOUN_IN_TE.test(raw)) || /[a-z]ed$/.test(raw));
}

/** French nouns in -té that read like participles: "14 nationalités", "3 sociétés", "deux universités". */
const NOUN_IN_TE = /(?:alit|ilit|arit|urit|ivit|icit|osit|iét|unaut|ersit|nit)és?$/;

/** An acronym written in capitals ("IS", "UN") is a name, not the word "is" or "un". */
function isAcronym(b: ReadingBlock, i: number): boolean {
  const t = b.tokens[i]!;
  return t.end - t.start >= 2 && /^\p{Lu}+$/u.test(b.text.slice(t.start, t.end));
}

/** A noun right after the one-word quote opening at `word` ("\"terrorist\" targets"): the quoted word only qualifies it. */
function nounAfterQuote(b: ReadingBlock, word: number): boolean {
  const { tokens, lex } = b;
  if (tokens[word + 1]?.norm !== '"') return false;
  const next = word + 2;
  const t = tokens[next];
  return !!t && t.type === 'word' && !lex.notNouns.has(t.norm) && !isParticiple(b, next) && !lex.verbEndings.endsWith(t.norm);
}

/** Token i is followed by a link and an infinitive ("continue de résister", "tente d'échapper"). */
function beforeInfinitive(b: ReadingBlock, i: number): boolean {
  const { tokens, lex } = b;
  const link = lex.beginLinks.at(tokens, i + 1);
  if (link === 0) return false;
  const verb = tokens[i + 1 + link];
  return !!verb && verb.type === 'word' && lex.infinitiveEndings.endsWith(verb.norm);
}

/** Token i is inside a figure that starts at or after token `from` (not the count's own, which may span its noun). */
function startsAfter(b: ReadingBlock, from: number, i: number): boolean {
  const at = b.tokens[i]!.start;
  const after = b.tokens[from]!.start;
  return b.figures.some((g) => g.start >= after && g.start <= at && at < g.end);
}

/** The noun phrase right after token `from`; undefined when the figure stands alone ("up to 417."). */
export function nounPhraseAfter(b: ReadingBlock, from: number): NounPhrase | undefined {
  const { tokens, lex } = b;
  let i = from;
  // "188-page study", "20-day battle": a noun glued by a hyphen.
  if (tokens[i]?.norm === '-' && tokens[i - 1]?.end === tokens[i]!.start && tokens[i + 1]?.type === 'word') i++;
  const groups = new Set<string>();
  let other: string | undefined;
  let first = -1;
  let last = -1;
  let content = 0;
  // After a generic or tally noun, "of"/"de" chains on: "membres des forces", "décompte des jihadistes".
  let open = true;
  for (; i < tokens.length && content < MAX_WORDS; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word') {
      if (t.norm === '-' && tokens[i + 1]?.type === 'word' && tokens[i + 1]!.start === t.end) continue; // "pro-regime"
      // "450 « terroristes » éliminés": the noun in quotes is the noun (the closing mark ends it); not
      // in "117 « terroristes » cibles", where a noun follows the quote.
      if (t.norm === '"' && first < 0 && tokens[i + 1]?.type === 'word' && !nounAfterQuote(b, i + 1)) continue;
      break;
    }
    // Another figure is no noun of this one: "contre 188 la veille au soir".
    if (b.inFigure[i] && startsAfter(b, from, i)) break;
    const hits = b.hitsAt[i] ?? [];
    if (lex.notNouns.has(t.norm) && !isAcronym(b, i)) break;
    // "une poignée de combattants refusaient encore…": the clause's verb, whatever it is.
    if (first >= 0 && hits.length === 0 && lex.verbEndings.endsWith(t.norm)) break;
    // "une poignée de combattants continue de résister": a word its link and an infinitive follow is a verb.
    if (first >= 0 && hits.length === 0 && beforeInfinitive(b, i)) break;
    if (hits.length === 0 && lex.determiners.has(t.norm)) {
      if (!open) break;
      continue;
    }
    // A second known word after a known noun is the clause's verb: "400 IS fighters died".
    if (hits.length > 0 && !open && first >= 0) break;
    // "190 tués côté prorégime", "188 killed among soldiers": what follows says whose, not what.
    if (first >= 0 && lex.whoseAfter.at(tokens, i) > 0) break;
    // "two counts of pro-government dead", "deux bilans": right after the number (no article between:
    // "417 son décompte" starts another phrase), a tally's noun is what is counted: tallies, not the dead.
    if (i === from && lex.tallyNouns.has(t.norm)) {
      first = last = i;
      other = t.norm;
      break;
    }
    if (first < 0) first = i;
    last = i;
    if (hits.length > 0) {
      for (const h of hits) groups.add(h.group);
      const end = Math.max(...hits.map((h) => h.last));
      // "180 Syrian soldiers": a proper adjective opening the phrase qualifies the known noun after it.
      const qualifies = first === i && end === i && hits.every((h) => h.named) && /^\p{Lu}/u.test(b.text.slice(t.start, t.end)) && (b.hitsAt[i + 1]?.length ?? 0) > 0;
      last = i = Math.max(i, end);
      content++;
      open = qualifies;
      continue;
    }
    // "35 annoncés lundi", "31 reported on Monday": a participle is the clause's verb.
    if (isParticiple(b, i)) break;
    content++;
    if (lex.genericNouns.has(t.norm) || lex.tallyNouns.has(t.norm)) {
      open = true;
      continue;
    }
    // A word no group knows: the noun counted, unless a known word follows it in the phrase
    // ("government soldiers" where only "soldiers" is known is read whole by the alias index).
    other ??= t.norm;
    open = false;
  }
  if (first < 0) return undefined;
  // A known noun anywhere in the phrase says what is counted: "180 government soldiers".
  return { groups: [...groups], ...(groups.size === 0 && other ? { other } : {}), range: [first, last] };
}

/** "a population of 22.4 million", "a crowd of 4,120", "un bilan de 31": the noun a count is "of". */
export function nounBefore(b: ReadingBlock, figureFirst: number): NounPhrase | undefined {
  const { tokens, lex } = b;
  const of = tokens[figureFirst - 1];
  if (!of || (of.norm !== 'of' && of.norm !== 'de' && of.norm !== 'd')) return undefined;
  const noun = figureFirst - 2;
  const t = tokens[noun];
  if (!t || t.type !== 'word' || lex.determiners.has(t.norm) || lex.notNouns.has(t.norm)) return undefined;
  const hits = b.hitsAt[noun] ?? [];
  if (hits.length > 0) return { groups: hits.map((h) => h.group), range: [noun, noun] };
  if (lex.tallyNouns.has(t.norm) || lex.genericNouns.has(t.norm)) return { groups: [], range: [noun, noun] };
  // Only a noun: "more than", "some" and other qualifiers end in "of"/"de" too and were read as the qualifier.
  return { groups: [], other: t.norm, range: [noun, noun] };
}

/** The count's own noun: after it, else the noun it is "of". */
export function countedNoun(b: ReadingBlock, f: Figure): Slot<NounPhrase> | undefined {
  // "188 of its own", "270 000 des siens": the actor's own people, whom the clause names.
  if (b.lex.ownSide.at(b.tokens, f.lastToken + 1) > 0) return undefined;
  const after = nounPhraseAfter(b, pastQuote(b, f.lastToken + 1));
  if (after && (after.groups.length > 0 || after.other)) return slot(after, 'noun-phrase:after', words(b, after.range[0], after.range[1]));
  const before = nounBefore(b, firstTokenOf(b, f));
  if (before && (before.groups.length > 0 || before.other)) return slot(before, 'noun-phrase:of', words(b, before.range[0], f.lastToken));
  return undefined;
}

const CLOSING_QUOTES = new Set(['»', '\u201d']);
/** Straight quotes close only when glued to the word before: 117 "terrorist" targets opens one. */
const STRAIGHT_QUOTES = new Set(['"', "'", '\u2019']);

/** A figure quoted alone: « plusieurs centaines » de jihadistes, "hundreds" of fighters: its noun is past the quote. */
function pastQuote(b: ReadingBlock, i: number): number {
  const t = b.tokens[i];
  // The tokenizer writes every quote as '"': the page's own character tells which it is.
  const raw = t ? b.text[t.start]! : '';
  if (!t || !(CLOSING_QUOTES.has(raw) || (STRAIGHT_QUOTES.has(raw) && b.tokens[i - 1]?.end === t.start))) return i;
  return b.lex.ofWords.has(b.tokens[i + 1]?.norm) ? i + 2 : i + 1;
}

/** The figure's first token, its qualifier included ("more than 400" starts at "more"). */
export function firstTokenOf(b: ReadingBlock, f: Figure): number {
  let i = f.firstToken;
  while (i > 0 && b.tokens[i - 1]!.start >= f.start) i--;
  return i;
}
