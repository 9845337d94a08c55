// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charSource, rangeFor } from './block-ranges';
import { extractPage } from './extract-page';
import type { BlockMap } from './scan-blocks';
import { isCollapsibleSpace } from './whitespace';

// happy-dom builds working Ranges only in the window's own document, so every page is loaded there.
function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function blockWith(blocks: BlockMap[], needle: string): BlockMap {
  const block = blocks.find((b) => b.text.includes(needle));
  if (!block) throw new Error(`no block holds ${needle}`);
  return block;
}

function rangeText(doc: Document, block: BlockMap, start: number, end: number): string | null {
  const bounds = rangeFor(block, start, end);
  if (!bounds) return null;
  const range = doc.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range.toString();
}

describe('rangeFor', () => {
  it('spans inline elements: "400 jihadistes" in <b>400</b> jihadistes', () => {
    const doc = page('<p>Au moins <b>400</b> jihadistes tués</p>');
    const block = extractPage(doc).blocks[0]!;
    const start = block.text.indexOf('400 jihadistes');
    const bounds = rangeFor(block, start, start + '400 jihadistes'.length)!;
    expect(bounds.startContainer.data).toBe('400');
    expect(bounds.startOffset).toBe(0);
    expect(bounds.endContainer.data).toBe(' jihadistes tués');
    expect(bounds.endOffset).toBe(' jihadistes'.length);
    expect(rangeText(doc, block, start, start + 14)).toBe('400 jihadistes');
  });

  it('maps through collapsed whitespace exactly', () => {
    const doc = page('<p>\n   plus   de\n\t2\u00a0000   ans  </p>');
    const block = extractPage(doc).blocks[0]!;
    expect(block.text).toBe('plus de 2\u00a0000 ans');
    const start = block.text.indexOf('2\u00a0000');
    const bounds = rangeFor(block, start, start + 5)!;
    const data = bounds.startContainer.data;
    expect(data.slice(bounds.startOffset, bounds.endOffset)).toBe('2\u00a0000');
    expect(rangeText(doc, block, 0, 7)).toBe('plus   de');
  });

  it('maps table cells and pulls edges off the inserted " | "', () => {
    const doc = page("<table><tr><th>Pertes de l'EI</th><td>417 tués (OSDH)</td></tr></table>");
    const block = extractPage(doc).blocks[0]!;
    expect(block.text).toBe("Pertes de l'EI | 417 tués (OSDH)");
    const start = block.text.indexOf('417');
    expect(rangeText(doc, block, start, block.text.length)).toBe('417 tués (OSDH)');
    // A range that starts on the separator begins at the next cell's text.
    expect(rangeText(doc, block, start - 2, start + 3)).toBe('417');
    // Only the separator: nothing to show.
    expect(rangeFor(block, start - 3, start)).toBeNull();
  });

  it('maps preformatted blocks one to one', () => {
    const doc = page('<pre>total:\n  417  tués</pre>');
    const block = extractPage(doc).blocks[0]!;
    const start = block.text.indexOf('417');
    const bounds = rangeFor(block, start, start + 8)!;
    expect(bounds.startContainer.data.slice(bounds.startOffset, bounds.endOffset)).toBe('417  tué');
  });

  it('rejects offsets out of bounds or empty', () => {
    const block = extractPage(page('<p>abc</p>')).blocks[0]!;
    expect(rangeFor(block, -1, 2)).toBeNull();
    expect(rangeFor(block, 1, 4)).toBeNull();
    expect(rangeFor(block, 2, 2)).toBeNull();
    expect(rangeFor(block, 0.5, 2)).toBeNull();
    expect(rangeFor(block, 0, 3)).not.toBeNull();
  });

  it('returns null once a node it spans changed or left the document, and not before', () => {
    const doc = page('<p id="a">Au moins <b>400</b> jihadistes</p><p id="b">188 soldats</p>');
    const blocks = extractPage(doc).blocks;
    const a = blockWith(blocks, '400');
    const b = blockWith(blocks, '188');
    const claim = [a.text.indexOf('400'), a.text.indexOf('400') + 3] as const;
    expect(rangeFor(a, ...claim)).not.toBeNull();

    // A change to a node outside the range does not matter...
    doc.querySelector('#a')!.firstChild!.textContent = 'Au moins  ';
    expect(rangeFor(a, ...claim)).not.toBeNull();
    expect(rangeFor(a, 0, 8)).toBeNull();
    // ...a change inside it does, even to the same length.
    (doc.querySelector('#a b')!.firstChild as Text).data = '401';
    expect(rangeFor(a, ...claim)).toBeNull();

    expect(rangeFor(b, 0, 3)).not.toBeNull();
    doc.querySelector('#b')!.remove();
    expect(rangeFor(b, 0, 3)).toBeNull();
  });
});

// ---------------------------------------------------------------- properties on random DOMs

type Tree = string | { tag: string; children: Tree[] };

const TEXT_ALPHABET = ['a', 'b', '4', '0', 'é', ' ', ' ', '\n', '\t', '\u00a0'];
const textArb = fc.array(fc.constantFrom(...TEXT_ALPHABET), { maxLength: 7 }).map((cs) => cs.join(''));
const INLINE_TAGS = ['b', 'em', 'span', 'a', 'sup'];
const BLOCK_TAGS = ['p', 'div', 'li', 'h2', 'blockquote'];

const treeArb: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.record({ tag: fc.constantFrom(...INLINE_TAGS, 'br'), children: tie('nodes') }),
    fc.record({ tag: fc.constantFrom(...BLOCK_TAGS), children: tie('nodes') }),
    fc.record({ tag: fc.constant('table'), children: tie('nodes') }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }),
})).nodes;

/** Builds the tree with DOM calls (not markup), so whitespace reaches the text nodes as generated. */
function build(doc: Document, parent: Node, trees: Tree[]): void {
  for (const tree of trees) {
    if (typeof tree === 'string') {
      parent.appendChild(doc.createTextNode(tree));
    } else if (tree.tag === 'br') {
      parent.appendChild(doc.createElement('br'));
    } else if (tree.tag === 'table') {
      // A row of cells, each cell holding the subtree (or part of it).
      const table = parent.appendChild(doc.createElement('table'));
      const row = table.appendChild(doc.createElement('tbody')).appendChild(doc.createElement('tr'));
      for (const child of tree.children.length ? tree.children : ['']) build(doc, row.appendChild(doc.createElement('td')), [child]);
    } else {
      const el = parent.appendChild(doc.createElement(tree.tag));
      if (tree.tag === 'a') el.setAttribute('href', '#x');
      build(doc, el, tree.children);
    }
  }
}

function randomPage(trees: Tree[]): Document {
  const doc = page('');
  build(doc, doc.body, trees);
  return doc;
}

/** Characters that show as something (a block of no-break spaces alone is dropped, by design). */
const nonSpace = (s: string) => s.replace(/\s/g, '').length;

const inlineTreeArb: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.record({ tag: fc.constantFrom(...INLINE_TAGS), children: tie('nodes') }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }),
})).nodes;

describe('rendered text on random pages', () => {
  it('a paragraph of inline elements reads as its text content, whitespace collapsed', () => {
    fc.assert(
      fc.property(inlineTreeArb, (trees) => {
        const doc = page('');
        const p = doc.body.appendChild(doc.createElement('p'));
        build(doc, p, trees);
        // Collapse and trim ASCII whitespace only: a no-break space at an edge still shows.
        const rendered = (p.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
        const blocks = extractPage(doc).input.blocks.map((b) => b.text);
        expect(blocks).toEqual(/^\s*$/.test(rendered) ? [] : [rendered]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('offset mapping on random pages', () => {
  it('every block character comes from its node, except inserted separators', () => {
    fc.assert(
      fc.property(treeArb, (trees) => {
        const doc = randomPage(trees);
        for (const block of extractPage(doc).blocks) {
          expect(block.text).not.toMatch(/^[ \n]|[ \n]$|  |[\t\r\f]/);
          for (let i = 0; i < block.text.length; i++) {
            const char = block.text[i]!;
            const source = charSource(block, i);
            if (source === null) {
              // Inserted: a space between two nodes, a <br> line break, or part of a cell separator.
              expect([' ', '\n', '|']).toContain(char);
              continue;
            }
            const code = source.node.data.charCodeAt(source.offset);
            if (char === ' ') expect(isCollapsibleSpace(code)).toBe(true);
            else expect(String.fromCharCode(code)).toBe(char);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every visible character of the page lands in exactly one block', () => {
    fc.assert(
      fc.property(treeArb, (trees) => {
        const doc = randomPage(trees);
        const expected = nonSpace(doc.body.textContent ?? '');
        const blocks = extractPage(doc).blocks;
        const got = blocks.reduce((n, b) => n + nonSpace(b.text.replace(/ \| /g, ' ')), 0);
        expect(got).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a range built from rangeFor reads back the block text it was asked for', () => {
    // Whitespace and separators differ by design between a range's raw text and the block's
    // rendered text: compare the characters that show, in order (the alphabet has no "|").
    const normalise = (s: string) => s.replace(/[\s|]/g, '');
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (trees, a, b) => {
        const doc = randomPage(trees);
        for (const block of extractPage(doc).blocks) {
          const n = block.text.length;
          const start = a % n;
          const end = start + 1 + (b % (n - start));
          const text = rangeText(doc, block, start, end);
          const wanted = normalise(block.text.slice(start, end));
          if (text === null) expect(wanted).toBe(''); // only separators were asked for
          else expect(normalise(text)).toBe(wanted);
        }
      }),
      { numRuns: 300 },
    );
  });
});
