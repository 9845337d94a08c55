// Reads the page and runs the engine without holding the main thread: the text walk is one pass in
// slices of 25 ms (one slice on an ordinary page), then blocks are analysed in slices of a few
// milliseconds with a yield between slices, so no task of ours runs long enough to make the page stutter.
import { PageAnalyzer, type Claim } from '@/core/engine';
import type { CompiledReference } from '@/core/reference/compile';
import type { PageInput } from '@/core/types';
import { piecesOf } from '@/core/text/pieces';
import { documentOf, extractPageInSlices, rangeFor, type BlockMap, type PageExtraction } from '@/lib/page-text';
import { benchMark } from './bench';

/** A claim of the page with its way back to the DOM. */
export interface PageClaim {
  claim: Claim;
  /** Unique within the tab's life (claims found later by the mutation observer get new ids). */
  id: string;
  block: BlockMap;
  range: Range;
  /** The text nodes the range runs through, for hit-testing. */
  nodes: Text[];
}

export interface PageContext {
  title?: string;
  published?: string;
  lang?: PageInput['lang'];
}

/** Milliseconds of work per slice: well under the 50 ms a task may take before it is "long". */
const SLICE_MS = 8;

/**
 * Milliseconds of text walk per slice: an ordinary page is read in one (splitting it would only
 * widen the window in which the page can change under the walk); a page of 50,000 elements, which
 * took a task of 170 ms here and 590 ms on a loaded CI machine, is read in several.
 */
const WALK_SLICE_MS = 25;

const NOTHING_READ: PageExtraction = { input: { blocks: [] }, blocks: [] };

export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * What attributes cannot tell: text hidden by the page's stylesheets (collapsed menus, duplicated
 * mobile blocks). Asked once per element holding text, not per text node.
 */
function hiddenByStyle(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? !el.checkVisibility({ visibilityProperty: true }) : false;
}

export interface ScanResult {
  claims: PageClaim[];
  context: PageContext;
  lang: 'fr' | 'en';
  analyzer: PageAnalyzer;
}

let nextId = 1;

/** Builds the page claims of analysed blocks; a claim whose text no longer maps onto the DOM is dropped. */
export function toPageClaims(doc: Document, claims: Claim[], blocks: readonly BlockMap[]): PageClaim[] {
  const out: PageClaim[] = [];
  for (const claim of claims) {
    const block = blocks[claim.block];
    if (!block) continue;
    const bounds = rangeFor(block, claim.start, claim.end);
    if (!bounds) continue;
    const range = doc.createRange();
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
    const first = block.nodes.indexOf(bounds.startContainer);
    const last = block.nodes.indexOf(bounds.endContainer);
    out.push({ claim, id: `c${nextId++}`, block, range, nodes: block.nodes.slice(first, last + 1) as Text[] });
  }
  return out;
}

/**
 * Scans `root` (the whole document, or a subtree that changed) and analyses its blocks.
 * `analyzer`: continue with the page's analyser (for subtrees), so page-level context is kept.
 * `isCancelled`: checked between slices; a cancelled scan returns what it has.
 */
export async function scanPage(
  root: Document | Element,
  ref: CompiledReference,
  options: { analyzer?: PageAnalyzer; isHidden?: (el: Element) => boolean; isCancelled?: () => boolean } = {},
): Promise<ScanResult> {
  const doc = documentOf(root);
  const extraction = await extractPageInSlices(
    root,
    { isHidden: options.isHidden ?? hiddenByStyle },
    { sliceMs: WALK_SLICE_MS, pause: yieldToPage, isCancelled: options.isCancelled },
  );
  // Cancelled: the caller drops the result; an empty one is cheaper to finish than a special case.
  const { input, blocks } = extraction ?? NOTHING_READ;
  benchMark('palmyra-extract-end');
  // The walk's last slice was one task: let the page breathe before reading.
  await yieldToPage();
  const analyzer = options.analyzer ?? new PageAnalyzer(input, ref);
  const claims: Claim[] = [];
  let sliceStart = performance.now();
  for (let b = 0; b < input.blocks.length; b++) {
    const block = input.blocks[b]!;
    for (const piece of piecesOf(block.text)) {
      for (const c of analyzer.analyzeBlock(block, b, piece)) claims.push(c);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        if (options.isCancelled?.()) return done();
        sliceStart = performance.now();
      }
    }
  }
  benchMark('palmyra-analyze-end');
  return done();

  function done(): ScanResult {
    return {
      claims: toPageClaims(doc, claims, blocks),
      context: { title: input.title, published: input.published, lang: input.lang },
      lang: analyzer.lang,
      analyzer,
    };
  }
}
