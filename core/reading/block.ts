// One block of text as the readers of a figure see it: its tokens cut into sentences, segments and
// phrases, the dataset's alias groups found in it, and its figures. Built once per block, so that
// every figure's reading costs time in proportion to its own surroundings.
//
// - A sentence ends at . ! ? (core/text/sentences.ts).
// - A segment is a part of a sentence between strong marks: ; : | ( ) and a spaced dash. "Pertes de
//   l'EI | 400 tués (premier bilan)" has three: the label, the figure, the aside.
// - A phrase is a part of a segment between commas.
import type { Figure } from '../claims/figures';
import type { Lexicon } from '../lexicon';
import type { AliasHit } from '../match/aliases';
import type { Span } from '../text/sentences';
import { DASHES, type Token } from '../text/tokens';

export type Range = [first: number, last: number];

// An en dash separates only when spaced (isSpacedMark): glued, it joins a range ('20–21 May', '2011–2016').
// So do a middle dot and a bullet, which list items of a metadata line ("Journal de 19 heures · Durée :
// 14 min"); glued, a middle dot is inside a word ("électeur·rices").
const SPACED_MARKS = new Set([...DASHES, '\u00b7', '\u2022']);
const STRONG = new Set([';', ':', '|', '(', ')', '[', ']', '\u2014']);

export interface ReadingBlock {
  text: string;
  tokens: Token[];
  figures: Figure[];
  lex: Lexicon;
  /** Alias hits of the dataset's groups, in token order. */
  hits: AliasHit[];
  /** hitsAt[i]: the hits covering token i. */
  hitsAt: AliasHit[][];
  sentences: Range[];
  /** For each token: its sentence, segment and phrase index. */
  sentenceOf: Int32Array;
  segmentOf: Int32Array;
  phraseOf: Int32Array;
  segments: Range[];
  phrases: Range[];
  /** The mark that opens each segment ('' for the first of a sentence). */
  segmentOpener: string[];
  /** inFigure[i]: token i is part of a figure (a date's month is no place name). */
  inFigure: Uint8Array;
  /** What readers compute once per range of a sentence and share (see reading.ts sentenceView). */
  views: Map<string, unknown>;
  /** The text of the block before, when it reads as this one's label (a fact file's "Seized by IS" above "2015-05-21"). */
  label?: BlockLabel;
  /** A heading: its "X :" is a section's theme ("Patrimoine : …"), not an item's subject. */
  heading?: true;
  /** A table row's cells, where each starts, with its column's header ("Jihadistes tués" over "417"). */
  columns?: Array<{ start: number; label: BlockLabel }>;
}

export interface BlockLabel {
  text: string;
  tokens: Token[];
  hits: AliasHit[];
}

/** The label from outside the block for text at `offset`: its column's header in a table row, else the block above. */
export function outerLabel(b: Pick<ReadingBlock, 'label' | 'columns'>, offset: number): BlockLabel | undefined {
  if (!b.columns) return b.label;
  let found: BlockLabel | undefined;
  for (const c of b.columns) if (c.start <= offset) found = c.label;
  return found;
}

export function buildBlock(text: string, tokens: Token[], sentences: Span[], figures: Figure[], hits: AliasHit[], lex: Lexicon): ReadingBlock {
  const n = tokens.length;
  const sentenceOf = new Int32Array(n);
  const segmentOf = new Int32Array(n);
  const phraseOf = new Int32Array(n);
  const sentenceRanges: Range[] = [];
  const segments: Range[] = [];
  const phrases: Range[] = [];
  const segmentOpener: string[] = [];
  let t = 0;
  const spans = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    // Tokens before the first sentence's start (leading spaces) belong to it.
    const first = t;
    // "400 morts chez les jihadistes — un record — et 188 dans les rangs…": after the closing dash of an
    // aside, the segment and phrase go on from where they were before it (they span the aside).
    let aside: { segment: number; phrase: number; opener: string } | undefined;
    while (t < n && (tokens[t]!.end <= span.end || s === spans.length - 1)) {
      const tok = tokens[t]!;
      sentenceOf[t] = s;
      const dash = t !== first && tok.type === 'punct' && isSpacedMark(text, tok);
      const strong = tok.type === 'punct' && (STRONG.has(tok.norm) || dash);
      if (dash && aside) {
        segments.push([aside.segment, t]);
        segmentOpener.push(aside.opener);
        phrases.push([aside.phrase, t]);
        aside = undefined;
      } else if (t === first || strong) {
        aside = dash ? { segment: segments.at(-1)![0], phrase: phrases.at(-1)![0], opener: segmentOpener.at(-1)! } : undefined;
        segments.push([t, t]);
        segmentOpener.push(t === first ? '' : tok.norm);
        phrases.push([t, t]);
      } else if (tok.type === 'punct' && tok.norm === ',' && !insideNumber(text, tok)) phrases.push([t, t]);
      segments[segments.length - 1]![1] = t;
      phrases[phrases.length - 1]![1] = t;
      segmentOf[t] = segments.length - 1;
      phraseOf[t] = phrases.length - 1;
      t++;
    }
    if (t > first) sentenceRanges.push([first, t - 1]);
    else sentenceRanges.push([first, first - 1]);
  }
  const inFigure = new Uint8Array(n);
  for (let k = 0, i = 0; k < figures.length; k++) {
    const f = figures[k]!;
    while (i > 0 && tokens[i - 1]!.end > f.start) i--;
    while (i < n && tokens[i]!.end <= f.start) i++;
    for (let j = i; j < n && tokens[j]!.start < f.end; j++) inFigure[j] = 1;
  }
  const hitsAt: AliasHit[][] = [];
  for (const h of hits) for (let i = h.first; i <= h.last; i++) (hitsAt[i] ??= []).push(h);
  return { text, tokens, figures, lex, hits, hitsAt, inFigure, views: new Map(), sentences: sentenceRanges, sentenceOf, segmentOf, phraseOf, segments, phrases, segmentOpener };
}

/** "270,000": a thousands separator, not a comma between phrases. */
function insideNumber(text: string, tok: Token): boolean {
  return /\d/.test(text[tok.start - 1] ?? '') && /\d/.test(text[tok.end] ?? '');
}

/** "Palmyre – la ville" but not "9-10": a dash between spaces separates like a colon. */
function isSpacedMark(text: string, tok: Token): boolean {
  if (!SPACED_MARKS.has(tok.norm)) return false;
  return /\s/.test(text[tok.start - 1] ?? '') && /\s/.test(text[tok.end] ?? '');
}

/**
 * How far a reader looks from a figure, in tokens: a clause is rarely longer, and a bound keeps the
 * work per figure constant when a hostile page writes a thousand figures in one sentence.
 */
export const REACH = 40;

const clamp = (r: Range, token: number): Range => [Math.max(r[0], token - REACH), Math.min(r[1], token + REACH)];

/**
 * "since"/"depuis"/"dès" at token i. A word the lexicon lists as accented counts only as the page
 * writes it, accent and all: "autour des 9 et 10 avril" has no "since".
 */
export function sinceAt(b: Pick<ReadingBlock, 'text' | 'tokens' | 'lex'>, i: number): boolean {
  const t = b.tokens[i];
  if (!t || !b.lex.since.has(t.norm)) return false;
  return !b.lex.accented.has(t.norm) || b.text.slice(t.start, t.end).toLowerCase() !== t.norm;
}

/** The figure's sentence (within REACH of `token`). */
export function sentenceRange(b: ReadingBlock, token: number): Range {
  return clamp(b.sentences[b.sentenceOf[token]!]!, token);
}

export function segmentRange(b: ReadingBlock, token: number): Range {
  return clamp(b.segments[b.segmentOf[token]!]!, token);
}

export function phraseRange(b: ReadingBlock, token: number): Range {
  return clamp(b.phrases[b.phraseOf[token]!]!, token);
}

/**
 * The comma that opens a relative clause, when the phrase of token i is one: a comma and a relative
 * pronoun ("the bombings in Brussels, which killed 35").
 */
export function relativeComma(b: ReadingBlock, i: number): number | undefined {
  const comma = phraseComma(b, i);
  return comma !== undefined && b.lex.relativePronouns.has(b.tokens[comma + 1]?.norm) ? comma : undefined;
}

/** The comma that opens the phrase of token i, when a comma does and a phrase stands before it. */
export function phraseComma(b: ReadingBlock, i: number): number | undefined {
  const phrase = phraseRange(b, i);
  const comma = b.tokens[phrase[0]]?.norm === ',' ? phrase[0] : phrase[0] - 1;
  return comma > 0 && b.tokens[comma]?.norm === ',' ? comma : undefined;
}

/** The phrase that relative clause hangs on: the one before its comma. */
export function antecedentOf(b: ReadingBlock, i: number): Range | undefined {
  const comma = relativeComma(b, i);
  return comma === undefined ? undefined : phraseRange(b, comma - 1);
}

/**
 * Token `last` ends the first half of a hyphenated compound ("the Britain-based monitor", "Russian-backed
 * troops", "IS-held towns"): a name written so qualifies the noun after it, it is not who acts or owns.
 */
export function compoundModifier(b: ReadingBlock, last: number): boolean {
  const dash = b.tokens[last + 1];
  const next = b.tokens[last + 2];
  return dash?.norm === '-' && next?.type === 'word' && dash.start === b.tokens[last]!.end && next.start === dash.end;
}

/** The words of tokens [first, last] as the page writes them. */
export function words(b: Pick<ReadingBlock, 'text' | 'tokens'>, first: number, last: number): string {
  if (last < first) return '';
  return b.text.slice(b.tokens[first]!.start, b.tokens[last]!.end);
}

/** Indexes of the items whose range starts in [from, to], items sorted by start (binary search). */
export function startingIn<T extends { range: Range }>(items: T[], from: number, to: number): number[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.range[0] < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < items.length && items[i]!.range[0] <= to; i++) out.push(i);
  return out;
}

/**
 * How many tokens the preposition of place ending at token i spans (0: none). The lexicon folds French
 * "à" to "a", which is also the English article: only the accented one counts.
 */
export function placePrepositionEndingAt(b: ReadingBlock, i: number): number {
  const n = b.lex.placePrepositions.before(b.tokens, i);
  const t = b.tokens[i];
  if (n === 1 && t!.norm === 'a' && !/^[àÀ]$/.test(b.text.slice(t!.start, t!.end))) return 0;
  return n;
}

/** The part of `within` in the table cell of `figure`: between the cell separators around it, if any. */
export function cellRange(b: ReadingBlock, figure: Range, [first, last]: Range): Range {
  let from = first;
  let to = last;
  for (let k = figure[0] - 1; k >= first; k--) if (b.tokens[k]!.norm === '|') { from = k + 1; break; }
  for (let k = figure[1] + 1; k <= last; k++) if (b.tokens[k]!.norm === '|') { to = k - 1; break; }
  return [from, to];
}

/**
 * A participle that describes a noun, where nothing happened: between a number and its noun ("25
 * captured soldiers": the capture is not the date's event), or glued by a hyphen to the word before
 * it ("government-held districts", "IS-held territory": no capture in that clause).
 */
export function describesNoun(b: ReadingBlock, h: AliasHit): boolean {
  if (b.tokens[h.last + 1]?.type !== 'word') return false;
  const before = b.tokens[h.first - 1];
  const stem = b.tokens[h.first - 2];
  const compound = before?.norm === '-' && before.end === b.tokens[h.first]!.start && stem?.end === before.start && stem.type === 'word' && !b.lex.verbPrefixes.has(stem.norm);
  if (compound) return h.first === h.last && !h.named;
  if (before?.type !== 'number') return false;
  // A participle, not the counted noun itself ("117 targets in…", "9 000 sorties en Syrie").
  const word = b.tokens[h.last]!.norm;
  for (const ending of b.lex.participleEndings.words) if (word.endsWith(ending)) return true;
  return false;
}

/** Groups of the hits within [first, last] (a hit counts when it starts there); `named`: proper names only. */
export function groupsIn(b: ReadingBlock, first: number, last: number, named = false, accept: (h: AliasHit) => boolean = () => true): Map<string, AliasHit> {
  const out = new Map<string, AliasHit>();
  for (let i = Math.max(0, first); i <= last && i < b.tokens.length; i++) {
    for (const h of b.hitsAt[i] ?? []) if (h.first === i && (!named || h.named) && !out.has(h.group) && accept(h)) out.set(h.group, h);
  }
  return out;
}

/** The nearest hit of one of `groups` to token range [from, to] within [first, last]: before and after, nearest first. */
export function nearestHit(b: ReadingBlock, groups: (g: string) => boolean, figure: Range, within: Range, accept: (h: AliasHit) => boolean = () => true): { hit: AliasHit; distance: number } | undefined {
  let best: { hit: AliasHit; distance: number } | undefined;
  for (let i = within[0]; i <= within[1]; i++) {
    for (const h of b.hitsAt[i] ?? []) {
      if (h.first !== i || !groups(h.group) || !accept(h)) continue;
      if (h.last >= figure[0] && h.first <= figure[1]) continue; // inside the figure's own words
      const distance = h.first > figure[1] ? h.first - figure[1] : figure[0] - h.last;
      if (!best || distance < best.distance) best = { hit: h, distance };
    }
  }
  return best;
}

/** Tokens from a coordinator to the figure a second object may span ("and its Roman-era ruins in"). */
const JOINED_OBJECT = 8;

function hasHit(b: ReadingBlock, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if ((b.hitsAt[i]?.length ?? 0) > 0) return true;
  return false;
}

/**
 * The clause of a figure inside its phrase: cut at a coordinator that opens another clause ("launched
 * their final assault on the city on 2015-05-20 and controlled all of it the following day").
 */
export function clauseRange(b: ReadingBlock, figure: Range): Range {
  let [first, last] = phraseRange(b, figure[0]);
  for (let i = figure[0] - 1; i > first; i--) {
    if (!b.lex.coordinators.has(b.tokens[i]!.norm) || pairedBy(b, i, first)) continue;
    // "overrun the town and its Roman-era ruins in May 2015": a possessive after the coordinator joins
    // a second object to the same verb, when no word of the reference's stands between.
    if (b.lex.possessives.has(b.tokens[i + 1]?.norm) && figure[0] - i <= JOINED_OBJECT && !hasHit(b, i + 1, figure[0] - 1)) continue;
    first = i + 1;
    break;
  }
  for (let i = figure[1] + 1; i < last; i++) if (b.lex.coordinators.has(b.tokens[i]!.norm) && !pairedBy(b, i, figure[1] + 1)) { last = i - 1; break; }
  return [first, last];
}

/** Tokens from "between" to the "and" that closes its pair: "between government and opposition". */
const PAIR_REACH = 3;

/** The coordinator at token i closes a pair opened by "between"/"entre" (no clause of its own). */
function pairedBy(b: ReadingBlock, i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - PAIR_REACH); k--) {
    if (b.tokens[k]!.type === 'punct') return false;
    if (b.lex.pairLeads.has(b.tokens[k]!.norm)) return true;
  }
  return false;
}

const APOSTROPHE = /['\u2019\u02bc]/;

/** Token i ends "X's" or "Xs'": a possessive ("Syria's war", "the jihadists' losses"). */
export function possessive(b: ReadingBlock, i: number): boolean {
  const t = b.tokens[i];
  if (!t) return false;
  const { text } = b;
  if (t.norm === 's' && APOSTROPHE.test(text[t.start - 1] ?? '')) return true;
  if (!APOSTROPHE.test(text[t.end] ?? '')) return false;
  const after = text[t.end + 1] === 's' ? t.end + 2 : t.end + 1;
  return !/\p{L}/u.test(text[after] ?? '');
}
