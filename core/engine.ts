// The engine: a page's blocks in, its claims out, each with a verdict against the reference.
// DOM-free; the content script and the `check` command feed it the same PageInput.
import { readFigures, type Figure } from './claims/figures';
import { dayFromIso, dayOf, dayOfMonthOf, isoFromDay, monthOf, yearOf } from './dates/calendar';
import { findDates } from './dates/parse';
import { detectLanguage } from './language';
import type { AliasHit } from './match/aliases';
import { evidenceFor, HEADING_WEIGHT, PAGE_WEIGHT, sentenceOf, weightOf, type BlockContext, type Evidence, type Place } from './match/evidence';
import { MATCH_THRESHOLD, scoreEntry, type Candidate, type PageFacts } from './match/score';
import { findNumbers } from './numbers/spot';
import { mayHoldFigures } from './prefilter';
import type { CompiledEntry, CompiledReference } from './reference/compile';
import { splitSentences } from './text/sentences';
import { piecesOf } from './text/pieces';
import { tokenize, type Token } from './text/tokens';
import type { ClaimKind, Dimension, Interval, Lang, PageInput, Region, TextBlock, Verdict } from './types';
import { deltaOf, describeDelta, intersects, type Delta } from './verdict';

export interface Claim {
  /** Unique within the page: block index and offset. */
  id: string;
  block: number;
  /** Offsets of `text` in the block's text. */
  start: number;
  end: number;
  text: string;
  sentence: string;
  kind: ClaimKind;
  dimension: Dimension;
  interval: Interval;
  /** The figure as the page writes it, qualifier included ("at least 400", "7 mars"). */
  valueText: string;
  region: Region;
  verdict: Verdict;
  match?: {
    entryId: string;
    score: number;
    because: string[];
    delta?: Delta;
  };
  /** With `explain`: every entry considered, best first, and the evidence read around the figure. */
  explanation?: { candidates: Array<{ entryId: string; score: number; because: string[] }>; subject?: string; groups: string[] };
}

export interface AnalyzeOptions {
  /** Keep every candidate and the evidence on each claim (for `check --explain` and debugging). */
  explain?: boolean;
}

export interface PageAnalysis {
  lang: Lang;
  published?: string;
  claims: Claim[];
}

const CASUALTY_WORDS = new Set([
  'morts', 'mort', 'tues', 'tue', 'tuees', 'tuee', 'peri', 'blesses', 'blesse', 'blessees', 'victimes', 'deces', 'killed', 'dead', 'died',
  'deaths', 'wounded', 'injured', 'casualties', 'victims', 'lives', 'vie', 'toll', 'bilan', 'slain', 'perished', 'fatalities', 'pertes',
]);

/** Inherited evidence is worth a little less than words written next to the figure. */
const INHERITED = 0.85;
const INHERITED_CAP = 0.5;
/** Two candidates this close are a tie; only the value may then tell them apart. */
const TIE_RATIO = 0.85;
const LATEST_DAY_SCAN_CHARS = 20_000;

interface Scored {
  figure: Figure;
  block: number;
  sentence: number;
  /** Absent when the block names none of the reference's events: nothing was read around the figure. */
  evidence?: Evidence;
  best?: Candidate;
  verdict: Verdict;
  /** For periods: the entry whose check decided. */
  interval: Interval;
  candidates?: Candidate[];
}

export function analyzePage(page: PageInput, ref: CompiledReference, options: AnalyzeOptions = {}): PageAnalysis {
  const analyzer = new PageAnalyzer(page, ref, options);
  const claims: Claim[] = [];
  page.blocks.forEach((block, b) => {
    for (const piece of piecesOf(block.text)) for (const c of analyzer.analyzeBlock(block, b, piece)) claims.push(c);
  });
  return { lang: analyzer.lang, published: analyzer.published, claims };
}

/**
 * The engine block by block, so that a caller can spread a long page over several tasks (the content
 * script yields between chunks) and re-read only the blocks that changed. Blocks must come in page
 * order: a heading's words stand as context for the blocks that follow it.
 */
export class PageAnalyzer {
  readonly lang: Lang;
  readonly published?: string;
  private readonly facts: PageFacts;
  private readonly pageHits: Map<string, Place>;
  private readonly anchor: number;
  private headingHits = new Map<string, Place>();

  constructor(
    page: Pick<PageInput, 'blocks' | 'title' | 'published' | 'lang'>,
    private readonly ref: CompiledReference,
    private readonly options: AnalyzeOptions = {},
  ) {
    this.lang = page.lang ?? detectLanguage(page.blocks);
    const published = page.published ? dayFromIso(page.published) : undefined;
    this.published = published !== undefined ? isoFromDay(published) : undefined;
    this.facts = { published, dispatchDay: ref.dispatchDay, datedEventGroups: ref.datedEventGroups };
    this.pageHits = placesOf(ref, [page.title ?? '', firstHeading(page)], PAGE_WEIGHT);
    // Without a date of its own, a page's year-less dates are read against the latest full date it
    // writes, else the dispatch's; either way their year is a guess, and only day and month are
    // checked (see alignYear).
    this.anchor = published ?? latestWrittenDay(page) ?? ref.dispatchDay;
  }

  private topical(hits: AliasHit[]): boolean {
    const named = (places: Map<string, Place>) => [...places].some(([g, p]) => p.named && this.ref.topicGroups.has(g));
    return hits.some((h) => h.named && this.ref.topicGroups.has(h.group)) || named(this.headingHits) || named(this.pageHits);
  }

  /**
   * The claims of one block; `index` is the block's place on the page (it makes claim ids). A long
   * block is read in pieces (`piece`: [start, end) of its text, see core/text/pieces.ts); claims'
   * offsets are always into the whole block's text.
   */
  analyzeBlock(block: TextBlock, index: number, piece?: [number, number]): Claim[] {
    if (piece && (piece[0] > 0 || piece[1] < block.text.length)) {
      const [from, to] = piece;
      return this.analyzeBlock({ text: block.text.slice(from, to), region: block.region }, index).map((c) => ({
        ...c,
        id: `${index}:${c.start + from}`,
        start: c.start + from,
        end: c.end + from,
      }));
    }
    const { ref, options } = this;
    const text = block.text;
    if (block.region === 'heading') this.headingHits = placesOf(ref, [text.slice(0, 2000)], HEADING_WEIGHT);
    // Navigation, sidebars, bylines and footers are not the article: their figures are not its claims.
    if (block.region === 'boilerplate' || !mayHoldFigures(text)) return [];
    const tokens = tokenize(text);
    const numbers = findNumbers(text, tokens);
    const dates = findDates(text, tokens, { anchor: this.anchor, lang: this.lang });
    // A dateline ("DAMASCUS, March 27 (Reuters) -") dates the report, like a byline: not a claim.
    const figures = readFigures({ text, tokens, numbers, dates }).filter((f) => !isDateline(text, f));
    if (figures.length === 0) return [];
    const sentences = splitSentences(text);
    const hits: AliasHit[] = ref.aliases.find(text, tokens);
    const ctx: BlockContext = { text, tokens, sentences, figures, hits, headingHits: this.headingHits, pageHits: this.pageHits };
    // Every entry needs a proper name of its event around the figure (match/score.ts): where none
    // stands in the block, its heading or the title, no figure can match, and the evidence is not read.
    if (!this.topical(hits)) {
      return figures.map((f) => {
        const claim = toClaim({ figure: f, block: index, sentence: sentenceOf(sentences, f.numberStart), verdict: 'unrelated', interval: f.interval }, text, sentences, block.region, tokens);
        if (options.explain) claim.explanation = { candidates: [], groups: [] };
        return claim;
      });
    }

    const sentenceOfFigure = figures.map((g) => sentenceOf(sentences, g.numberStart));
    let previousCount: Evidence | undefined;
    const blockScored: Scored[] = [];
    figures.forEach((f, i) => {
      const evidence = evidenceFor(ctx, i, ref.subjectGroups, sentenceOfFigure[i]);
      const sentence = sentenceOfFigure[i]!;
      if (f.dimension === 'count') {
        // A count that does not say what it counts continues the previous one ("raised its count to 417",
        // "n'en recense que 270"); one that names its dead but not whose takes whose from it ("450 tués").
        const bare = f.headToken === undefined && !evidence.subject && !hasCasualtyWordNear(tokens, f);
        const whoseMissing = !evidence.subject && hasCasualtyWordNear(tokens, f);
        if ((bare || whoseMissing) && previousCount && !evidence.ownSide) inherit(evidence, previousCount, bare);
        if (evidence.subject || hasCasualtyWordNear(tokens, f)) previousCount = evidence;
      }
      const item: Scored = { figure: f, block: index, sentence, evidence, verdict: 'unrelated', interval: f.interval };
      decide(item, figures, i, sentenceOfFigure, ref, this.facts);
      // A count tied to a toll is what a following bare count continues ("revised to 32, down from 35").
      if (f.dimension === 'count' && item.best?.entry.entry.kind === 'casualties') previousCount = evidence;
      blockScored.push(item);
    });
    oneFactPerSentence(blockScored);
    return blockScored.map((item) => {
      const claim = toClaim(item, text, sentences, block.region, tokens);
      if (options.explain) {
        claim.explanation = {
          candidates: (item.candidates ?? []).map((c) => ({ entryId: c.entry.entry.id, score: Math.round(c.score * 1000) / 1000, because: c.because })),
          subject: item.evidence?.subject?.group,
          groups: [...(item.evidence?.sentence.keys() ?? [])],
        };
      }
      return claim;
    });
  }
}

function decide(item: Scored, figures: Figure[], index: number, sentenceOfFigure: number[], ref: CompiledReference, facts: PageFacts): void {
  const f = item.figure;
  const evidence = item.evidence;
  if (!evidence) return;
  const period = f.date?.period;
  if (period) {
    // "du 9 au 27 mars": when a count comes before it in the sentence it is that count's window, not a claim.
    // Figures are in order: walk back only through the figure's own sentence.
    let countBefore = false;
    for (let j = index - 1; j >= 0 && sentenceOfFigure[j] === item.sentence; j--) if (figures[j]!.dimension === 'count') countBefore = true;
    if (countBefore) return;
    const ends: Array<[Interval, 'start' | 'end']> = [
      [{ min: period.from[0], max: period.from[1] }, 'start'],
      [{ min: period.to[0], max: period.to[1] }, 'end'],
    ];
    let decided: { candidate: Candidate; interval: Interval; verdict: Verdict } | undefined;
    for (const [interval, role] of ends) {
      const candidates = ref.entries
        .filter((e) => e.entry.match.periodRole === role)
        .map((e) => scoreEntry(f, evidence, e, facts, { period: true }))
        .filter((c): c is Candidate => !!c && c.score >= MATCH_THRESHOLD)
        .sort((a, b) => b.score - a.score);
      const top = candidates[0];
      if (!top) continue;
      const aligned = alignYear(f, interval, top.entry.interval, facts);
      const verdict: Verdict = intersects(aligned, top.entry.interval) ? 'supported' : 'contradicted';
      if (!decided || (verdict === 'contradicted' && decided.verdict === 'supported')) decided = { candidate: top, interval: aligned, verdict };
    }
    if (decided) {
      item.best = decided.candidate;
      item.verdict = decided.verdict;
      item.interval = decided.interval;
    }
    return;
  }
  // A count's own window: a date or a short span after it in the sentence narrows what it counts.
  const candidates: Candidate[] = [];
  const weak: Candidate[] = [];
  for (const e of ref.entries) {
    const c = scoreEntry(f, evidence, e, facts);
    if (c && c.score < MATCH_THRESHOLD) weak.push(c);
    if (!c || c.score < MATCH_THRESHOLD) continue;
    if (e.window && f.dimension === 'count' && narrowedByLaterFigure(figures, index, e, item)) continue;
    candidates.push(c);
  }
  candidates.sort((a, b) => b.score - a.score);
  item.candidates = [...candidates, ...weak.sort((a, b) => b.score - a.score)];
  if (candidates.length === 0) return;
  let chosen = candidates[0]!;
  const ties = candidates.filter((c) => c.score >= TIE_RATIO * chosen.score && c.entry !== chosen.entry);
  if (ties.length > 0) {
    // Several facts fit the words equally: only a value that agrees with exactly one of them tells which.
    const bounded = Number.isFinite(f.interval.max) && f.interval.min > 0;
    const agreeing = bounded ? [chosen, ...ties].filter((c) => intersects(f.interval, c.entry.interval)) : [];
    if (agreeing.length !== 1) {
      if (agreeing.length === 0) return;
    }
    chosen = agreeing[0]!;
  }
  item.best = chosen;
  item.interval = alignYear(f, f.interval, chosen.entry.interval, facts);
  item.verdict = intersects(item.interval, chosen.entry.interval) ? 'supported' : 'contradicted';
}

/**
 * "le 7 mars" on a page that gives no date of its own: the year was guessed, so the date is
 * compared by day and month, in the entry's year. A page with a date keeps the year it implies.
 */
function alignYear(f: Figure, interval: Interval, reference: Interval, facts: PageFacts): Interval {
  if (f.dimension !== 'date' || !f.date?.yearInferred || f.date.relative || facts.published !== undefined) return interval;
  const shift = yearOf(reference.min) - yearOf(interval.min);
  if (shift === 0) return interval;
  const moved = (day: number) => dayOf(yearOf(day) + shift, monthOf(day), dayOfMonthOf(day));
  return { ...interval, min: moved(interval.min), max: moved(interval.max) };
}

/** "32 combattants tués le 10 mars": a single day inside the battle is a part of it, not the whole. */
function narrowedByLaterFigure(figures: Figure[], index: number, e: CompiledEntry, item: Scored): boolean {
  const f = figures[index]!;
  const window = e.window!;
  for (let j = index + 1; j < figures.length; j++) {
    const g = figures[j]!;
    if (g.start - f.end > 120 || g.dimension === 'count') break;
    if (g.dimension === 'date') {
      // "since the offensive began on March 7": a date on the window's first or last day opens or
      // closes the whole period; only a day strictly inside it is a part.
      const inside = g.interval.min > window.min && g.interval.max < window.max;
      const narrower = g.interval.max - g.interval.min < window.max - window.min - 1;
      if (inside && narrower) return true;
    }
    if (g.dimension === 'duration' && g.interval.max < window.max - window.min - 1) return true;
  }
  void item;
  return false;
}

/** Within one sentence, a date or duration entry is stated once: the best-tied figure keeps it. */
function oneFactPerSentence(items: Scored[]): void {
  const byKey = new Map<string, Scored>();
  for (const item of items) {
    if (!item.best || (item.figure.dimension !== 'date' && item.figure.dimension !== 'duration')) continue;
    const key = `${item.sentence}:${item.best.entry.entry.id}`;
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, item);
      continue;
    }
    const a = other.best!;
    const b = item.best;
    const otherWins = Math.abs(a.measure - b.measure) > 0.05 ? a.measure > b.measure : a.score >= b.score;
    const loser = otherWins ? item : other;
    if (loser === other) byKey.set(key, item);
    loser.best = undefined;
    loser.verdict = 'unrelated';
  }
}

function inherit(target: Evidence, from: Evidence, everything: boolean): void {
  target.subject ??= from.subject;
  if (!everything) return;
  // The previous figure's words count for this one as they counted for it, a little less.
  target.inherited ??= new Map();
  for (const [group, places] of from.sentence) {
    for (const p of places) {
      // Capped: the figure's own words, however far, outweigh what it inherits ("32 morts… le
      // nombre de blessés reste fixé à 340": 340 is the injured, not the dead).
      const weight = Math.min(INHERITED_CAP, INHERITED * weightOf(p, 'measure'));
      const old = target.inherited.get(group);
      if (!old || old.weight < weight) target.inherited.set(group, { weight, phrase: p.phrase, named: p.named });
    }
  }

  for (const [group, place] of from.block) if (!target.block.has(group)) target.block.set(group, place);
}

const DATELINE_BEFORE = /^\s*\p{Lu}[\p{L}'’. -]{1,40},\s*$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/u;

/** "DAMASCUS, March 27 (Reuters) -", "PARIS, 27 mars 2016 (AFP) -": the date of the report. */
function isDateline(text: string, f: Figure): boolean {
  if (f.dimension !== 'date' || f.start > 60) return false;
  const before = text.slice(0, f.start);
  if (!DATELINE_BEFORE.test(before)) return false;
  const city = before.trim().replace(/,$/, '');
  return DATELINE_AFTER.test(text.slice(f.end, f.end + 50)) && (city === city.toUpperCase() || /^\s*\(/.test(text.slice(f.end)));
}

function hasCasualtyWordNear(tokens: Token[], f: Figure): boolean {
  for (let i = Math.max(0, f.firstToken - 3); i <= Math.min(tokens.length - 1, f.lastToken + 4); i++) {
    if (CASUALTY_WORDS.has(tokens[i]!.norm)) return true;
  }
  return false;
}

function toClaim(item: Scored, text: string, sentences: ReturnType<typeof splitSentences>, region: Region, tokens: Token[]): Claim {
  const f = item.figure;
  const span = sentences[item.sentence] ?? { start: 0, end: text.length };
  const entry = item.best?.entry;
  let kind: ClaimKind = f.kind;
  if (f.dimension === 'count') {
    if (entry) kind = entry.entry.kind === 'casualties' ? 'casualties' : 'quantity';
    else if (hasCasualtyWordNear(tokens, f)) kind = 'casualties';
  }
  const claim: Claim = {
    id: `${item.block}:${f.start}`,
    block: item.block,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    sentence: text.slice(span.start, span.end),
    kind,
    dimension: f.dimension,
    interval: item.interval,
    valueText: text.slice(f.start, f.numberEnd),
    region,
    verdict: item.verdict,
  };
  if (entry && item.best) {
    const delta = deltaOf(f.dimension, item.interval, entry.interval);
    claim.match = { entryId: entry.entry.id, score: Math.round(item.best.score * 1000) / 1000, because: item.best.because, delta };
  }
  return claim;
}

function placesOf(ref: CompiledReference, texts: string[], weight: number): Map<string, Place> {
  const map = new Map<string, Place>();
  for (const text of texts) {
    if (!text) continue;
    const tokens = tokenize(text);
    for (const h of ref.aliases.find(text, tokens)) {
      const old = map.get(h.group);
      if (!old || (h.named && !old.named)) map.set(h.group, { weight, phrase: text.slice(tokens[h.first]!.start, tokens[h.last]!.end), named: h.named });
    }
  }
  return map;
}

function firstHeading(page: Pick<PageInput, 'blocks'>): string {
  return page.blocks.find((b) => b.region === 'heading')?.text ?? '';
}

/** Without a publication date, year-less dates resolve against the latest full date the page writes. */
function latestWrittenDay(page: Pick<PageInput, 'blocks'>): number | undefined {
  let latest: number | undefined;
  // A page's own date stands near its top: the first 20,000 characters are enough, and bound the work.
  let seen = 0;
  for (const block of page.blocks) {
    if ((seen += block.text.length) > LATEST_DAY_SCAN_CHARS) break;
    if (!/\d{4}/.test(block.text)) continue;
    const tokens = tokenize(block.text);
    for (const d of findDates(block.text, tokens, {}).dates) {
      if (d.precision === 'day' && !d.yearInferred && (latest === undefined || d.first > latest)) latest = d.first;
    }
  }
  return latest;
}

export { describeDelta };
