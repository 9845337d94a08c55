// Whitespace as a browser renders it under `white-space: normal`: every run of ASCII whitespace
// (space, tab, LF, CR, FF) shows as one space, and runs at a block's edges vanish. No-break spaces
// (U+00A0, U+202F) are not whitespace here: French pages write "2 000" with them and they render.
//
// The extractor trims a text node by character codes and collapses what remains with a regular
// expression (fast); anchors map a visible offset back into the node's data by walking it (only on
// demand). Both follow the same rule, and the tests check that they agree on every character.

export const WHITESPACE_RUN = /[ \t\n\r\f]+/g;
/** Inside trimmed text, what still needs collapsing: any whitespace but a single space. */
export const INNER_RUN = /[\t\n\r\f]| {2}/;
export const ONLY_WHITESPACE = /^[ \t\n\r\f]*$/;

export function isCollapsibleSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/**
 * Offset in `data` of the visible character number `visibleIndex` of the node's collapsed,
 * edge-trimmed text (the part of the node the block shows). For a collapsed run, the offset of
 * the run's first character. Returns -1 when the node has fewer visible characters.
 */
export function dataOffsetOfVisible(data: string, visibleIndex: number): number {
  let i = 0;
  const n = data.length;
  while (i < n && isCollapsibleSpace(data.charCodeAt(i))) i++;
  let seen = 0;
  while (i < n) {
    if (isCollapsibleSpace(data.charCodeAt(i))) {
      const runStart = i;
      while (i < n && isCollapsibleSpace(data.charCodeAt(i))) i++;
      if (i === n) return -1; // a trailing run is not part of the node's visible text
      if (seen === visibleIndex) return runStart;
      seen++;
    } else {
      if (seen === visibleIndex) return i;
      seen++;
      i++;
    }
  }
  return -1;
}
