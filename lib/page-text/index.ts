// DOM text extraction for the node tools and tests. The content script imports the walk's own modules
// (walk-page.ts, block-ranges.ts), not this index, which brings the settle step and its date reader.
// Node-only parsing of saved HTML lives in ./from-html (kept out of this index: it imports happy-dom).

export { extractPage, type ExtractOptions, type PageExtraction } from './extract-page';
export { walkPage, walkPageInSlices, type Slicing } from './walk-page';
export { rangeFor, charSource, type RangeBounds, type TextPoint } from './block-ranges';
export { documentOf, type BlockMap } from './scan-blocks';
export { findWrittenDate, parseMachineDate, type WrittenDate } from './written-date';
