// Long blocks in pieces: a page can hold one text node of megabytes (logs, data dumps). Each piece
// is read on its own, so no single piece of work holds the page, and cuts fall between sentences.

/** Above this many characters a block is read in pieces. */
export const PIECE_CHARS = 16_000;

/** [start, end) pieces of `text`, each at most `max` characters, cut after a sentence or a space when one is near. */
export function piecesOf(text: string, max = PIECE_CHARS): Array<[number, number]> {
  if (text.length <= max) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const window = text.slice(start + max / 2, end);
      const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
      const space = window.lastIndexOf(' ');
      const cut = sentence >= 0 ? sentence + 2 : space >= 0 ? space + 1 : -1;
      if (cut > 0) end = start + max / 2 + cut;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}
