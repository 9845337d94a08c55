// Shared vocabulary of the engine. DOM-free: runs in node, workers and content scripts.

export type Lang = 'fr' | 'en';

/** What a figure measures. */
export type ClaimKind = 'casualties' | 'date' | 'quantity' | 'distance' | 'duration' | 'age' | 'rank';

/** supported: same fact, compatible values; contradicted: same fact, incompatible; unrelated: no entry states it. */
export type Verdict = 'supported' | 'contradicted' | 'unrelated';

/**
 * A closed-or-open interval on the real line. Every value the engine reads becomes one
 * (the verdict policy of ../shared/eval/README.md): `max` may be Infinity.
 */
export interface Interval {
  min: number;
  max: number;
  /** true when `min` itself is excluded ("moins de 400" is [0, 400)). */
  minOpen?: boolean;
  maxOpen?: boolean;
}

/**
 * The dimension a value lives in, with the unit its interval is expressed in:
 * counts are plain numbers, durations and ages are days, distances km,
 * dates are days since 1970-01-01 (UTC), ranks are ordinals.
 */
export type Dimension = 'count' | 'duration' | 'distance' | 'date' | 'rank';

/** Where a block of text stands on its page: boilerplate blocks are read but never checked. */
export type Region = 'main' | 'heading' | 'boilerplate';

/** One block of visible text (a paragraph, a heading, a table row, a list item...). */
export interface TextBlock {
  text: string;
  region: Region;
  /** A table row of header cells only (<th>): its cells label the columns of the rows below it. */
  tableHeader?: boolean;
}

/** What the engine reads: a page's visible text cut into blocks, plus what is known of the page. */
export interface PageInput {
  blocks: TextBlock[];
  /** Declared or detected language; the engine detects it when absent. */
  lang?: Lang;
  title?: string;
  /** The page's publication date as ISO yyyy-mm-dd, when it has one: relative dates resolve against it. */
  published?: string;
}
