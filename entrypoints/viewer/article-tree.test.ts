import { describe, expect, it } from 'vitest';
import { articleText, dataset } from '@/lib/dispatch/dataset';
import { articleTree, nodeText, type ArticleNode } from './article-tree';

type Mark = Extract<ArticleNode, { kind: 'mark' }>;

function marks(nodes: ArticleNode[], out: Mark[] = []): Mark[] {
  for (const n of nodes) {
    if (n.kind === 'mark') {
      out.push(n);
      marks(n.children, out);
    }
  }
  return out;
}

describe('articleTree on the dispatch', () => {
  const spans = dataset.entries.map((e) => ({ id: e.id, ...e.quote }));
  const tree = articleTree(articleText, spans);
  const all = marks(tree);

  it('keeps the text exactly', () => {
    expect(tree.map(nodeText).join('')).toBe(articleText);
  });

  it('gives every entry exactly one anchor', () => {
    for (const e of dataset.entries) {
      expect(all.filter((m) => m.entryId === e.id && m.anchor), e.id).toHaveLength(1);
    }
  });

  it('keeps quotes whole where they nest, and the anchor holds the whole quote', () => {
    const split = new Set(all.filter((m) => m.fragment).map((m) => m.entryId));
    // Only the 24-hour window crosses its neighbours in this dispatch.
    expect([...split]).toEqual(['sorties-window']);
    for (const e of dataset.entries) {
      const anchor = all.find((m) => m.entryId === e.id && m.anchor)!;
      if (split.has(e.id)) {
        const pieces = all.filter((m) => m.entryId === e.id).map(nodeText).join('');
        expect(pieces, e.id).toBe(e.quote.text);
      } else {
        expect(nodeText(anchor), e.id).toBe(e.quote.text);
      }
    }
  });

  it('nests identical quotes (the Brussels figures share one phrase)', () => {
    const brussels = all.filter((m) => m.entryId.startsWith('brussels-'));
    expect(brussels.map((m) => nodeText(m))).toEqual(Array(3).fill(dataset.entries.find((e) => e.id === 'brussels-killed')!.quote.text));
  });
});

describe('articleTree on crafted spans', () => {
  it('splits only the crossing span, at every boundary', () => {
    const text = '0123456789';
    const tree = articleTree(text, [
      { id: 'a', start: 0, end: 5 },
      { id: 'b', start: 3, end: 8 },
      { id: 'c', start: 6, end: 10 },
    ]);
    expect(tree.map(nodeText).join('')).toBe(text);
    const ms = marks(tree);
    expect(ms.filter((m) => !m.fragment).map((m) => [m.entryId, nodeText(m)])).toEqual([
      ['a', '01234'],
      ['c', '6789'],
    ]);
    expect(ms.filter((m) => m.entryId === 'b').map((m) => [nodeText(m), m.anchor])).toEqual([
      ['34', true],
      ['5', false],
      ['67', false],
    ]);
  });

  it('ignores empty spans and keeps text with no span', () => {
    expect(articleTree('abc', [{ id: 'x', start: 2, end: 2 }])).toEqual([{ kind: 'text', text: 'abc' }]);
  });
});
