// Date recall on the annotated dev pages: which annotated dates a date spotter finds. Everything
// here is pure: spans are (block, start, end) in the page's extracted block texts, the coordinates
// the engine's claims already use; chrono's matches are mapped back into them.

/** A span of text in one block of a page: [start, end) offsets in that block's text. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

export interface Collapsed {
  text: string;
  /** origin[i]: offset in the original text of character i of `text`; origin[text.length] = original length. */
  origin: Int32Array;
}

/**
 * Every run of whitespace (JS `\s`: no-break spaces too) becomes one space. chrono-node needs it:
 * its patterns backtrack over whitespace, and one run of 15,000 spaces costs it over 200 ms.
 */
export function collapseWhitespace(text: string): Collapsed {
  const out: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let n = 0;
  const run = /\s+/g;
  let last = 0;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    for (let i = last; i < m.index; i++) origin[n++] = i;
    out.push(text.slice(last, m.index), ' ');
    origin[n++] = m.index;
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) origin[n++] = i;
  out.push(text.slice(last));
  origin[n] = text.length;
  return { text: out.join(''), origin: origin.subarray(0, n + 1) };
}

/** A page's blocks as one text for a parser that reads whole texts: collapsed, one block a line. */
export interface JoinedPage {
  text: string;
  /** Offset of each block's first character in `text`. */
  starts: number[];
  blocks: Collapsed[];
}

export function joinBlocks(blockTexts: readonly string[]): JoinedPage {
  const blocks = blockTexts.map(collapseWhitespace);
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), starts, blocks };
}

/** A match [index, index + length) of the joined text, as spans of the original block texts. */
export function spansOfJoined(page: JoinedPage, index: number, length: number): Span[] {
  const spans: Span[] = [];
  const end = index + length;
  for (let b = 0; b < page.blocks.length; b++) {
    const from = page.starts[b]!;
    const block = page.blocks[b]!;
    const to = from + block.text.length;
    if (to <= index || from >= end) continue;
    const s = Math.max(index, from) - from;
    const e = Math.min(end, to) - from;
    if (e <= s) continue;
    spans.push({ block: b, start: block.origin[s]!, end: block.origin[e - 1]! + 1 });
  }
  return spans;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where `needle` stands in the page: every occurrence, whitespace matched loosely (an annotation may
 * write a plain space where the page has a no-break one).
 */
export function occurrences(blockTexts: readonly string[], needle: string): Span[] {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  const found: Span[] = [];
  blockTexts.forEach((text, block) => {
    for (const m of text.matchAll(pattern)) found.push({ block, start: m.index, end: m.index + m[0].length });
  });
  return found;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.block === b.block && a.start < b.end && b.start < a.end;
}

export interface Recall {
  /** Annotated dates. */
  total: number;
  /** Those whose text was found in the extracted page (the others cannot be judged). */
  located: number;
  found: number;
  missed: string[];
  unlocated: string[];
}

/**
 * An annotated date is found when a found date overlaps one of its occurrences in the page (any
 * occurrence: when the same words appear twice, either counts, for every spotter alike).
 */
export function recallOf(annotations: readonly string[], blockTexts: readonly string[], found: readonly Span[]): Recall {
  const result: Recall = { total: annotations.length, located: 0, found: 0, missed: [], unlocated: [] };
  for (const text of annotations) {
    const places = occurrences(blockTexts, text);
    if (places.length === 0) {
      result.unlocated.push(text);
      continue;
    }
    result.located++;
    if (places.some((p) => found.some((f) => overlaps(p, f)))) result.found++;
    else result.missed.push(text);
  }
  return result;
}

export function addRecalls(a: Recall, b: Recall): Recall {
  return {
    total: a.total + b.total,
    located: a.located + b.located,
    found: a.found + b.found,
    missed: [...a.missed, ...b.missed],
    unlocated: [...a.unlocated, ...b.unlocated],
  };
}

export function emptyRecall(): Recall {
  return { total: 0, located: 0, found: 0, missed: [], unlocated: [] };
}

/** What a spotter reported that no annotated date overlaps. */
export interface Noise {
  /** Found items (a date, or one chrono match, even split over two blocks). */
  reported: number;
  /** Those overlapping no occurrence of any annotated date. */
  noise: number;
  examples: string[];
}

/**
 * Noise: items a spotter found (each item one or more spans: a chrono match may run over a line
 * break) that overlap no occurrence of any annotated date of the page.
 */
export function noiseOf(annotations: readonly string[], blockTexts: readonly string[], found: ReadonlyArray<readonly Span[]>): Noise {
  const places = annotations.flatMap((a) => occurrences(blockTexts, a));
  const result: Noise = { reported: found.length, noise: 0, examples: [] };
  for (const item of found) {
    if (item.some((f) => places.some((p) => overlaps(p, f)))) continue;
    result.noise++;
    result.examples.push(item.map((s) => blockTexts[s.block]!.slice(s.start, s.end)).join(' / '));
  }
  return result;
}

export function addNoise(a: Noise, b: Noise): Noise {
  return { reported: a.reported + b.reported, noise: a.noise + b.noise, examples: [...a.examples, ...b.examples] };
}

export function emptyNoise(): Noise {
  return { reported: 0, noise: 0, examples: [] };
}

/** A chrono-node parser (`chrono.fr.casual`, `chrono.en.casual`...). */
export interface ChronoParser {
  parse(text: string, ref?: Date): Array<{ index: number; text: string }>;
}

/** chrono's matches on a page's blocks (read as one text, whitespace collapsed), each as spans of the blocks. */
export function chronoMatches(parser: ChronoParser, blockTexts: readonly string[], ref: Date): Span[][] {
  const joined = joinBlocks(blockTexts);
  return parser.parse(joined.text, ref).map((r) => spansOfJoined(joined, r.index, r.text.length));
}
