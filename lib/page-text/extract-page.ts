// The page as the engine reads it (PageInput), plus the way back from each block to the DOM.
// The same code runs in the content script (live DOM) and in node (happy-dom, `check` CLI).

import type { PageInput } from '../../core/types';
import {
  dateReading,
  declaredLang,
  pageTitle,
  publishedFromByline,
  publishedFromJsonLd,
  publishedFromMeta,
  publishedFromMicrodata,
} from './page-metadata';
import { BlockWalk, documentOf, scanBlocks, type BlockMap, type ScanOptions, type ScanResult } from './scan-blocks';

export type ExtractOptions = ScanOptions;

export interface PageExtraction {
  /** DOM-free: safe to post to a worker or serialise. */
  input: PageInput;
  /** blocks[i] is input.blocks[i] with its text nodes, for rangeFor(). */
  blocks: BlockMap[];
}

export function extractPage(root: Document | Element, options: ExtractOptions = {}): PageExtraction {
  return withMetadata(root, scanBlocks(root, options));
}

export interface Slicing {
  /** Milliseconds of walking per slice. */
  sliceMs: number;
  /** Lets the page run (a task boundary). */
  pause(): Promise<void>;
  /** Asked after each pause: true drops the walk (null is returned). */
  isCancelled?(): boolean;
}

/** The page removing the walk's ground under it this many times in one walk: read what was reached. */
const MAX_RESTARTS = 3;

/**
 * extractPage for a live page: the walk runs in slices with the page's own work between them. If the
 * page removed the node the walk stood on during a pause, the walk starts again (a few times at most).
 */
export async function extractPageInSlices(root: Document | Element, options: ExtractOptions, slicing: Slicing): Promise<PageExtraction | null> {
  let walk = new BlockWalk(root, options);
  let restarts = 0;
  for (;;) {
    const deadline = performance.now() + slicing.sliceMs;
    if (walk.readUntil(() => performance.now() > deadline)) break;
    await slicing.pause();
    if (slicing.isCancelled?.()) return null;
    if (!walk.canGoOn() && restarts++ < MAX_RESTARTS) walk = new BlockWalk(root, options);
  }
  return withMetadata(root, walk.result());
}

function withMetadata(root: Document | Element, { blocks, hints }: ScanResult): PageExtraction {
  const doc = documentOf(root);
  const input: PageInput = { blocks: blocks.map((b) => ({ text: b.text, region: b.region, ...(b.tableHeader ? { tableHeader: true } : {}) })) };
  const title = pageTitle(doc, root);
  if (title !== undefined) input.title = title;
  const lang = declaredLang(doc);
  if (lang !== undefined) input.lang = lang;
  const published =
    publishedFromMeta(doc) ??
    publishedFromJsonLd(doc) ??
    publishedFromMicrodata(root) ??
    publishedFromByline(blocks, hints, dateReading(doc));
  if (published !== undefined) input.published = published;
  return { input, blocks };
}
