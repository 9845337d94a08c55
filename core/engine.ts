// The engine: a page's blocks in, its claims out, each with a verdict against the reference.
// DOM-free; the content script and the `check` command feed it the same PageInput.
//
// For every figure it builds one reading (core/reading/: what it counts, whom, which place or event,
// its own window of time, part or rate, source, hope), then asks the same-fact rules
// (core/match/same-fact.ts) which entries it may be. The text's focus (the place it is about, and on
// pages written long after the events, the time) is carried from block to block.
import { readFigures, type Figure } from './claims/figures';
import { dayFromIso, dayOf, dayOfMonthOf, daysInMonth, isoFromDay, monthOf, yearOf } from './dates/calendar';
import { bylineDay } from './dates/byline';
import { findDates, type DateContext } from './dates/parse';
import { NEAR_FUTURE_DAYS } from './dates/resolve';
import { detectLanguage } from './language';
import { lexicon, type Lexicon } from './lexicon';
import { alignYear, judge, NEAR_DISPATCH_DAYS, type Judgement, type PageFacts } from './match/same-fact';
import { findNumbers } from './numbers/spot';
import { mayHoldDays, mayHoldFigures } from './prefilter';
import { buildBlock, groupsIn, sinceAt, type BlockLabel, type ReadingBlock } from './reading/block';
import { elsewhere, Focus, type Place } from './reading/focus';
import { figureRange, readFigure, sentenceView, type Reading, type ReadingVocabulary } from './reading/reading';
import type { Slot } from './reading/slot';
import type { FigureAt } from './reading/window';
import type { CompiledEntry, CompiledReference } from './reference/compile';
import { splitSentences, startsWithTime, withoutTimeLabel, type Span } from './text/sentences';
import { CELL_SEPARATOR, cellStarts, cellTexts } from './text/cells';
import { judgeWindowLength, windowLengthEntry } from './match/window-length';
import { piecesOf } from './text/pieces';
import { tokenize, type Token } from './text/tokens';
import type { ClaimKind, Dimension, Interval, Lang, PageInput, Region, TextBlock, Verdict } from './types';
import { deltaOf, describeDelta, intersects, type Delta } from './verdict';
import type { AliasHit } from './match/aliases';

/** A period of the page shorter than this share of the event's days is a part of it ("la nuit de samedi à dimanche" in a battle of 20 days). */
const PART_OF_PERIOD = 4;

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
    /** The page's words that tied the figure to the entry: what it counts, whom, where. */
    because: string[];
    delta?: Delta;
  };
  /** With `explain`: the figure's reading, slot by slot, and every entry's rule. */
  explanation?: Explanation;
}

export interface Explanation {
  reading: Record<string, { value: unknown; by: string; words: string }>;
  entries: Array<{ entryId: string; rule: string; ok: boolean; why: string }>;
}

export interface AnalyzeOptions {
  /** Keep every entry's judgement and the reading on each claim (for `check --explain` and debugging). */
  explain?: boolean;
}

export interface PageAnalysis {
  lang: Lang;
  published?: string;
  claims: Claim[];
}

const LATEST_DAY_SCAN_CHARS = 20_000;
/** A block above a figure's block is its label when it is this short and holds no figure ("Seized by IS"). */
const LABEL_CHARS = 60;
/** A line above a table's header row is its caption when this short. */
const CAPTION_CHARS = 120;
/** A question heading above a block says what its answer is about, up to this length ("Combien de temps la bataille a-t-elle duré ?"). */
const QUESTION_CHARS = 120;
const QUESTION_END = /\?\s*$/;

export function analyzePage(page: PageInput, ref: CompiledReference, options: AnalyzeOptions = {}): PageAnalysis {
  const analyzer = new PageAnalyzer(page, ref, options);
  const claims: Claim[] = [];
  page.blocks.forEach((block, b) => {
    for (const piece of piecesOf(block.text)) for (const c of analyzer.analyzeBlock(block, b, piece)) claims.push(c);
  });
  return { lang: analyzer.lang, published: analyzer.published, claims };
}

interface Decision {
  verdict: Verdict;
  judgement?: Judgement;
  interval: Interval;
  judgements: Judgement[];
}

/**
 * The engine block by block, so that a caller can spread a long page over several tasks (the content
 * script yields between chunks) and re-read only the blocks that changed. Blocks must come in page
 * order: headings and earlier paragraphs set the place the text is about.
 */
export class PageAnalyzer {
  readonly lang: Lang;
  readonly published?: string;
  private readonly facts: PageFacts;
  private readonly dates: DateContext;
  private readonly lex: Lexicon;
  private readonly vocab: ReadingVocabulary;
  private readonly focus: Focus;
  /** The reference's events, give or take the weeks their figures are reported in. */
  private readonly events: { min: number; max: number };
  /** What the title and first heading name by their names (places, events). */
  private readonly pageGroups: Set<string>;
  /** Every group of the title and first heading ("Attentats de Bruxelles": the attacks too). */
  private readonly pageWords: Set<string>;
  /** The title and first heading as a fact box's "Date" row reads them. */
  private readonly title: { text: string; groups: string[] };
  private headingGroups = new Set<string>();
  /** Places the text has named only in looking back before the reference's events (Kobane in January 2015). */
  private readonly recalled = new Set<Place>();
  /** Every group the page has named so far: what "around" a figure reaches at most. */
  private readonly seen = new Set<string>();
  private previousCount?: Reading;
  /** The last date of the paragraph that said what it dates: another source may give it another value next. */
  private previousDate?: Reading;
  /** The last block read: a fact file's label for the next one (its words read when needed). */
  private previous?: { text: string; read?: { tokens: Token[]; hits: AliasHit[] }; figures: number; heading: boolean };
  /** The question heading whose section is being read, and what it names. */
  private question?: { text: string; hits: AliasHit[] };
  /** What the short heading of the section being read names: the topic of a fact box's items ("La guerre en Syrie" over "Bilan : 270 000 morts"). */
  private section?: string[];
  /** The header row of the table being read: its cells label the columns of the rows below. */
  private header?: { cells: string[]; caption?: string; labels?: BlockLabel[] };

  constructor(
    page: Pick<PageInput, 'blocks' | 'title' | 'published' | 'lang'>,
    private readonly ref: CompiledReference,
    private readonly options: AnalyzeOptions = {},
  ) {
    this.lang = page.lang ?? detectLanguage(page.blocks);
    this.lex = lexicon(this.lang);
    // Without a date in its metadata, the page's own date is the one its byline shows, if any.
    const published = page.published ? dayFromIso(page.published) : bylineDay(page.blocks, this.lang);
    this.published = published !== undefined ? isoFromDay(published) : undefined;
    const retrospective = published !== undefined && published - ref.dispatchDay > NEAR_DISPATCH_DAYS;
    const titleHits = this.hitsOf(page.title ?? '');
    const heading = firstHeading(page);
    const headHits = this.hitsOf(heading);
    this.pageGroups = new Set([...titleHits, ...headHits].filter((h) => h.named).map((h) => h.group));
    this.pageWords = new Set([...titleHits, ...headHits].map((h) => h.group));
    this.title = { text: [page.title, heading].filter(Boolean).join(' | '), groups: [...this.pageWords] };
    this.facts = { published, dispatchDay: ref.dispatchDay, retrospective, genericGroups: ref.genericGroups, subjectGroups: ref.subjectGroups, placeGroups: ref.placeGroups, pageGroups: this.pageGroups };
    // Without a date of its own, a page's year-less dates are read against the latest full date it
    // writes, else the dispatch's; either way their year is a guess, and only day and month are
    // checked (see alignYear). Weekdays and "last month" need the page's own date.
    // The fallback is looked for when a year-less date first needs it: most pages have their own date or none such.
    let anchor: number | undefined;
    this.dates = { get anchor() { return (anchor ??= published ?? latestWrittenDay(page) ?? ref.dispatchDay); }, published, lang: this.lang };
    this.vocab = {
      subjects: ref.subjectGroups,
      actors: ref.subjectGroups,
      generic: ref.genericGroups,
      countGroups: ref.countGroups,
      countGroupsOf: ref.countGroupsOf,
      placeGroups: ref.placeGroups,
      tollGroups: ref.tollGroups,
      sites: new Set(ref.within.keys()),
      causes: ref.causeGroups,
      struck: ref.struckGroups,
      rankGroups: ref.rankGroups,
    };
    this.events = { min: ref.eventDays.min - NEAR_DISPATCH_DAYS, max: ref.eventDays.max + NEAR_DISPATCH_DAYS };
    this.focus = new Focus(new Set([...this.pageGroups].filter((g) => ref.placeGroups.has(g))), { published, retrospective, events: this.events });
  }

  private hitsOf(text: string): AliasHit[] {
    return text ? withLargerPlaces(this.ref.aliases.find(text, tokenize(text)), this.ref.within) : [];
  }

  /**
   * The claims of one block; `index` is the block's place on the page (it makes claim ids). A long
   * block is read in pieces (`piece`: [start, end) of its text, see core/text/pieces.ts); claims'
   * offsets are always into the whole block's text.
   */
  analyzeBlock(block: TextBlock, index: number, piece?: [number, number]): Claim[] {
    if (piece && (piece[0] > 0 || piece[1] < block.text.length)) {
      const [from, to] = piece;
      return this.analyzeBlock({ ...block, text: block.text.slice(from, to) }, index).map((c) => ({
        ...c,
        id: `${index}:${c.start + from}`,
        start: c.start + from,
        end: c.end + from,
      }));
    }
    const text = block.text;
    // Navigation, sidebars, bylines and footers are not the article: their figures are not its claims.
    if (block.region === 'boilerplate') return [];
    // Weekdays alone only date things: read them where the reference's topic is, or its names are.
    const holdsFigures = mayHoldFigures(text) || (mayHoldDays(text) && (this.onTopic() || this.ref.aboutNames.test(text)));
    // A question heading says what its section answers ("How deadly has the war been?"); any other heading ends it.
    // A section starts at the page's places, unless its heading names others ("Retour sur la reconquête"
    // after a paragraph on Homs is about Palmyra again).
    if (block.region === 'heading') {
      const short = text.length <= QUESTION_CHARS;
      this.question = QUESTION_END.test(text) && short ? { text, hits: this.hitsOf(text) } : undefined;
      this.section = short ? (this.question?.hits ?? this.hitsOf(text)).map((h) => h.group) : undefined;
      this.focus.moveTo(this.focus.page, []);
    }
    const header = this.header;
    // Rows matter only under a header, or as one: most blocks are no table's.
    const cells = header || block.tableHeader ? cellStarts(text) : [0];
    // A header row (the page marks it: <th> cells) labels the columns of the rows below it that have
    // as many cells; any other block ends the table. The short line above it is the table's caption
    // ("IS fighters killed in the battle, by source").
    const caption = this.previous && !this.previous.text.includes(CELL_SEPARATOR) && this.previous.text.length <= CAPTION_CHARS ? this.previous.text : undefined;
    const heads = block.tableHeader === true && cells.length >= 2;
    this.header = heads ? { cells: cellTexts(text), caption } : cells.length >= 2 && header?.cells.length === cells.length ? header : undefined;
    // A block without figures matters only by the place it names, and only once the page is on the
    // reference's topic (its title, or a place named before).
    if (!holdsFigures && (!this.onTopic() || !this.ref.placeNames.test(text))) {
      // A short line may be the label of the next one ("Seized by IS" above "2015-05-21"): it is read
      // if the next one needs it.
      this.remember(text, undefined, 0, block.region === 'heading');
      // A section heading on another place opens a section about it ("Pakistan : carnage dans un parc
      // de Lahore"), though the reference has no name for it.
      if (block.region === 'heading' && this.onTopic()) this.headingElsewhere(text);
      return [];
    }
    const tokens = tokenize(text);
    const figures = holdsFigures ? this.figuresOf(text, tokens) : [];
    if (block.region === 'heading') this.readDayHeading(text, figures);
    // A page about nothing of the reference so far, and a block that names none of its places or
    // events: its figures are outside the reference, without a closer look (most blocks of most pages).
    const hits = withLargerPlaces(this.ref.aliases.find(text, tokens), this.ref.within);
    if (!this.onTopic() && !hits.some((h) => h.named && this.ref.aboutGroups.has(h.group))) {
      this.remember(text, undefined, figures.length, block.region === 'heading');
      const sentences = figures.length > 0 ? splitSentences(text) : [];
      return figures.filter((g) => g.dimension !== 'rank').map((g) => this.unread(text, sentences, g, index, block.region));
    }
    const sentences = splitSentences(text);
    if (block.region === 'heading') this.headingGroups = new Set(hits.map((h) => h.group));
    // A live blog's entry ("11:20 In Brussels…", "12 h 20 : …") stands on its own: it is read
    // against the page's places, not the entry above.
    if (startsWithTime(text)) this.focus.moveTo(this.focus.page, []);
    const label = this.labelFor(figures.length);
    const columns = this.header && this.header === header ? this.columnsOf(this.header, cells) : undefined;
    const outerHits = [...(columns ? columns.flatMap((c) => c.label.hits) : (label?.hits ?? [])), ...(this.question?.hits ?? [])];
    this.remember(text, { tokens, hits }, figures.length, block.region === 'heading');
    for (const h of hits) this.seen.add(h.group);
    // The entries this block can be about: those whose place or event it, the focus or the title names,
    // with the words of their event around. None (most blocks of most pages): its figures are not read.
    const candidates = this.mayBeAbout(hits, outerHits) ? this.candidatesFor(hits, outerHits) : [];
    const unread = (g: Figure) => this.unread(text, sentences, g, index, block.region);
    if (candidates.length === 0) return figures.filter((g) => g.dimension !== 'rank').map(unread);
    const b = buildBlock(text, tokens, sentences, figures, hits, this.lex);
    if (columns) b.columns = columns;
    else if (label) b.label = label;
    if (block.region === 'heading') b.heading = true;
    const dimensions = new Set(candidates.map((e) => e.dimension));
    // Around a figure: its paragraph, what the text has named while on the place in focus, its
    // section's heading and the page's title.
    const blockGroups = groupsIn(b, 0, tokens.length - 1).keys();
    const contextGroups = new Set([...blockGroups, ...this.focus.context, ...this.headingGroups, ...this.pageWords, ...this.seen]);
    const figuresAt: FigureAt[] = figures.map((figure) => ({ figure, range: figureRange(b, figure) }));

    const claims: Claim[] = [];
    // A bare count continues another of its own paragraph only.
    this.previousCount = undefined;
    this.previousDate = undefined;
    let f = 0;
    for (let s = 0; s < b.sentences.length; s++) {
      const [first, last] = b.sentences[s]!;
      const inSentence: number[] = [];
      while (f < figuresAt.length && figuresAt[f]!.range[0] <= last) inSentence.push(f++);
      // The sentence's own dates say when what it tells happened, for its figures too; on a page written
      // long after, a date without its year is in the year the text is about ("datée du 9 mars"), and
      // a story goes forward inside a sentence too ("stormed back in December, and lost it again on
      // 2 March": the March after that December).
      for (const i of inSentence) {
        this.yearFromFocus(figuresAt[i]!.figure);
        this.moveTime(b, figuresAt[i]!.figure);
      }
      if (inSentence.length > 0) this.moveToLatest(b, first, last);
      const readings: Reading[] = [];
      for (const i of inSentence) {
        // A figure of a dimension no candidate has is left unread.
        if (!dimensions.has(figuresAt[i]!.figure.dimension)) {
          if (figuresAt[i]!.figure.dimension !== 'rank') claims.push(unread(figuresAt[i]!.figure));
          continue;
        }
        const reading = readFigure({ block: b, vocab: this.vocab, focus: this.focus, figures: figuresAt, contextGroups, question: this.question && { text: this.question.text, groups: this.question.hits.map((h) => h.group) }, section: this.section, title: this.title, previousCount: this.previousCount, previousDate: readings.findLast((r) => r.figure.dimension === 'date') ?? this.previousDate }, i);
        if (reading.figure.dimension === 'count' && (reading.counts || reading.subject)) this.previousCount = reading;
        if (reading.figure.dimension === 'date' && reading.counts) this.previousDate = reading;
        readings.push(reading);
      }
      linkWindows(readings);
      const sentenceHasCount = readings.some((r) => r.figure.dimension === 'count');
      const decisions = readings.map((reading) => this.decide(reading, sentenceHasCount, candidates));
      readings.forEach((reading, k) => {
        // An ordinal is a figure of ours only when it ranks something the reference ranks ("the second
        // major defeat"); "the first count", "a third attacker" are not claims.
        if (reading.figure.dimension === 'rank' && !reading.counts) return;
        claims.push(this.claimOf(b, reading, index, block.region, this.windowLength(reading, decisions[k]!, readings, decisions) ?? decisions[k]!));
      });
      this.moveFocus(b, first, last, inSentence.map((i) => figuresAt[i]!.figure));
    }
    return claims;
  }

  /** A figure no reading was made of: outside the reference. */
  private unread(text: string, sentences: Span[], f: Figure, index: number, region: Region): Claim {
    const claim = unrelatedClaim(text, sentences, f, index, region);
    if (this.options.explain) claim.explanation = { reading: {}, entries: [] };
    return claim;
  }

  /** The place in focus or the title is one of the reference's. */
  private onTopic(): boolean {
    const about = this.ref.aboutGroups;
    for (const g of this.focus.current) if (about.has(g)) return true;
    for (const g of this.pageGroups) if (about.has(g)) return true;
    return false;
  }

  /** A cheap first look: a name of the reference's places or events here, in the label, in focus or in the title. */
  private mayBeAbout(hits: AliasHit[], labelHits: AliasHit[]): boolean {
    const about = this.ref.aboutGroups;
    const named = (h: AliasHit) => h.named && about.has(h.group);
    return hits.some(named) || labelHits.some(named) || this.onTopic();
  }

  /**
   * Entries a block can state: one of their places or events named (by name) in the block or its
   * label, in focus or in the title; the words their event needs somewhere around (`context`, in the
   * page so far) or in the block (`eventWords`). A superset of what the rules accept, found cheaply.
   */
  private candidatesFor(hits: AliasHit[], labelHits: AliasHit[]): CompiledEntry[] {
    const named = new Set([...this.focus.current, ...this.pageGroups]);
    const words = new Set([...this.seen, ...this.pageWords, ...this.headingGroups, ...(this.section ?? []), ...this.focus.context]);
    for (const h of [...hits, ...labelHits]) {
      if (h.named) named.add(h.group);
      words.add(h.group);
    }
    return this.ref.entries.filter((e) => {
      const m = e.entry.match;
      if (!m.about.some((g) => named.has(g))) return false;
      if (m.context && !m.context.some((g) => words.has(g))) return false;
      return !m.eventWords || m.eventWords.some((g) => words.has(g));
    });
  }

  private remember(text: string, read: { tokens: Token[]; hits: AliasHit[] } | undefined, figures: number, heading: boolean): void {
    this.previous = { text, read, figures, heading };
  }

  /** Each cell of a row with its column's header (the header's cells read once, for all its rows). */
  private columnsOf(header: NonNullable<PageAnalyzer['header']>, cells: number[]): ReadingBlock['columns'] {
    header.labels ??= header.cells.map((cell) => {
      const text = header.caption ? `${header.caption}${CELL_SEPARATOR}${cell}` : cell;
      const tokens = tokenize(text);
      return { text, tokens, hits: withLargerPlaces(this.ref.aliases.find(text, tokens), this.ref.within) };
    });
    return cells.map((start, k) => ({ start, label: header.labels![k]! }));
  }

  /**
   * The block before, as the label of a block of figures: short, with no figure, not a heading, not
   * a table row (a row is its neighbours' sibling; a header labels them as columns).
   */
  private labelFor(figures: number): ReadingBlock['label'] {
    const p = this.previous;
    if (!p || figures === 0 || p.figures > 0 || p.heading || p.text.length > LABEL_CHARS || p.text.includes(CELL_SEPARATOR)) return undefined;
    p.read ??= (() => {
      const tokens = tokenize(p.text);
      return { tokens, hits: withLargerPlaces(this.ref.aliases.find(p.text, tokens), this.ref.within) };
    })();
    return { text: p.text, tokens: p.read.tokens, hits: p.read.hits };
  }

  private figuresOf(text: string, tokens: Token[]): Figure[] {
    const numbers = findNumbers(text, tokens);
    const dates = findDates(text, tokens, this.dates);
    // A dateline ("DAMASCUS, March 27 (Reuters) -") dates the report, like a byline: not a claim.
    return readFigures({ text, tokens, numbers, dates }).filter((f) => !isDateline(text, f));
  }

  /**
   * A heading that is one day and nothing else ("Lundi 28 mars 2016", "Monday, March 28"), as live pages
   * head each day's posts: the text under it was written that day.
   */
  private readDayHeading(text: string, figures: Figure[]): void {
    if (figures.length !== 1) return;
    const f = figures[0]!;
    if (f.dimension !== 'date' || f.interval.min !== f.interval.max) return;
    if (text.slice(0, f.start).trim() !== '' || text.slice(f.end).replace(/[\s.:]+/g, '') !== '') return;
    this.facts.writtenOn = f.interval.min;
  }

  /** The places a heading names that the reference has no name for, as the focus of its section. */
  private headingElsewhere(text: string): void {
    const tokens = tokenize(text);
    const b = buildBlock(text, tokens, splitSentences(text), [], withLargerPlaces(this.ref.aliases.find(text, tokens), this.ref.within), this.lex);
    const view = sentenceView(b, 0, tokens.length - 1, this.vocab);
    // (Not a name opening it before a colon: a press review's "Dubaï : les civils oubliés" is where a
    // paper is, not what it tells of.)
    const places = new Set(view.places.filter((p) => p.topical && p.token > 0).map((p) => elsewhere(p.name)));
    if (places.size > 0) this.focus.moveTo(places, view.groups);
  }

  /**
   * After a sentence: the places it names become the focus, unless it looks back to a time before the
   * reference's events ("Before that it was Kobane, in January last year"): a comparison in passing.
   * A sentence back at the page's own place moves there whatever it recalls ("Syrian troops walked back
   * into Palmyra, the oasis city IS had seized in May 2015").
   */
  private moveFocus(b: ReadingBlock, first: number, last: number, figures: Figure[]): void {
    const view = sentenceView(b, first, last, this.vocab);
    const places = new Set([...view.named].filter((g) => !this.ref.destinationGroups.has(g)));
    for (const p of view.places) if (p.topical) places.add(elsewhere(p.name));
    if (!this.facts.retrospective && looksBack(b, figures, this.events.min) && !backHome(b, first, last, figures, (g) => view.named.has(g) && this.pageGroups.has(g))) {
      // (Named in passing too: "the second defeat IS has taken there, after Kobane early last year".)
      for (const g of view.groups) if (this.ref.placeGroups.has(g) && !this.pageGroups.has(g)) this.recalled.add(g);
      for (const p of places) if (!this.pageGroups.has(p)) this.recalled.add(p);
      return;
    }
    // A place recalled in the past, named again with no date ("…after Kobane early last year. Kobane
    // was the Kurds with American air cover; this time it's Assad"), is still recalled.
    const dated = figures.some((f) => f.dimension === 'date');
    if (places.size > 0 && !dated && [...places].every((p) => this.recalled.has(p))) return;
    for (const p of places) this.recalled.delete(p);
    this.focus.moveTo(places, view.groups);
  }

  /**
   * A year-less date on a retrospective page: the year that puts it nearest the time the text is
   * about, never later than the page's near future ("troops had launched an offensive on March 7",
   * in December, is the March before, however near the next one).
   */
  private yearFromFocus(f: Figure): void {
    const time = this.focus.time;
    if (!this.facts.retrospective || time === undefined || !f.date?.yearInferred || f.date.relative) return;
    const latest = (this.facts.published ?? Infinity) + NEAR_FUTURE_DAYS;
    // The years around the time the text is at, which may be years before the page's own ("cinq ans
    // après… L'offensive avait débuté le 7 mars"). A story told in order goes forward: "in March
    // 2016… Then, on December 11" is the December after (the first such day from the time the text
    // is at); else the nearest one.
    const base = yearOf(time) - yearOf(f.interval.min);
    const shifts = [base - 1, base, base + 1].filter((s) => shiftYears(f.interval.min, s) <= latest);
    const forward = shifts.find((s) => shiftYears(f.interval.max, s) >= time - FLASHBACK_DAYS);
    let best = forward ?? 0;
    if (forward === undefined) for (const s of shifts) if (Math.abs(shiftYears(f.interval.min, s) - time) < Math.abs(shiftYears(f.interval.min, best) - time)) best = s;
    if (best === 0) return;
    f.interval = { ...f.interval, min: shiftYears(f.interval.min, best), max: shiftYears(f.interval.max, best) };
    f.date = { ...f.date, first: f.interval.min, last: f.interval.max };
  }

  /**
   * On a retrospective page, a day or a month the text tells of moves its time there; a range or an
   * aside does not ("more than 500 (Russian defence ministry, 20–27 March only)").
   */
  /**
   * On a retrospective page, "the latest campaign", "cette fois" tell of the occurrence nearest the
   * page's own date, not of the reference's ("The latest campaign to retake the city took roughly seven
   * weeks", a year on): the text's time moves to its date.
   */
  private moveToLatest(b: ReadingBlock, first: number, last: number): void {
    if (!this.facts.retrospective || this.facts.published === undefined) return;
    for (let i = first; i <= last; i++) {
      if (this.lex.latestOccurrence.at(b.tokens, i) > 0) return this.focus.moveToDay(this.facts.published);
    }
  }

  private moveTime(b: ReadingBlock, d: Figure): void {
    if (d.dimension !== 'date' || !d.date || d.date.period || !['day', 'month', 'month-part'].includes(d.date.precision)) return;
    if (b.segmentOpener[b.segmentOf[tokenIndexAt(b.tokens, d.start)]!] === '(') return;
    this.focus.moveToDay(d.interval.min);
  }

  private decide(r: Reading, sentenceHasCount: boolean, candidates: CompiledEntry[]): Decision {
    const f = r.figure;
    const period = f.date?.period;
    if (period) return this.decidePeriod(r, period, sentenceHasCount);
    // Only the block's candidates can pass; `explain` lists every entry with its rule, and one the
    // block's words rule out stays out (explaining must not change a verdict).
    const inBlock = candidates.filter((e) => e.dimension === f.dimension);
    const entries = this.options.explain ? this.ref.entries : inBlock;
    const judgements = entries.map((e) => {
      const j = judge(r, e, this.facts);
      return j.ok && !inBlock.includes(e) ? { ...j, ok: false, differs: false, rule: 'candidates', why: 'its place is not named in the block, its label, the focus or the title, or its event words are missing' } : j;
    });
    const ok = judgements.filter((j) => j.ok);
    const unrelated: Decision = { verdict: 'unrelated', interval: f.interval, judgements };
    if (ok.length === 0) return unrelated;
    const aligned = (j: Judgement) => alignYear(f, f.interval, j.entry.interval, this.facts);
    const agreeing = ok.filter((j) => intersects(aligned(j), j.entry.interval));
    // Several facts fit the words: only a value that agrees with one of them tells which, or, among
    // agreeing ones, the nearer word ("since Russia entered the war in late September": the entry,
    // not the war's start). Two that agree equally ("at least 71 killed", whose?) say nothing.
    // Two events fit ("the bombings in Brussels, which had killed 35, as the 130 murders in Paris"):
    // the one whose place is named nearest the figure, when one is.
    const nearest = (list: Judgement[]) => {
      const place = r.nearestPlace;
      const placed = place ? list.filter((j) => j.entry.entry.match.about.includes(place)) : [];
      return placed.length === 1 ? placed : list;
    };
    // A loose value ("des centaines de morts") that agrees with one of several facts whose values are
    // of its order does so by chance: it does not tell which (the dead of both sides are hundreds too).
    const loose = f.interval.max > LOOSE_RATIO * Math.max(f.interval.min, 1);
    const ofItsOrder = (j: Judgement) => j.entry.interval.max * LOOSE_RATIO >= f.interval.min && j.entry.interval.min <= f.interval.max * LOOSE_RATIO;
    if (loose && agreeing.length > 0 && ok.some((j) => !agreeing.includes(j) && ofItsOrder(j))) return unrelated;
    if (agreeing.length > 0) {
      const [j, next] = nearest(agreeing).sort(byTie(r));
      if (next && byTie(r)(j!, next) === 0) return unrelated;
      return { verdict: 'supported', judgement: j, interval: aligned(j!), judgements };
    }
    const fitting = nearest(ok);
    // "Differs" needs the event positively: not when the place named nearest the figure is another of
    // the reference's ("Palmyra is its second defeat, after Kobani, the town it failed to take despite a
    // four-month siege"). A distance names two places, the one it is measured from among them.
    const elsewhereNearer = (j: Judgement) => f.dimension !== 'distance' && !!r.nearestPlace && !j.entry.entry.match.about.includes(r.nearestPlace);
    if (fitting.length === 1 && fitting[0]!.differs && !elsewhereNearer(fitting[0]!)) return { verdict: 'contradicted', judgement: fitting[0], interval: aligned(fitting[0]!), judgements };
    return unrelated;
  }

  /**
   * A span that is the window of counts (linkWindows) stands or falls with them: unrelated when they all
   * are, else the length of the window of the entry one states (core/match/window-length).
   */
  private windowLength(span: Reading, own: Decision, readings: Reading[], decisions: Decision[]): Decision | undefined {
    if (span.counts?.by !== 'window-of') return undefined;
    const k = readings.findIndex((r, i) => r.window?.value.figure === span.figure && decisions[i]!.verdict !== 'unrelated');
    // The window of counts that are none of the reference's facts is none of its windows either.
    const refused = () => own.judgements.map((j) => (j.ok ? { ...j, ok: false, differs: false, rule: 'window-length', why: 'the window of counts that state none of the reference\'s facts' } : j));
    if (k < 0) return own.verdict === 'unrelated' ? undefined : { verdict: 'unrelated', interval: span.figure.interval, judgements: refused() };
    // A count's entry whose window has a length of its own: the span is that length or nothing else
    // ("400 killed in the 20 days since the army began" is the battle's 20 days, not the war's years).
    const entry = decisions[k]!.judgement!.entry;
    if (!windowLengthEntry(entry, this.ref.entries)) return undefined;
    const j = judgeWindowLength(span, readings[k]!, entry, this.ref.entries);
    return j ? { verdict: 'supported', judgement: j, interval: span.figure.interval, judgements: [...own.judgements, j] } : { verdict: 'unrelated', interval: span.figure.interval, judgements: refused() };
  }

  /** "du 9 au 27 mars": its first day against the entry that opens the event, its last against the one that closes it. */
  private decidePeriod(r: Reading, period: { from: [number, number]; to: [number, number] }, sentenceHasCount: boolean): Decision {
    const f = r.figure;
    const unrelated: Decision = { verdict: 'unrelated', interval: f.interval, judgements: [] };
    // A period next to a count is that count's window, not a claim of its own.
    if (sentenceHasCount) return unrelated;
    // "dans la nuit de samedi à dimanche", "over the weekend": days far fewer than the event's are a
    // part of it, not its period (a period off by a few days is another outlet's dating of it).
    const periods = this.ref.periods;
    const days = period.to[1] - period.from[0];
    if (days * PART_OF_PERIOD < periods.days) {
      const why = `${days + 1} day(s): a part of the event's ${periods.days + 1}, not its period`;
      return { ...unrelated, judgements: [...periods.start, ...periods.end].map((entry) => ({ entry, rule: 'part-of-whole', ok: false, differs: false, why })) };
    }
    let decided: Decision | undefined;
    for (const [role, [min, max]] of [['start', period.from], ['end', period.to]] as const) {
      const interval = { min, max };
      for (const e of periods[role]) {
        const asPoint: Reading = { ...r, figure: { ...f, interval, date: f.date ? { ...f.date, period: undefined } : undefined }, counts: r.counts && e.periodCounts?.some((g) => r.counts!.value.includes(g)) ? { ...r.counts, value: [...e.entry.match.counts, ...r.counts.value] } : r.counts };
        const j = judge(asPoint, e, this.facts);
        unrelated.judgements.push(j);
        if (!j.ok) continue;
        const aligned = alignYear(f, interval, e.interval, this.facts);
        const verdict: Verdict = intersects(aligned, e.interval) ? 'supported' : j.differs ? 'contradicted' : 'unrelated';
        if (verdict === 'unrelated') continue;
        if (!decided || (verdict === 'contradicted' && decided.verdict === 'supported')) decided = { verdict, judgement: j, interval: aligned, judgements: unrelated.judgements };
      }
    }
    return decided ?? unrelated;
  }

  private claimOf(b: ReadingBlock, r: Reading, index: number, region: Region, d: Decision): Claim {
    const f = r.figure;
    const sentence = b.sentences[b.sentenceOf[r.range[0]]!]!;
    const entry = d.judgement?.entry;
    const claim: Claim = {
      id: `${index}:${f.start}`,
      block: index,
      start: f.start,
      end: f.end,
      text: b.text.slice(f.start, f.end),
      sentence: withoutTimeLabel(b.text.slice(b.tokens[sentence[0]]!.start, b.tokens[sentence[1]]!.end)),
      kind: kindOf(r, entry, this.vocab.tollGroups),
      dimension: f.dimension,
      interval: d.interval,
      valueText: b.text.slice(f.start, f.numberEnd),
      region,
      verdict: d.verdict,
    };
    if (entry && d.verdict !== 'unrelated') {
      const because = [r.counts?.words, r.subject?.words, r.topic.by === 'topic:sentence' ? undefined : r.topic.words].filter((w): w is string => !!w);
      const delta = deltaOf(f.dimension, d.interval, entry.interval);
      claim.match = { entryId: entry.entry.id, because: [...new Set(because)], ...(delta ? { delta } : {}) };
    }
    if (this.options.explain) claim.explanation = explain(r, d);
    return claim;
  }
}

/** "Maelbeek" names Brussels too: each hit of a place inside another also stands for the larger one. */
function withLargerPlaces(hits: AliasHit[], within: Map<string, string>): AliasHit[] {
  if (within.size === 0 || !hits.some((h) => within.has(h.group))) return hits;
  return hits.flatMap((h) => (within.has(h.group) ? [h, { ...h, group: within.get(h.group)! }] : [h]));
}

/**
 * "Dans les 24 heures qui ont précédé la chute de la ville, ses appareils ont effectué 40 sorties":
 * a duration that is a count's window is the window of what the count counts.
 */
function linkWindows(readings: Reading[]): void {
  const byFigure = new Map(readings.map((r) => [r.figure, r]));
  for (const r of readings) {
    const windowFigure = r.window?.value.figure;
    if (!windowFigure || !r.counts) continue;
    const w = byFigure.get(windowFigure);
    if (!w || w.figure.dimension !== 'duration' || w.lengthOfNoun) continue;
    const groups = new Set([...(w.counts?.value ?? []), ...r.counts.value]);
    w.counts = { value: [...groups], by: 'window-of', words: r.counts.words };
  }
}

/** A figure of a block about nothing of the reference: unrelated, with its sentence. */
function unrelatedClaim(text: string, sentences: Span[], f: Figure, index: number, region: Region): Claim {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.start < sentences[mid]!.end) hi = mid;
    else lo = mid + 1;
  }
  const span = sentences[lo] ?? { start: 0, end: text.length };
  return {
    id: `${index}:${f.start}`,
    block: index,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    sentence: withoutTimeLabel(text.slice(span.start, span.end)),
    kind: f.kind,
    dimension: f.dimension,
    interval: f.interval,
    valueText: text.slice(f.start, f.numberEnd),
    region,
    verdict: 'unrelated',
  };
}

/** Among entries that all agree, the one whose words stood nearest the figure. */
function byTie(r: Reading): (a: Judgement, b: Judgement) => number {
  const distance = (j: Judgement) => Math.min(...j.entry.entry.match.counts.map((g) => r.distance?.get(g) ?? Infinity));
  return (a, b) => distance(a) - distance(b);
}

function kindOf(r: Reading, entry: CompiledEntry | undefined, tolls: Set<string>): ClaimKind {
  const f = r.figure;
  if (f.dimension !== 'count') return f.dimension === 'duration' && r.age ? 'age' : f.kind;
  if (entry) return entry.entry.kind === 'casualties' ? 'casualties' : 'quantity';
  return r.counts?.value.some((g) => tolls.has(g)) ? 'casualties' : 'quantity';
}

function explain(r: Reading, d: Decision): Explanation {
  const reading: Explanation['reading'] = {};
  const slots: Array<[string, Slot<unknown> | undefined]> = [
    ['counts', r.counts], ['countsOther', r.countsOther], ['definition', r.definition], ['subject', r.subject], ['killer', r.killer], ['actors', r.actors], ['topic', r.topic],
    ['elsewhere', r.elsewhere], ['window', r.window], ['part', r.part], ['rate', r.rate], ['derived', r.derived], ['cause', r.cause], ['modal', r.modal], ['source', r.source],
    ['offset', r.offset], ['dateOf', r.dateOf], ['endSpan', r.endSpan], ['lengthOfNoun', r.lengthOfNoun], ['ended', r.ended], ['since', r.since], ['start', r.start], ['begins', r.begins], ['phase', r.phase], ['placePart', r.placePart], ['apposed', r.apposed], ['age', r.age], ['owner', r.owner], ['time', r.time],
  ];
  for (const [name, s] of slots) if (s) reading[name] = { value: s.value, by: s.by, words: s.words };
  return { reading, entries: d.judgements.map((j) => ({ entryId: j.entry.entry.id, rule: j.rule, ok: j.ok, why: j.why })) };
}

/** A value whose bounds are further apart than this says too little to pick one of several facts. */
const LOOSE_RATIO = 2;

/** A year-less date this far before the time a text is at is still read in that year ("le 7 mars" told after "le 9"). */
const FLASHBACK_DAYS = 45;

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

/** The same day and month, `years` later (29 February becomes the 28th in a common year). */
function shiftYears(day: number, years: number): number {
  const y = yearOf(day) + years;
  const m = monthOf(day);
  return dayOf(y, m, Math.min(dayOfMonthOf(day), daysInMonth(y, m)));
}

/** Every date of a sentence is before `earliest`, and it has one ("Kobane, in January last year"); "since June 2014" tells of now. */
function looksBack(b: ReadingBlock, figures: Figure[], earliest: number): boolean {
  const dates = figures.filter((f) => f.dimension === 'date' && f.date && !f.date.period);
  return dates.length > 0 && dates.every((f) => f.interval.max < earliest && !sinceAt(b, tokenIndexAt(b.tokens, f.start) - 1));
}

/**
 * The sentence names the page's own place before the past it recalls: it is back there ("Syrian troops
 * walked back into Palmyra, the oasis city IS had seized in May 2015"), not comparing ("There, the group
 * abandoned its siege in January 2015, yet it went on to take Palmyra").
 */
function backHome(b: ReadingBlock, first: number, last: number, figures: Figure[], isHome: (g: string) => boolean): boolean {
  const home = b.hits.find((h) => h.first >= first && h.last <= last && h.named && isHome(h.group));
  if (!home) return false;
  return figures.every((f) => f.dimension !== 'date' || tokenIndexAt(b.tokens, f.start) > home.last);
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
