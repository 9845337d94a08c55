// The text walk: one TreeWalker pass over text nodes that cuts the visible text into blocks and keeps,
// for every block, the text nodes it came from and where each one starts in the block.
// Hot loop: per text node it reads parentNode and data, looks up its parent's cached context, trims
// by character codes and appends; everything per element is decided once (element-context.ts).
// Whether an element only named like chrome ("sidebar", "read-more") really is chrome is settled
// once the page is read, from the blocks it holds (settleChromeGuesses).

import { CELL_SEPARATOR } from '../../core/text/cells';
import type { TextBlock } from '../../core/types';
import {
  BYLINE,
  CHROME,
  CLOSED_DETAILS,
  ContextCache,
  HEADING,
  LINK,
  PREFORMATTED,
  ROOT_CONTEXT,
  SKIPPED,
  TOP_HEADING,
  type ChromeGuess,
  type ElementContext,
} from './element-context';
import { startsNewBlock } from './page-vocabulary';
import { INNER_RUN, isCollapsibleSpace, ONLY_WHITESPACE, WHITESPACE_RUN } from './whitespace';

/** One block of the page with its way back to the DOM. Indexes match `PageInput.blocks`. */
export interface BlockMap extends TextBlock {
  readonly index: number;
  /**
   * Worded like a byline ("Publié le…", "By…, updated…") in the story's flow: it is one, and so
   * boilerplate, if it holds a full date. The date reader is not in the content script, so the
   * background settles it (settle.ts).
   */
  bylineIfDated?: true;
  /** The block-level element holding the text (the <tr> for a table row). */
  readonly element: Element | null;
  /** The text nodes the block shows, in document order (whitespace-only nodes are left out). */
  readonly nodes: readonly Text[];
  /** starts[i], ends[i]: where nodes[i]'s visible text lies in `text`. Between them: inserted gaps. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Each node's data as it was read; anchors refuse to map onto text that changed since. */
  readonly snapshots: readonly string[];
  /** Whitespace kept as written (<pre>): block offsets map 1:1 into each node. */
  readonly preformatted: boolean;
}

export type Byline = 'class' | 'wording' | null;

/** What the scan learnt about a block, for page-level decisions (publication date). */
export interface BlockHints {
  /**
   * A byline or metadata line: 'class' by its classes, 'wording' by its wording alone (a byline only
   * if it holds a full date, which settle.ts reads), null otherwise.
   */
  byline: Byline;
  /**
   * Site chrome around the block: 'structure' for certain chrome (nav, aside, footer, landmark
   * roles, comments, the site header), 'names' when only class/id words say so (sidebar, related,
   * share...), 'none' in the story.
   */
  chrome: 'none' | 'names' | 'structure';
  /** The first <time> element the block's text is in. */
  time: Element | null;
  /** Text of an <h1>: the story's headline, next to which its byline stands. */
  headline: boolean;
}

export interface ScanOptions {
  /**
   * Extra visibility test for what attributes cannot tell (stylesheets): e.g. in the content script
   * `(el) => !el.checkVisibility({ visibilityProperty: true })`. Called at most once per distinct
   * parent element of a text node with visible characters, never for skipped subtrees. Trade-off:
   * the first call forces a style computation of the page and each call costs a style lookup, so the
   * scan gets slower (still once per parent, not per node); without it, text hidden only by CSS
   * (collapsed menus, duplicated mobile blocks) is read as if visible.
   */
  isHidden?: (el: Element) => boolean;
}

export interface ScanResult {
  blocks: BlockMap[];
  hints: BlockHints[];
}

/** Fraction of a block's characters inside links above which it is a list of links, not prose. */
export const LINK_DENSITY = 0.7;

const SHOW_TEXT = 4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const LINE_BREAK = '\n';

const NO_BOUNDARY = 0;
const BREAK_BOUNDARY = 1;
const BLOCK_BOUNDARY = 2;

// Byline wording: "By Jane Doe · March 30, 2016", "Publié le 27 mars 2016 à 19h10", "Updated: ...".
const BYLINE_OPENING = /^(?:by|par)\s+\p{L}/iu;
const BYLINE_KEYWORD = /^.{0,80}?(?<!\p{L})(?:publi[ée]e?|published|posted|post[ée]|updated|mis à jour|mise à jour|modifi[ée]|last modified|date|dated)(?!\p{L})/iu;
const ENDS_LIKE_A_SENTENCE = /[.!?»"”]\s*$/;
const BYLINE_MAX_LENGTH = 200;
const NOTHING_VISIBLE = /^\s*$/;
/** A full date needs a four-digit year: a cheap test before the wording ones. */
const HAS_YEAR = /\d{4}/;

/** The document a root belongs to (a Document is its own). */
export function documentOf(root: Document | Element): Document {
  return root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
}

/** Walks `root`'s text once and returns its blocks. */
export function scanBlocks(root: Document | Element, options: ScanOptions = {}): ScanResult {
  const walk = new BlockWalk(root, options);
  walk.readUntil(() => false);
  return walk.result();
}

/** Text nodes read between two looks at the clock: reading the clock per node would cost more than the node. */
const NODES_PER_CLOCK_CHECK = 256;

/**
 * The walk, resumable: the content script reads a page of 50,000 elements in slices, letting the page
 * run between them, instead of in one task of a few hundred milliseconds.
 */
export class BlockWalk {
  private readonly walker: TreeWalker;
  private readonly contexts = new ContextCache();
  private readonly builder = new BlockBuilder();
  private readonly hiddenParents: Map<Element, boolean> | null;
  private lastParent: Node | null = null;
  private ctx: ElementContext = ROOT_CONTEXT;
  private finished = false;

  constructor(
    private readonly root: Document | Element,
    private readonly options: ScanOptions = {},
  ) {
    this.walker = documentOf(root).createTreeWalker(root, SHOW_TEXT);
    this.hiddenParents = options.isHidden ? new Map() : null;
  }

  /**
   * Reads text nodes until the page is read (true) or `stop()`, asked every few hundred nodes, says
   * to pause (false: call again to go on).
   */
  readUntil(stop: () => boolean): boolean {
    if (this.finished) return true;
    const { walker, contexts, builder, hiddenParents } = this;
    const isHidden = this.options.isHidden;
    let lastParent = this.lastParent;
    let ctx = this.ctx;
    let untilCheck = NODES_PER_CLOCK_CHECK;
    for (;;) {
      if (--untilCheck === 0) {
        untilCheck = NODES_PER_CLOCK_CHECK;
        if (stop()) {
          this.lastParent = lastParent;
          this.ctx = ctx;
          return false;
        }
      }
      const node = walker.nextNode();
      if (node === null) break;
      const parent = node.parentNode!;
      if (parent !== lastParent) {
        lastParent = parent;
        ctx = contexts.of(parent);
      }
      if (ctx.flags & (SKIPPED | CLOSED_DETAILS)) continue;
      const data = (node as Text).data;
      if (data.length === 0) continue;
      if (isHidden && parent.nodeType === ELEMENT_NODE && !ONLY_WHITESPACE.test(data)) {
        let hidden = hiddenParents!.get(parent as Element);
        if (hidden === undefined) {
          hidden = isHidden(parent as Element);
          hiddenParents!.set(parent as Element, hidden);
        }
        if (hidden) continue;
      }
      builder.add(node as Text, data, ctx);
    }
    builder.flush();
    this.finished = true;
    return true;
  }

  /** False when the page removed the node the walk stands on while it paused: the rest is out of its reach. */
  canGoOn(): boolean {
    const here = this.walker.currentNode;
    return here === this.root || this.root.contains(here);
  }

  /** The blocks, once `readUntil` returned true. */
  result(): ScanResult {
    if (!this.finished) throw new Error('the walk is not finished');
    return settleChromeGuesses(this.builder.blocks, this.builder.facts, this.contexts.guesses);
  }
}

/** What a closed block needs for the page-level decisions, one array per field (no object per block). */
class BlockFacts {
  /** Inside certain site chrome (nav, aside, footer, landmark roles...). */
  readonly siteChrome: boolean[] = [];
  readonly byline: Byline[] = [];
  /** Mostly link text: a list of other stories, a menu. */
  readonly linkList: boolean[] = [];
  readonly heading: boolean[] = [];
  readonly topHeading: boolean[] = [];
  /** Characters of running text (not links), for judging which guessed element holds the story. */
  readonly prose: number[] = [];
  readonly guess: (Element | null)[] = [];
  readonly time: (Element | null)[] = [];
}

/** BlockMap while the page is read: its region is settled at the end. */
type OpenBlockMap = { -readonly [K in keyof BlockMap]: BlockMap[K] };

/** A table row in <thead>, or whose cells are all <th>: it names the columns of the rows below. */
function isHeaderRow(element: Element | null): boolean {
  if (element === null || element.tagName !== 'TR') return false;
  if (element.parentElement?.tagName === 'THEAD') return true;
  let cells = 0;
  for (let c = element.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (c.tagName === 'TD') return false;
    if (c.tagName === 'TH') cells++;
  }
  return cells >= 2;
}

/** Blocks shorter than this are labels, not running text, when weighing where the story is. */
const PROSE_MIN_LENGTH = 80;

/** Accumulates the current block; `flush` closes it (its region is settled after the walk). */
class BlockBuilder {
  readonly blocks: OpenBlockMap[] = [];
  readonly facts = new BlockFacts();

  private element: Element | null = null;
  private cell: Element | null = null;
  private started = false;
  private preformatted = false;
  private text = '';
  /** What goes before the next visible character: '', ' ', '\n' or ' | ' (strongest wins). */
  private gap = '';
  private nodes: Text[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private snapshots: string[] = [];
  private visibleChars = 0;
  private linkChars = 0;
  private chromeChars = 0;
  private bylineChars = 0;
  private headingChars = 0;
  private topHeading = false;
  private time: Element | null = null;
  /** The guessed-chrome element of the block's longest text node. */
  private guess: Element | null = null;
  private guessWeight = -1;

  add(node: Text, data: string, ctx: ElementContext): void {
    const n = data.length;
    let first = 0;
    if (!(ctx.flags & PREFORMATTED)) {
      while (first < n && isCollapsibleSpace(data.charCodeAt(first))) first++;
      if (first === n) {
        // Indentation between tags (half of all text nodes): at most a space inside the current
        // block; it never opens or closes one, so it costs no boundary check.
        if (this.gap === '' && this.text.length > 0 && ctx.block === this.element && ctx.cell === this.cell) {
          this.gap = ' ';
        }
        return;
      }
    }

    if (!this.started || ctx.block !== this.element) {
      this.flush();
      this.start(ctx);
    } else if (ctx.cell !== this.cell) {
      if (this.text.length > 0) this.gap = CELL_SEPARATOR;
      this.cell = ctx.cell;
    } else if (this.text.length > 0) {
      const boundary = boundaryBefore(node, ctx.cell ?? ctx.block);
      if (boundary === BLOCK_BOUNDARY) {
        this.flush();
        this.start(ctx);
      } else if (boundary === BREAK_BOUNDARY && this.gap !== CELL_SEPARATOR) {
        this.gap = LINE_BREAK;
      }
    }

    if (this.preformatted) {
      // Kept as written; only a <br> or a cell change adds anything between nodes.
      this.append(node, data, data, ctx);
      return;
    }
    // Trim the edges by hand and rewrite the inside only when it holds a run: most prose has
    // single spaces only (one slice, no regex replace).
    if (first > 0 && this.gap === '') this.gap = ' ';
    let last = n - 1;
    while (isCollapsibleSpace(data.charCodeAt(last))) last--;
    let visible = first === 0 && last === n - 1 ? data : data.slice(first, last + 1);
    if (INNER_RUN.test(visible)) visible = visible.replace(WHITESPACE_RUN, ' ');
    this.append(node, data, visible, ctx);
    if (last < n - 1) this.gap = ' ';
  }

  private append(node: Text, data: string, visible: string, ctx: ElementContext): void {
    if (this.text.length > 0 && this.gap !== '') this.text += this.gap;
    this.gap = '';
    this.nodes.push(node);
    this.snapshots.push(data);
    this.starts.push(this.text.length);
    this.text += visible;
    this.ends.push(this.text.length);

    const n = visible.length;
    this.visibleChars += n;
    const flags = ctx.flags;
    if (flags & LINK) this.linkChars += n;
    if (flags & CHROME) this.chromeChars += n;
    if (flags & BYLINE) this.bylineChars += n;
    if (flags & HEADING) this.headingChars += n;
    if (flags & TOP_HEADING) this.topHeading = true;
    if (this.time === null && ctx.time !== null) this.time = ctx.time;
    if (n > this.guessWeight) {
      this.guessWeight = n;
      this.guess = ctx.guess;
    }
  }

  private start(ctx: ElementContext): void {
    this.started = true;
    this.element = ctx.block;
    this.cell = ctx.cell;
    this.preformatted = (ctx.flags & PREFORMATTED) !== 0;
  }

  flush(): void {
    const text = this.text;
    // A block of nothing but no-break spaces (layout spacers) shows nothing worth reading.
    if (text.length > 0 && !NOTHING_VISIBLE.test(text)) {
      const visible = this.visibleChars;
      const heading = this.headingChars * 2 > visible;
      // A byline class on a long block is a wrapper's, not a byline's.
      const byline: Byline =
        this.bylineChars * 2 > visible && text.length <= BYLINE_MAX_LENGTH ? 'class' : !heading && wordedLikeByline(text) ? 'wording' : null;
      // A heading that is a link is a teaser's headline on a front page, not a list of links.
      const linkList = !this.topHeading && !heading && this.linkChars >= LINK_DENSITY * visible;
      const siteChrome = this.chromeChars * 2 > visible;
      this.blocks.push({
        index: this.blocks.length,
        text,
        region: 'main', // settled by settleChromeGuesses
        ...(isHeaderRow(this.element) ? { tableHeader: true } : {}),
        element: this.element,
        nodes: this.nodes,
        starts: this.starts,
        ends: this.ends,
        snapshots: this.snapshots,
        preformatted: this.preformatted,
      });
      const facts = this.facts;
      facts.siteChrome.push(siteChrome);
      facts.byline.push(byline);
      facts.linkList.push(linkList);
      facts.heading.push(heading);
      facts.topHeading.push(this.topHeading);
      facts.prose.push(siteChrome || linkList || text.length < PROSE_MIN_LENGTH ? 0 : visible - this.linkChars);
      facts.guess.push(this.guess);
      facts.time.push(this.time);
      this.nodes = [];
      this.starts = [];
      this.ends = [];
      this.snapshots = [];
    } else if (this.nodes.length > 0) {
      this.nodes.length = this.starts.length = this.ends.length = this.snapshots.length = 0;
    }
    this.started = false;
    this.element = this.cell = this.time = this.guess = null;
    this.guessWeight = -1;
    this.text = this.gap = '';
    this.visibleChars = this.linkChars = this.chromeChars = this.bylineChars = this.headingChars = 0;
    this.topHeading = false;
  }
}

/**
 * Settles the elements guessed to be chrome now that the whole page is read: one holding the
 * story's <h1>, or (for class names and forms) at least half of the page's running text, is the
 * story's wrapper after all. A block is boilerplate when any guessed element around it stands.
 */
function settleChromeGuesses(
  blocks: OpenBlockMap[],
  facts: BlockFacts,
  guesses: ReadonlyMap<Element, ChromeGuess>,
): ScanResult {
  const stats = new Map<Element, { prose: number; holdsH1: boolean }>();
  let pageProse = 0;
  // A front page: no story headline (an <h1> outside the site's chrome), and most of its running text
  // in guessed elements ("teaser" blocks).
  let guessedProse = 0;
  let ownHeadline = false;
  for (let i = 0; i < blocks.length; i++) {
    const prose = facts.prose[i]!;
    pageProse += prose;
    if (facts.guess[i] !== null) guessedProse += prose;
    if (facts.topHeading[i] && !facts.siteChrome[i]) ownHeadline = true;
    for (let g: Element | null = facts.guess[i]!; g !== null; g = guesses.get(g)!.outer) {
      let s = stats.get(g);
      if (s === undefined) stats.set(g, (s = { prose: 0, holdsH1: false }));
      s.prose += prose;
      if (facts.topHeading[i]) s.holdsH1 = true;
    }
  }
  const stands = new Map<Element, boolean>();
  for (const [el, s] of stats) {
    const kind = guesses.get(el)!.kind;
    // A page without a story headline whose running text sits mostly in class-named elements ("teaser"
    // on a front page) is made of them: they are its content, not chrome around a story.
    const madeOfThem = kind === 'names' && !ownHeadline && pageProse > 0 && guessedProse * 2 >= pageProse && s.prose > 0 && el.closest('main, [role="main"]') !== null;
    const holdsStory = madeOfThem || s.holdsH1 || ((kind === 'names' || kind === 'form') && pageProse > 0 && s.prose * 2 >= pageProse);
    stands.set(el, !holdsStory);
  }

  const hints: BlockHints[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let chrome: BlockHints['chrome'] = facts.siteChrome[i] ? 'structure' : 'none';
    for (let g: Element | null = facts.guess[i]!; g !== null && chrome !== 'structure'; ) {
      const guess: ChromeGuess = guesses.get(g)!;
      if (stands.get(g)) chrome = guess.kind === 'names' ? 'names' : 'structure';
      g = guess.outer;
    }
    const byline = facts.byline[i]!;
    const block = blocks[i]!;
    block.region = chrome !== 'none' || byline === 'class' || facts.linkList[i] ? 'boilerplate' : facts.heading[i] ? 'heading' : 'main';
    if (byline === 'wording' && block.region === 'main') block.bylineIfDated = true;
    hints.push({ byline, chrome, time: facts.time[i]!, headline: facts.topHeading[i]! });
  }
  return { blocks, hints };
}

/**
 * What stands between `node` and the text before it inside the same block, looking only at the
 * nearest preceding sibling (climbing out of inline ancestors): a <br> ends a line, a block-level
 * element that produced no text (empty, hidden) still separates blocks.
 */
function boundaryBefore(node: Node, stop: Node | null): number {
  for (let n: Node = node; ; ) {
    const prev: Node | null = n.previousSibling;
    if (prev !== null) {
      if (prev.nodeType !== ELEMENT_NODE) {
        // Look past indentation and comments: "a<br>\n  <b>b</b>" still breaks the line.
        const skippable =
          prev.nodeType === COMMENT_NODE || (prev.nodeType === TEXT_NODE && ONLY_WHITESPACE.test((prev as Text).data));
        if (!skippable) return NO_BOUNDARY;
        n = prev;
        continue;
      }
      const tag = (prev as Element).localName;
      if (tag === 'br') return BREAK_BOUNDARY;
      if (startsNewBlock(tag)) return BLOCK_BOUNDARY;
      const last = prev.lastChild;
      if (last !== null && last.nodeType === ELEMENT_NODE && (last as Element).localName === 'br') return BREAK_BOUNDARY;
      return NO_BOUNDARY;
    }
    const up = n.parentNode;
    if (up === null || up === stop) return NO_BOUNDARY;
    n = up;
  }
}

/**
 * "By Jane Doe · 30 March 2016", "Publié le 27 mars 2016 à 19h10": a short line with a year, worded
 * like a byline, not a sentence. It is a byline if it holds a full date (settle.ts reads it).
 */
export function wordedLikeByline(text: string): boolean {
  if (text.length > BYLINE_MAX_LENGTH || !HAS_YEAR.test(text) || ENDS_LIKE_A_SENTENCE.test(text)) return false;
  return BYLINE_OPENING.test(text) || BYLINE_KEYWORD.test(text);
}
