// A table row is one block whose cells are joined by CELL_SEPARATOR (lib/page-text writes it, the
// engine reads it): "OSDH | 417 au minimum | 194 au minimum".

export const CELL_SEPARATOR = ' | ';

/** The offset where each cell of a row starts: [0] for a block that is no row. */
export function cellStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf(CELL_SEPARATOR); at >= 0; at = text.indexOf(CELL_SEPARATOR, at + 1)) {
    starts.push(at + CELL_SEPARATOR.length);
  }
  return starts;
}

/** The text of each cell. */
export function cellTexts(text: string): string[] {
  return text.split(CELL_SEPARATOR);
}
