// Whitespace as a browser renders it under `white-space: normal`: every run of ASCII whitespace
// (space, tab, LF, CR, FF) shows as one space, and runs at a block's edges vanish. No-break spaces
// (U+00A0, U+202F) are not whitespace here: French pages write "2 000" with them and they render.
//
// The extractor trims a text node by character codes and collapses what remains with a regular
// expression (fast); anchors map a visible offset back into the node's data through a table of where
// whitespace runs shift offsets (only on demand). Both follow the same rule, and the tests check that
// they agree on every character.

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
  const { lead, runEnds, shifts, trailStart } = shiftTableOf(data);
  let lo = 0;
  let hi = runEnds.length; // first run that ends after visibleIndex
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runEnds[mid]! <= visibleIndex) lo = mid + 1;
    else hi = mid;
  }
  const offset = visibleIndex + (lo === 0 ? lead : shifts[lo - 1]!);
  return offset < trailStart ? offset : -1;
}

/**
 * Data offset minus visible index changes only after a run of two or more whitespace characters (a
 * single one shows as one space): the table lists, for each such run, the first visible index after
 * it and the shift from there on. Built with a native regular expression.
 */
interface ShiftTable {
  /** Leading whitespace: the shift before the first run. */
  lead: number;
  runEnds: number[];
  shifts: number[];
  /** Where the trailing whitespace starts (the text's length if none): nothing from there is visible. */
  trailStart: number;
}

const LONG_RUN = /[ \t\n\r\f]{2,}/g;

/**
 * Texts this long keep their table: every claim in them is mapped through it, and building it for
 * each claim of a 5 MB node was an 80 ms task. Shorter texts build theirs on each call.
 */
const LONG_TEXT = 16_384;
// The tables of the few long texts met lately, keyed by the text itself: a node whose text changed
// gets a new one.
const SHIFT_TABLES = new Map<string, ShiftTable>();
const TABLES_KEPT = 4;

function shiftTableOf(data: string): ShiftTable {
  const long = data.length >= LONG_TEXT;
  const known = long ? SHIFT_TABLES.get(data) : undefined;
  if (known) return known;
  let lead = 0;
  while (lead < data.length && isCollapsibleSpace(data.charCodeAt(lead))) lead++;
  // Walked back by hand: /\s+$/ would try every space of a long run (quadratic on hostile text).
  let trailStart = data.length;
  while (trailStart > lead && isCollapsibleSpace(data.charCodeAt(trailStart - 1))) trailStart--;
  const table: ShiftTable = { lead, runEnds: [], shifts: [], trailStart };
  let shift = lead;
  LONG_RUN.lastIndex = lead;
  for (let m = LONG_RUN.exec(data); m !== null; m = LONG_RUN.exec(data)) {
    // The run shows as one character, at visible index m.index - shift; what follows moves by its length - 1.
    shift += m[0].length - 1;
    table.runEnds.push(m.index + m[0].length - shift);
    table.shifts.push(shift);
  }
  if (long) {
    if (SHIFT_TABLES.size >= TABLES_KEPT) SHIFT_TABLES.clear();
    SHIFT_TABLES.set(data, table);
  }
  return table;
}
