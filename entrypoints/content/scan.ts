// Reads the page without holding its main thread: the text walk is one pass in slices of 25 ms (one
// slice on an ordinary page); the engine runs in the background (lib/tab-state/analysis.ts), which
// answers with each claim's block and offsets; mapping those onto the DOM runs in slices of 8 ms.
import type { ClaimSummary, FoundClaim } from '@/lib/protocol/messages';
// The walk's own modules, not lib/page-text's index: the content script must not pull in the settle
// step and its date reader, which run in the background.
import { rangeFor } from '@/lib/page-text/block-ranges';
import { documentOf, type BlockMap } from '@/lib/page-text/scan-blocks';
import type { RawPage } from '@/lib/page-text/settle';
import { walkPageInSlices, type PageExtraction } from '@/lib/page-text/walk-page';
import { benchWait } from './bench';

/** A claim of the page with its way back to the DOM. */
export interface PageClaim {
  /** What the popup lists and the card shows; its id is unique within the tab's life. */
  summary: ClaimSummary;
  block: BlockMap;
  range: Range;
  /** The text nodes the range runs through, for hit-testing. */
  nodes: Text[];
}

/** Milliseconds of work per slice: well under the 50 ms a task may take before it is "long". */
const SLICE_MS = 8;

/**
 * Milliseconds of text walk per slice: an ordinary page is read in one (splitting it would only
 * widen the window in which the page can change under the walk); a page of 50,000 elements, which
 * took a task of 170 ms here and 590 ms on a loaded CI machine, is read in several.
 */
const WALK_SLICE_MS = 25;

export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return benchWait(scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
};

/**
 * What attributes cannot tell: text hidden by the page's stylesheets (collapsed menus, duplicated
 * mobile blocks). Asked once per element holding text, not per text node.
 */
function hiddenByStyle(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? !el.checkVisibility({ visibilityProperty: true }) : false;
}

export interface Slicing {
  /** Checked between slices: a cancelled read returns null. */
  isCancelled?: () => boolean;
  isHidden?: (el: Element) => boolean;
}

/** The visible text of `root` (the whole document, or a subtree that changed), in blocks. */
export async function readText(root: Document | Element, options: Slicing = {}): Promise<PageExtraction<RawPage> | null> {
  return walkPageInSlices(
    root,
    { isHidden: options.isHidden ?? hiddenByStyle },
    { sliceMs: WALK_SLICE_MS, pause: yieldToPage, isCancelled: options.isCancelled },
  );
}

let nextId = 1;

/**
 * The page claims of what the background found in `blocks`; a claim whose text no longer maps onto
 * the DOM is dropped. Null when cancelled between slices.
 */
export async function toPageClaims(root: Document | Element, found: readonly FoundClaim[], blocks: readonly BlockMap[], options: Slicing = {}): Promise<PageClaim[] | null> {
  const doc = documentOf(root);
  const out: PageClaim[] = [];
  let sliceStart = performance.now();
  for (const { block: b, start, end, ...summary } of found) {
    const block = blocks[b];
    const bounds = block && rangeFor(block, start, end);
    if (bounds) {
      const range = doc.createRange();
      range.setStart(bounds.startContainer, bounds.startOffset);
      range.setEnd(bounds.endContainer, bounds.endOffset);
      const first = block.nodes.indexOf(bounds.startContainer);
      const last = block.nodes.indexOf(bounds.endContainer);
      out.push({ summary: { id: `c${nextId++}`, ...summary }, block, range, nodes: block.nodes.slice(first, last + 1) as Text[] });
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (options.isCancelled?.()) return null;
      sliceStart = performance.now();
    }
  }
  return out;
}
