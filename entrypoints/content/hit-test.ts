// Which claim is under the pointer, without an element per claim: the caret position under the
// point gives a text node and an offset; the claims running through that node are checked against
// the point with their ranges' client rectangles (a caret snaps to the nearest character, even
// past the end of a line).
import type { PageClaim } from './scan';

export class ClaimIndex {
  private byNode = new Map<Text, PageClaim[]>();

  constructor(claims: Iterable<PageClaim> = []) {
    for (const c of claims) this.add(c);
  }

  add(claim: PageClaim): void {
    for (const node of claim.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(claim);
      else this.byNode.set(node, [claim]);
    }
  }

  clear(): void {
    this.byNode.clear();
  }

  at(node: Node): readonly PageClaim[] {
    return (node.nodeType === 3 && this.byNode.get(node as Text)) || [];
  }
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const SLOP = 1;

export function rectsContain(range: Range, x: number, y: number): DOMRect | null {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return r;
  }
  return null;
}

/** The claim under the point and the rectangle of its line there, or null. */
export function claimAtPoint(doc: Document, index: ClaimIndex, x: number, y: number, shown: (c: PageClaim) => boolean): { claim: PageClaim; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const claim of index.at(caret.node)) {
    if (!shown(claim)) continue;
    const rect = rectsContain(claim.range, x, y);
    if (rect) return { claim, rect };
  }
  return null;
}
