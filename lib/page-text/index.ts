// DOM text extraction shared by the content script and the node tools.
// Node-only parsing of saved HTML lives in ./from-html (kept out of this index: it imports happy-dom).

export { extractPage, type ExtractOptions, type PageExtraction } from './extract-page';
export { walkPage, walkPageInSlices, type Slicing } from './walk-page';
export { rangeFor, charSource, type RangeBounds, type TextPoint } from './block-ranges';
export { documentOf, type BlockMap } from './scan-blocks';
export { findWrittenDate, parseMachineDate, type WrittenDate } from './written-date';
