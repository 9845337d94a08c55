// The page as the engine reads it (PageInput), plus the way back from each block to the DOM, in node
// (happy-dom: the `check` CLI, tests): the walk of walk-page.ts, then settle.ts.

import type { PageInput } from '../../core/types';
import type { ScanOptions } from './scan-blocks';
import { settlePage } from './settle';
import { walkPage, type PageExtraction as Extraction } from './walk-page';

export type ExtractOptions = ScanOptions;
export type PageExtraction = Extraction<PageInput>;

/** The page as the engine reads it, walked and settled at once (node, tests; the extension walks in the page and settles in the background). */
export function extractPage(root: Document | Element, options: ExtractOptions = {}): PageExtraction {
  const { input, blocks } = walkPage(root, options);
  return { input: settlePage(input), blocks };
}

