// From offsets in a block's text back to DOM text nodes, so the content script can build a Range
// (new Range(); setStart(startContainer, startOffset); setEnd(endContainer, endOffset)) for a claim.
// Pages change under us (live tickers, lazy widgets): like an annotation anchor re-checking its
// quote, a range is only given when every node it spans still holds the data that was read.

import type { BlockMap } from './scan-blocks';
import { dataOffsetOfVisible } from './whitespace';

export interface TextPoint {
  node: Text;
  offset: number;
}

/** The boundary points of a DOM Range, in Range terms. */
export interface RangeBounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** Index of the first segment that ends after `offset` (the one holding it, or the next one). */
function segmentEndingAfter(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment that starts at or before `offset`, or -1. */
function segmentStartingAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Offset in segment `k`'s node data of its visible character `visibleIndex`. */
function dataOffset(block: BlockMap, k: number, visibleIndex: number): number {
  return block.preformatted ? visibleIndex : dataOffsetOfVisible(block.snapshots[k]!, visibleIndex);
}

/**
 * The node character shown at `block.text[index]`, as extracted; null when the character was
 * inserted by the extraction (a space between two nodes, a line break for <br>, a " | " between cells).
 * A collapsed whitespace run maps to its first character.
 */
export function charSource(block: BlockMap, index: number): TextPoint | null {
  if (!Number.isInteger(index) || index < 0 || index >= block.text.length) return null;
  const k = segmentEndingAfter(block.ends, index);
  if (k >= block.nodes.length || block.starts[k]! > index) return null;
  return { node: block.nodes[k]!, offset: dataOffset(block, k, index - block.starts[k]!) };
}

/**
 * Range bounds covering block.text[start, end), or null when the offsets are out of bounds, cover
 * only inserted separators, or any text node involved changed or left the document since extraction.
 * Edges falling on an inserted separator are pulled in to the nearest node text.
 */
export function rangeFor(block: BlockMap, start: number, end: number): RangeBounds | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > block.text.length || start >= end) {
    return null;
  }
  const first = segmentEndingAfter(block.ends, start);
  const last = segmentStartingAtOrBefore(block.starts, end - 1);
  if (first > last || first >= block.nodes.length || last < 0) return null;
  for (let k = first; k <= last; k++) {
    const node = block.nodes[k]!;
    if (!node.isConnected || node.data !== block.snapshots[k]) return null;
  }
  const startVisible = Math.max(start, block.starts[first]!) - block.starts[first]!;
  const endVisible = Math.min(end - 1, block.ends[last]! - 1) - block.starts[last]!;
  const startOffset = dataOffset(block, first, startVisible);
  const lastOffset = dataOffset(block, last, endVisible);
  if (startOffset < 0 || lastOffset < 0) return null;
  return {
    startContainer: block.nodes[first]!,
    startOffset,
    endContainer: block.nodes[last]!,
    endOffset: lastOffset + 1,
  };
}
