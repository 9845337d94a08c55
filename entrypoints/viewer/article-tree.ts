// The dispatch's text cut into text runs and marks, one mark per reference quote, nested where quotes
// nest. Quotes may overlap without nesting (e.g. "…40 sorties … 24 heures" and "24 heures, bombardant
// 117 cibles"); HTML cannot express that, so the fewest quotes are split: shortest quotes stay whole,
// and a quote that crosses one is cut into fragments at every boundary, its first fragment carrying its id.

export interface Span {
  id: string;
  start: number;
  end: number;
}

export type ArticleNode =
  | { kind: 'text'; text: string }
  | {
      kind: 'mark';
      entryId: string;
      /** The element that carries `id=entryId` (the whole quote, or its first fragment). */
      anchor: boolean;
      /** True when this element holds only part of its quote. */
      fragment: boolean;
      children: ArticleNode[];
    };

interface Piece extends Span {
  anchor: boolean;
  fragment: boolean;
  order: number;
}

const crosses = (a: Span, b: Span) => (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);

function pieces(spans: readonly Span[]): Piece[] {
  const valid = spans.filter((s) => s.start < s.end);
  const byLength = [...valid].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const whole: Span[] = [];
  const split: Span[] = [];
  for (const s of byLength) (whole.some((w) => crosses(w, s)) ? split : whole).push(s);

  const boundaries = [...new Set(valid.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const order = new Map(valid.map((s, i) => [s, i]));
  const out: Piece[] = whole.map((s) => ({ ...s, anchor: true, fragment: false, order: order.get(s)! }));
  for (const s of split) {
    const cuts = [s.start, ...boundaries.filter((b) => b > s.start && b < s.end), s.end];
    for (let i = 0; i + 1 < cuts.length; i++) {
      out.push({ id: s.id, start: cuts[i]!, end: cuts[i + 1]!, anchor: i === 0, fragment: true, order: order.get(s)! });
    }
  }
  return out;
}

export function articleTree(text: string, spans: readonly Span[]): ArticleNode[] {
  // Outer pieces first: by start, then longest, then dataset order for identical spans.
  const sorted = pieces(spans).sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const root: ArticleNode[] = [];
  const stack: { piece: Piece; children: ArticleNode[] }[] = [];
  let cursor = 0;

  const emitText = (until: number) => {
    if (until <= cursor) return;
    const target = stack.at(-1)?.children ?? root;
    target.push({ kind: 'text', text: text.slice(cursor, until) });
    cursor = until;
  };
  const close = () => {
    emitText(stack.at(-1)!.piece.end); // the rest of the innermost mark's text goes inside it
    const top = stack.pop()!;
    const node: ArticleNode = { kind: 'mark', entryId: top.piece.id, anchor: top.piece.anchor, fragment: top.piece.fragment, children: top.children };
    (stack.at(-1)?.children ?? root).push(node);
  };

  for (const piece of sorted) {
    while (stack.length && stack.at(-1)!.piece.end <= piece.start) close();
    emitText(piece.start);
    stack.push({ piece, children: [] });
  }
  while (stack.length) close();
  emitText(text.length);
  return root;
}

/** The text a node covers (tests, and aria). */
export function nodeText(node: ArticleNode): string {
  return node.kind === 'text' ? node.text : node.children.map(nodeText).join('');
}
