// The DOM half of reading a page: the walk (in one pass, or in slices on a live page) and what the
// page says about itself, left raw: what needs the date reader (the page's date, bylines) is settled
// with the engine (settle.ts). The content script imports this and nothing of the engine.

import { bylineDates, declaredLang, jsonLdDates, metaDates, microdataDates, monthFirst, pageTitle } from './page-metadata';
import { BlockWalk, documentOf, scanBlocks, type BlockMap, type ScanOptions, type ScanResult } from './scan-blocks';
import type { RawPage } from './settle';

export interface PageExtraction<Page> {
  /** DOM-free: safe to post to a worker or serialise. */
  input: Page;
  /** blocks[i] is input.blocks[i] with its text nodes, for rangeFor(). */
  blocks: BlockMap[];
}

/** The whole walk in one pass. */
export function walkPage(root: Document | Element, options: ScanOptions = {}): PageExtraction<RawPage> {
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
 * walkPage for a live page: the walk runs in slices with the page's own work between them. If the
 * page removed the node the walk stood on during a pause, the walk starts again (a few times at most).
 */
export async function walkPageInSlices(root: Document | Element, options: ScanOptions, slicing: Slicing): Promise<PageExtraction<RawPage> | null> {
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

function withMetadata(root: Document | Element, { blocks, hints }: ScanResult): PageExtraction<RawPage> {
  const doc = documentOf(root);
  const input: RawPage = {
    blocks: blocks.map((b) => ({ text: b.text, region: b.region, ...(b.tableHeader ? { tableHeader: true } : {}), ...(b.bylineIfDated ? { bylineIfDated: true } : {}) })),
  };
  const title = pageTitle(doc, root);
  if (title !== undefined) input.title = title;
  const lang = declaredLang(doc);
  if (lang !== undefined) input.lang = lang;
  const clues = [...metaDates(doc), ...jsonLdDates(doc), ...microdataDates(root), ...bylineDates(blocks, hints)];
  if (clues.length > 0) input.dateClues = { monthFirst: monthFirst(doc), clues };
  return { input, blocks };
}
