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
  /** Filled on first use: the hits covering each token, and the attribution asides of the block. */
  hitsAt?: AliasHit[][];
  asides?: Array<[number, number]>;
  /** Hits of the nearest heading above the block, and of the page's title. */
  headingHits: Map<string, Place>;
  pageHits: Map<string, Place>;
}

const SENTENCE_OUTSIDE_CLAUSE = 0.6;
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

function sentenceOf(sentences: Span[], offset: number): number {
  for (let i = 0; i < sentences.length; i++) if (offset < sentences[i]!.end) return i;
  return sentences.length - 1;
}

function tokenRange(tokens: Token[], span: Span): [number, number] {
  let a = 0;
  while (a < tokens.length && tokens[a]!.start < span.start) a++;
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= span.end) b++;
  return [a, b - 1];
}

function keep(map: Map<string, Place>, group: string, place: Place): void {
  const old = map.get(group);
  if (!old || old.weight < place.weight || (place.named && !old.named)) map.set(group, place);
}

export function evidenceFor(ctx: BlockContext, index: number, subjectGroups: Set<string>): Evidence {
  const f = ctx.figures[index]!;
  const { tokens, text } = ctx;
  const s = sentenceOf(ctx.sentences, f.numberStart);
  const [sFirst, sLast] = tokenRange(tokens, ctx.sentences[s] ?? { start: 0, end: text.length });
  // The clause of the figure: between its neighbours in the same sentence.
  // Figures of another kind do not compete for words: "captured the city, 2,000 years old, in April 2015".
  let prevFigure: Figure | undefined;
  for (let j = index - 1; j >= 0; j--) if (ctx.figures[j]!.dimension === f.dimension) { prevFigure = ctx.figures[j]; break; }
  let nextFigure: Figure | undefined;
  for (let j = index + 1; j < ctx.figures.length; j++) if (ctx.figures[j]!.dimension === f.dimension) { nextFigure = ctx.figures[j]; break; }
  const clauseFirst = prevFigure && prevFigure.lastToken >= sFirst ? prevFigure.lastToken + 1 : sFirst;
  const clauseLast = nextFigure && nextFigure.firstToken <= sLast ? nextFigure.firstToken - 1 : sLast;
  const figFirst = Math.min(f.firstToken, tokenIndexOfOffset(tokens, f.start));
  const figLast = Math.max(f.lastToken, tokenIndexOfOffset(tokens, f.end - 1));

  const sentence = new Map<string, Place[]>();
  const block = new Map<string, Place>();
  const asides = (ctx.asides ??= attributionAsides(ctx));
  const hitsAt = (ctx.hitsAt ??= indexHits(ctx));
  const coveredAt = (i: number) => (hitsAt[i]?.length ?? 0) > 0;
  for (const h of ctx.hits) {
    if (asides.some(([a, b]) => h.first >= a && h.last <= b)) continue;
    const phrase = text.slice(tokens[h.first]!.start, tokens[h.last]!.end);
    if (h.first >= sFirst && h.last <= sLast) {
      const d = h.last < figFirst ? wordsBetween(tokens, h.last, figFirst) : h.first > figLast ? wordsBetween(tokens, figLast, h.first) : 0;
      const outsideClause = h.last < clauseFirst || h.first > clauseLast;
      const place: Place = { weight: 1, distance: d, outsideClause, after: h.first > figLast, phrase, named: h.named };
      const list = sentence.get(h.group);
      if (list) list.push(place);
      else sentence.set(h.group, [place]);
    } else {
      keep(block, h.group, { weight: BLOCK_WEIGHT, phrase, named: h.named });
    }
  }

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
    const before = (after && after.group !== 'people') || afterIsPersonNoun ? undefined : pick(figFirst - 1, sFirst, -1, 7, false);
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
    for (let i = sFirst; i <= clauseLast; i++) if (PART_PLACES.has(tokens[i]!.norm)) partOfWhole = true;
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
  const before = tokens[figFirst - 1]?.norm;
  const since = f.dimension === 'date' && (before === 'depuis' || before === 'since');

  let elsewhere = false;
  let elsewhereDistance = Infinity;
  for (let i = Math.max(sFirst, clauseFirst); i < clauseLast; i++) {
    const prep = tokens[i]!;
    const name = tokens[i + 1]!;
    if (!PLACE_PREPOSITIONS.has(prep.norm) || name.type !== 'word' || (i + 1 >= figFirst && i + 1 <= figLast)) continue;
    // The French à, not the English article: "a Reuters reporter" names no place.
    if (prep.norm === 'a' && !/^[àÀ]$/.test(text.slice(prep.start, prep.end))) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(text.slice(name.start, name.end))) continue;
    if (coveredAt(i + 1)) continue;
    if (MONTH_OR_DAY_NAMES.has(name.norm)) continue;
    elsewhere = true;
    const d = i + 1 < figFirst ? wordsBetween(tokens, i + 1, figFirst) : wordsBetween(tokens, figLast, i + 1);
    elsewhereDistance = Math.min(elsewhereDistance, d);
  }

  let ageOfSomethingElse = false;
  if (f.kind === 'age' && tokens[figLast]?.norm === 'old') {
    const noun = tokens[figLast + 1];
    if (noun?.type === 'word' && !PLACE_NOUNS.has(noun.norm) && !coveredAt(figLast + 1)) ageOfSomethingElse = true;
  }

  return { sentence, block, heading: ctx.headingHits, page: ctx.pageHits, subject, countsSomethingElse, headGroups, partOfWhole, narrowWindowMarker, offset, fronted, since, elsewhere, elsewhereDistance, ageOfSomethingElse };
}

function indexHits(ctx: BlockContext): AliasHit[][] {
  const at: AliasHit[][] = [];
  for (const h of ctx.hits) for (let i = h.first; i <= h.last; i++) (at[i] ??= []).push(h);
  return at;
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

/** Words (and figures) strictly between two token indexes: punctuation does not add distance. */
function wordsBetween(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a + 1; i < b; i++) {
    const t = tokens[i]!;
    // A dash sets an aside apart: "the second test — talks with…" does not rank the talks.
    if (t.norm === '\u2014' || t.norm === '\u2013') n += 2;
    else if (t.type !== 'punct' && !(t.type === 'number' && tokens[i - 1]?.type === 'punct' && tokens[i - 2]?.type === 'number')) n++;
  }
  return n;
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
