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
import { scanBlocks, type BlockMap, type ScanOptions } from './scan-blocks';

export type ExtractOptions = ScanOptions;

export interface PageExtraction {
  /** DOM-free: safe to post to a worker or serialise. */
  input: PageInput;
  /** blocks[i] is input.blocks[i] with its text nodes, for rangeFor(). */
  blocks: BlockMap[];
}

export function extractPage(root: Document | Element, options: ExtractOptions = {}): PageExtraction {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const { blocks, hints } = scanBlocks(root, options);
  const input: PageInput = { blocks: blocks.map((b) => ({ text: b.text, region: b.region })) };
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
