// What the words around a figure say it is about: for every alias group of the dataset, how close
// it stands (same clause, same sentence, same paragraph, the section's heading, the page's title),
// who is counted, and whether the figure is only a part of a whole (one station, the next day).
import type { Figure } from '../claims/figures';
import type { Span } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { AliasHit } from './aliases';

export interface Place {
  /** 0–1 for places outside the figure's sentence (paragraph, heading, title). */
  weight: number;
  /** In the figure's sentence: how many tokens lie between the words and the figure. */
  distance?: number;
  /** In the sentence but beyond a neighbouring figure (another clause). */
  outsideClause?: boolean;
  /** In the sentence, after the figure. */
  after?: boolean;
  /** The words of the page that gave it. */
  phrase: string;
  /** A proper name (Palmyra, Bruxelles, Moscou): what ties a page to the reference's events at all. */
  named?: boolean;
}

/**
 * Measure words (verbs, units) bind tightly to their figure, yet any measure word of the figure's
 * own clause counts for something; names of events anywhere in the sentence count almost fully.
 */
export function weightOf(place: Place, reach: 'measure' | 'event'): number {
  if (place.distance === undefined) return place.weight;
  if (reach === 'measure') {
    const w = 1 / (1 + place.distance / 4);
    return place.outsideClause ? w * SENTENCE_OUTSIDE_CLAUSE : Math.max(w, CLAUSE_FLOOR);
  }
  const w = 0.5 + 0.5 / (1 + place.distance / 6);
  return place.outsideClause ? w * 0.9 : w;
}

export interface Evidence {
  /** Groups found in the figure's sentence, every place each stands (the scorer weighs distance and side). */
  sentence: Map<string, Place[]>;
  /** What a figure that continues the previous one ("down from 35") takes from it, weighed as it counted there. */
  inherited?: Map<string, Place>;
  /** Groups found elsewhere in the figure's block, in the heading of its section, in the page's title. */
  block: Map<string, Place>;
  heading: Map<string, Place>;
  page: Map<string, Place>;
  /** Who the figure counts, when the words next to it say so (a subject group), and where. */
  subject?: { group: string; phrase: string };
  /** The figure counts something the reference has no word for ("400 visiteurs", "188-page"). */
  countsSomethingElse: boolean;
  /** The alias groups of the noun the count is followed by ("400 jihadistes" → islamic-state), when it has one. */
  headGroups?: Set<string>;
  /** A duration written as an offset ("une semaine plus tôt", "four months after"): only spans between events fit it. */
  offset: boolean;
  /** A date opening its sentence ("Mardi 22 mars, deux explosions…"): its event words follow it. */
  fronted: boolean;
  /** A date after "depuis"/"since": the start of a state that lasts, not the day of a single event. */
  since: boolean;
  /** "losing 188 of its own": the count is of the actor's own side, whatever the previous count was of. */
  ownSide: boolean;
  /**
   * The figure's clause names a place the reference has no word for ("a car bomb killed 12 people
   * in Baghdad", "à Clermont-Ferrand, 400 visiteurs"): it is about somewhere else, unless the
   * sentence also names the entry's event.
   */
  elsewhere: boolean;
  /** How many words stand between the figure and that place. */
  elsewhereDistance: number;
  /**
   * "the 82-year-old antiquities chief": an age written before a noun is that noun's age; when the
   * noun is neither a place nor a name of the reference, the age is someone else's.
   */
  ageOfSomethingElse: boolean;
  /** Words that make the figure a part of a whole: "another 16", "at the station", "dont 16". */
  partOfWhole: boolean;
  /** A narrower time window written after the figure: "the next day", "rien qu'entre le 20 et le 27". */
  narrowWindowMarker: boolean;
}

export interface BlockContext {
  text: string;
  tokens: Token[];
  sentences: Span[];
  figures: Figure[];
  hits: AliasHit[];
  /** Built on first use, once per block: what every figure's evidence reads (see BlockIndex). */
  index?: BlockIndex;
  /** Hits of the nearest heading above the block, and of the page's title. */
  headingHits: Map<string, Place>;
  pageHits: Map<string, Place>;
}

const SENTENCE_OUTSIDE_CLAUSE = 0.6;
/** How far from a figure, in tokens, its sentence's words are read. */
const REACH_TOKENS = 150;
/** A measure word in the figure's own clause is worth at least this, however long the clause. */
const CLAUSE_FLOOR = 0.3;
/** Event names outside the sentence: the paragraph, the section's heading, the page's title. */
export const BLOCK_WEIGHT = 0.55;
export const HEADING_WEIGHT = 0.5;
export const PAGE_WEIGHT = 0.45;

/** Words that leave a generic count ("188 membres", "6 000 hommes") open to what follows. */
const GENERIC_HEADS = new Set([
  'membres', 'members', 'hommes', 'men', 'femmes', 'women', 'fighters', 'combattants', 'individus', 'individuals', 'persons',
  'gens', 'elements', 'éléments', 'autres', 'others', 'deja', 'already', 'supplementaires', 'additional', 'more', 'plus', 'environ',
  'au', 'a', 'in', 'at', 'et', 'and', 'were', 'was', 'ont', 'sont', 'had', 'have', 'has', 'a', 'ete', 'been', 'avaient', 'etaient',
  'selon', 'according', 'par', 'by', 'over', 'pendant', 'durant', 'during', 'lors', 'dans', 'en', 'sur', 'on', 'for', 'pour',
]);
/** Words that end a counted noun phrase: "deux camps à Genève" counts camps, not Geneva. */
const HEAD_PHRASE_STOPS = new Set(['a', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'avec', 'sans', 'depuis', 'selon', 'at', 'in', 'on', 'by', 'for', 'from', 'to', 'with', 'since', 'according', 'who', 'which', 'that', 'qui', 'que', 'dont', 'were', 'was', 'ont', 'sont', 'had', 'have', 'has', 'et', 'and']);
const PHRASE_ENDS = new Set(['et', 'and', 'ou', 'or', 'ont', 'sont', 'a', 'ete', 'avaient', 'etaient', 'were', 'was', 'had', 'have', 'has', 'been', 'qui', 'who', 'which', 'that', 'while', 'tandis', 'mais', 'but']);
/** Prepositions before a place: "in Baghdad", "à Clermont-Ferrand", "near Aleppo". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'a', 'en', 'au', 'aux', 'dans', 'pres', 'vers']);
const MONTH_OR_DAY_NAMES = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Nouns whose age a page may give as the reference gives a city's: "the 2,000-year-old city". */
const PLACE_NOUNS = new Set(['city', 'town', 'site', 'ruins', 'oasis', 'temple', 'temples', 'monument', 'monuments', 'heritage', 'settlement', 'ville', 'cite', 'site', 'ruines', 'oasis', 'patrimoine']);
const CASUALTY_NOUNS = new Set(['morts', 'mort', 'dead', 'tues', 'killed', 'victimes', 'victims', 'deces', 'deaths']);
const KILLING_VERBS = new Set(['killed', 'kill', 'kills', 'killing', 'tue', 'tuent', 'tuant', 'abattu', 'abattus', 'shot', 'massacred', 'executed', 'execute', 'slaughtered']);
const OFFSET_WORDS = new Set(['after', 'earlier', 'later', 'before', 'ago', 'apres', 'avant', 'auparavant', 'plus', 'since']);
const ATTRIBUTION_WORDS = new Set(['selon', 'according', 'apres', 'said', 'says', 'affirme', 'indique', 'rapporte', 'reported', 'reports', 'claimed']);
const CLAUSE_STOPS = new Set([',', ';', '.', '(', ')', ':', '!', '?', '"']);
const PART_BEFORE = [['another'], ['un', 'autre'], ['une', 'autre'], ['d', 'autres'], ['dont'], ['including'], ['among', 'them'], ['parmi', 'eux'], ['parmi', 'lesquels'], ['parmi', 'lesquelles'], ['rien', 'qu'], ['only', 'at'], ['a', 'elle', 'seule'], ['alone']];
const PART_PLACES = new Set(['station', 'airport', 'aeroport', 'gare', 'terminal', 'hall', 'hopital', 'hospital', 'checkpoint']);
const NARROW_AFTER = [
  ['le', 'lendemain'], ['la', 'veille'], ['the', 'next', 'day'], ['the', 'following', 'day'], ['the', 'day', 'before'], ['that', 'day'], ['ce', 'jour', 'la'],
  ['le', 'meme', 'jour'], ['the', 'same', 'day'], ['in', 'a', 'single', 'day'], ['en', 'une', 'journee'], ['en', 'une', 'seule', 'journee'], ['rien', 'qu', 'entre'],
  ['only', 'between'], ['dans', 'la', 'seule', 'journee'], ['on', 'the', 'first', 'day'], ['le', 'premier', 'jour'], ['des', 'le', 'lendemain'],
];

function phraseAt(tokens: Token[], i: number, words: string[]): boolean {
  let k = i;
  for (const w of words) {
    while (tokens[k]?.type === 'punct' && tokens[k]!.norm !== ',' && tokens[k]!.norm !== '.') k++;
    if (tokens[k]?.norm !== w) return false;
    k++;
  }
  return true;
}

/** Index of the sentence holding `offset` (binary search: sentences are in order). */
function sentenceOf(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid]!.end) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo);
}



/**
 * What every figure of a block reads, computed once per block so that a figure's evidence costs
 * time in proportion to its own sentence, not to the block: the blocks of hostile pages can hold
 * thousands of figures and hits (a quadratic loop there freezes a tab).
 */
interface BlockIndex {
  /** [first, last] token of each sentence. */
  sentenceTokens: Array<[number, number]>;
  /** wordUnits[i]: words (and dashes, counted twice) among tokens[0..i-1]; distances are differences. */
  wordUnits: Int32Array;
  /** Hits covering each token. */
  hitsAt: AliasHit[][];
  /** Hits outside attribution asides, by the sentence that holds them (-1: across sentences). */
  hitsBySentence: AliasHit[][];
  /** Per sentence: the best place of each group found in the block's other sentences. */
  blockPlaces: Array<Map<string, Place> | undefined>;
  /** Nearest same-kind figure before and after each figure (index, or -1). */
  prevSame: Int32Array;
  nextSame: Int32Array;
  /** Sorted token indexes of part-of-a-whole places ("station") and of unknown place names ("à Raqqa"). */
  partPlaces: number[];
  foreignPlaces: number[];
}

function isDash(t: Token): boolean {
  return t.norm === '\u2014' || t.norm === '\u2013';
}

function buildIndex(ctx: BlockContext): BlockIndex {
  const { tokens, text, figures, sentences } = ctx;
  const sentenceTokens: Array<[number, number]> = [];
  let t = 0;
  for (const span of sentences) {
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    let b = t;
    while (b < tokens.length && tokens[b]!.end <= span.end) b++;
    sentenceTokens.push([t, b - 1]);
    t = b;
  }
  if (sentenceTokens.length === 0) sentenceTokens.push([0, tokens.length - 1]);
  const wordUnits = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // "2,000": the digits after a thousands separator are the same figure, not another word.
    const continuesFigure = tok.type === 'number' && tokens[i - 1]?.type === 'punct' && tokens[i - 2]?.type === 'number';
    wordUnits[i + 1] = wordUnits[i]! + (isDash(tok) ? 2 : tok.type !== 'punct' && !continuesFigure ? 1 : 0);
  }
  const hitsAt: AliasHit[][] = [];
  for (const h of ctx.hits) for (let i = h.first; i <= h.last; i++) (hitsAt[i] ??= []).push(h);
  const asides = attributionAsides(ctx);
  const sentenceOfToken = (i: number) => {
    let lo = 0;
    let hi = sentenceTokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentenceTokens[mid]![0] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const hitsBySentence: AliasHit[][] = sentenceTokens.map(() => []);
  for (const h of ctx.hits) {
    if (asides.some(([a, b]) => h.first >= a && h.last <= b)) continue;
    const s = sentenceOfToken(h.first);
    if (h.last <= sentenceTokens[s]![1]) hitsBySentence[s]!.push(h);
  }
  const prevSame = new Int32Array(figures.length).fill(-1);
  const nextSame = new Int32Array(figures.length).fill(-1);
  const lastOf = new Map<string, number>();
  figures.forEach((f, i) => {
    const p = lastOf.get(f.dimension);
    if (p !== undefined) {
      prevSame[i] = p;
      nextSame[p] = i;
    }
    lastOf.set(f.dimension, i);
  });
  const partPlaces: number[] = [];
  const foreignPlaces: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (PART_PLACES.has(tok.norm)) partPlaces.push(i);
    const name = tokens[i + 1];
    if (!name || name.type !== 'word' || !PLACE_PREPOSITIONS.has(tok.norm)) continue;
    // The French à, not the English article: "a Reuters reporter" names no place.
    if (tok.norm === 'a' && !/^[àÀ]$/.test(text.slice(tok.start, tok.end))) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(text.slice(name.start, name.end))) continue;
    if ((hitsAt[i + 1]?.length ?? 0) > 0 || MONTH_OR_DAY_NAMES.has(name.norm)) continue;
    foreignPlaces.push(i + 1);
  }
  return { sentenceTokens, wordUnits, hitsAt, hitsBySentence, blockPlaces: [], prevSame, nextSame, partPlaces, foreignPlaces };
}

/** The best place of each group in the block's sentences other than `s`. */
function blockPlacesFor(ctx: BlockContext, index: BlockIndex, s: number): Map<string, Place> {
  let map = index.blockPlaces[s];
  if (map) return map;
  map = new Map();
  index.hitsBySentence.forEach((hits, k) => {
    if (k === s) return;
    for (const h of hits) {
      const old = map!.get(h.group);
      if (!old || (h.named && !old.named)) map!.set(h.group, { weight: BLOCK_WEIGHT, phrase: ctx.text.slice(ctx.tokens[h.first]!.start, ctx.tokens[h.last]!.end), named: h.named });
    }
  });
  index.blockPlaces[s] = map;
  return map;
}

/** First index in a sorted array with value >= x. */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function evidenceFor(ctx: BlockContext, index: number, subjectGroups: Set<string>, sentenceIndex?: number): Evidence {
  const f = ctx.figures[index]!;
  const { tokens, text } = ctx;
  const bi = (ctx.index ??= buildIndex(ctx));
  const s = sentenceIndex ?? sentenceOf(ctx.sentences, f.numberStart);
  const [sFirst, sLast] = bi.sentenceTokens[Math.min(s, bi.sentenceTokens.length - 1)]!;
  const between = (a: number, b: number) => Math.max(0, bi.wordUnits[b]! - bi.wordUnits[a + 1]!);
  // The clause of the figure: between its neighbours in the same sentence.
  // Figures of another kind do not compete for words: "captured the city, 2,000 years old, in April 2015".
  const prevFigure = bi.prevSame[index]! >= 0 ? ctx.figures[bi.prevSame[index]!] : undefined;
  const nextFigure = bi.nextSame[index]! >= 0 ? ctx.figures[bi.nextSame[index]!] : undefined;
  const clauseFirst = prevFigure && prevFigure.lastToken >= sFirst ? prevFigure.lastToken + 1 : sFirst;
  const clauseLast = nextFigure && nextFigure.firstToken <= sLast ? nextFigure.firstToken - 1 : sLast;
  const figFirst = Math.min(f.firstToken, tokenIndexOfOffset(tokens, f.start));
  const figLast = Math.max(f.lastToken, tokenIndexOfOffset(tokens, f.end - 1));

  const sentence = new Map<string, Place[]>();
  const hitsAt = bi.hitsAt;
  const coveredAt = (i: number) => (hitsAt[i]?.length ?? 0) > 0;
  // Only the words within reach of the figure: a sentence can be a whole page long (lists, tables
  // without stops), and a word 150 tokens away says nothing about this figure.
  const inSentence = bi.hitsBySentence[s] ?? [];
  let lo = 0;
  let hi = inSentence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inSentence[mid]!.first < figFirst - REACH_TOKENS) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < inSentence.length; k++) {
    const h = inSentence[k]!;
    if (h.first > figLast + REACH_TOKENS) break;
    const phrase = text.slice(tokens[h.first]!.start, tokens[h.last]!.end);
    const d = h.last < figFirst ? between(h.last, figFirst) : h.first > figLast ? between(figLast, h.first) : 0;
    const outsideClause = h.last < clauseFirst || h.first > clauseLast;
    const place: Place = { weight: 1, distance: d, outsideClause, after: h.first > figLast, phrase, named: h.named };
    const list = sentence.get(h.group);
    if (list) list.push(place);
    else sentence.set(h.group, [place]);
  }
  const block = blockPlacesFor(ctx, bi, s);

  // Who is counted: the nearest subject group right after the figure (up to the clause's end or an
  // attribution), else right before it; a specific group wins over plain "people".
  let subject: Evidence['subject'];
  let countsSomethingElse = false;
  let headGroups: Set<string> | undefined;
  if (f.dimension === 'count') {
    const subjectAt = (i: number) => {
      const found = (hitsAt[i] ?? []).filter((h) => subjectGroups.has(h.group));
      return found.find((h) => h.group !== 'people') ?? found[0];
    };
    const pick = (from: number, to: number, step: 1 | -1, limit: number, stopAtBar: boolean) => {
      let best: AliasHit | undefined;
      for (let i = from, n = 0; step > 0 ? i <= to : i >= to; i += step, n++) {
        const t = tokens[i]!;
        if (n >= limit) break;
        if (t.type === 'punct') n--; // punctuation does not count towards the limit
        if (t.type === 'punct' && ((CLAUSE_STOPS.has(t.norm) && !(step < 0 && t.norm === ',')) || (stopAtBar && t.norm === '|'))) break;
        if (t.type === 'number') break;
        if (ATTRIBUTION_WORDS.has(t.norm)) break;
        // "its militants killed 130": before an active killing verb stands who killed, not who died.
        if (step < 0 && KILLING_VERBS.has(t.norm)) break;
        // "270 000 personnes ont été tuées et des millions de Syriens": once the counted noun is
        // found, a verb or a conjunction ends its phrase.
        if (best && step > 0 && PHRASE_ENDS.has(t.norm)) break;
        const h = subjectAt(i);
        if (h) {
          if (h.group !== 'people') return h;
          best ??= h;
        }
      }
      return best;
    };
    const after = pick(f.lastToken + 1, sLast, 1, 9, true);
    // "killed 130 people": a person noun after the figure says who; only "400 morts", "194 dead"
    // (the dead, not whose) send us looking before the figure, for "Pertes loyalistes : 194 morts".
    const afterIsPersonNoun = after?.group === 'people' && !CASUALTY_NOUNS.has(tokens[after.first]!.norm);
    // Not into the previous figure's own words: in "killing 400 IS militants and losing 188", the
    // militants are the 400, not the 188; "of its own" refers to whoever acts, unnamed here.
    const previousEnd = prevFigure ? tokenIndexOfOffset(tokens, prevFigure.end - 1) : -1;
    const ownSide = tokens[f.lastToken + 1]?.norm === 'of' && tokens[f.lastToken + 3]?.norm === 'own';
    const before = (after && after.group !== 'people') || afterIsPersonNoun || ownSide ? undefined : pick(figFirst - 1, Math.max(sFirst, previousEnd + 1), -1, 7, false);
    const hit = after && after.group !== 'people' ? after : before && before.group !== 'people' ? before : (after ?? before);
    if (hit) subject = { group: hit.group, phrase: text.slice(tokens[hit.first]!.start, tokens[hit.last]!.end) };
    // What the count is of: the noun phrase after it ("188 membres des forces prorégime",
    // "180 government soldiers") must hold words of the reference, or the count is of something else.
    if (f.headToken !== undefined) {
      const groups = new Set<string>();
      let content = 0;
      for (let i = f.headToken; i < tokens.length && content < 3; i++) {
        const t = tokens[i]!;
        if (t.type !== 'word' || HEAD_PHRASE_STOPS.has(t.norm)) break;
        const here = hitsAt[i] ?? [];
        // "41 combat sorties", "180 government soldiers": every word of the noun phrase counts.
        for (const h of here) groups.add(h.group);
        if (GENERIC_HEADS.has(t.norm)) continue;
        content++;
      }
      headGroups = groups;
      countsSomethingElse = groups.size === 0 && content > 0;
    }
  }

  // Part of a whole, written before the figure or next to it.
  let partOfWhole = false;
  if (f.dimension === 'count') {
    for (let i = Math.max(clauseFirst, figFirst - 3); i < figFirst; i++) {
      if (PART_BEFORE.some((p) => phraseAt(tokens, i, p))) partOfWhole = true;
    }
    const k = lowerBound(bi.partPlaces, sFirst);
    if (k < bi.partPlaces.length && bi.partPlaces[k]! <= clauseLast) partOfWhole = true;
  }

  let narrowWindowMarker = false;
  for (let i = figLast + 1; i <= sLast && i <= figLast + 12; i++) {
    if (NARROW_AFTER.some((p) => phraseAt(tokens, i, p))) narrowWindowMarker = true;
  }

  let offset = false;
  if (f.dimension === 'duration') {
    const a = tokens[figLast + 1]?.norm;
    const b = tokens[figLast + 2]?.norm;
    offset = (a === 'plus' && (b === 'tot' || b === 'tard')) || OFFSET_WORDS.has(a ?? '');
  }
  const fronted = f.dimension === 'date' && figFirst - sFirst <= 2;
  const justBefore = tokens[figFirst - 1]?.norm;
  const a1 = tokens[f.lastToken + 1]?.norm;
  const a2 = tokens[f.lastToken + 2]?.norm;
  const a3 = tokens[f.lastToken + 3]?.norm;
  const ownSide = f.dimension === 'count' && ((a1 === 'of' && (a2 === 'its' || a2 === 'their') && a3 === 'own') || ((a1 === 'de' || a1 === 'des') && (a2 === 'siens' || a2 === 'ses' || a2 === 'leurs')));
  const since = f.dimension === 'date' && (justBefore === 'depuis' || justBefore === 'since');

  // The nearest unknown place on each side of the figure, in its clause.
  let elsewhereDistance = Infinity;
  const from = Math.max(sFirst, clauseFirst) + 1;
  const k = lowerBound(bi.foreignPlaces, figFirst);
  const before = bi.foreignPlaces[k - 1];
  if (before !== undefined && before >= from) elsewhereDistance = between(before, figFirst);
  const after = bi.foreignPlaces[lowerBound(bi.foreignPlaces, figLast + 1)];
  if (after !== undefined && after <= clauseLast) elsewhereDistance = Math.min(elsewhereDistance, between(figLast, after));
  const elsewhere = elsewhereDistance !== Infinity;

  let ageOfSomethingElse = false;
  if (f.kind === 'age' && tokens[figLast]?.norm === 'old') {
    const noun = tokens[figLast + 1];
    if (noun?.type === 'word' && !PLACE_NOUNS.has(noun.norm) && !coveredAt(figLast + 1)) ageOfSomethingElse = true;
  }

  return { sentence, block, heading: ctx.headingHits, page: ctx.pageHits, subject, countsSomethingElse, headGroups, partOfWhole, narrowWindowMarker, offset, fronted, since, ownSide, elsewhere, elsewhereDistance, ageOfSomethingElse };
}


/** "417 tués (OSDH)", "450 tués (armée syrienne)": a parenthesis right after a figure names a source, not an event. */
function attributionAsides(ctx: BlockContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const g of ctx.figures) {
    let i = g.lastToken + 1;
    while (ctx.tokens[i]?.type === 'word' && i <= g.lastToken + 3 && !ctx.tokens.slice(g.lastToken + 1, i + 1).some((t) => t.norm === '(')) i++;
    if (ctx.tokens[i]?.norm !== '(') continue;
    let j = i + 1;
    while (j < ctx.tokens.length && ctx.tokens[j]!.norm !== ')' && j - i < 8) j++;
    if (ctx.tokens[j]?.norm === ')') out.push([i, j]);
  }
  return out;
}


function tokenIndexOfOffset(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export { sentenceOf };
