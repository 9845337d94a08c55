// Living pages: text that appears or changes after the first scan is read too, incrementally.
// Mutations are collected for a short while, reduced to the block-level subtrees that changed, and
// only those are read again; the page is never re-read whole because of a mutation.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const SETTLE_MS = 500;
/** Beyond this many changed subtrees in one batch, their common container is read instead. */
const MAX_ROOTS = 40;
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE',
  'FIGCAPTION', 'FIGURE', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'PRE', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.localName.startsWith('palmyra-') || el.hasAttribute('data-palmyra-ui')) return true;
    }
  }
  return false;
}

function blockOf(node: Node): Element | null {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n.nodeType === 1) {
    const el = n as Element;
    if (BLOCK_TAGS.has(el.tagName)) return el;
    n = el.parentNode;
  }
  return n && n.nodeType === 1 ? (n as Element) : null;
}

/** Keeps the outermost of nested roots. */
export function outermost(roots: Element[]): Element[] {
  return roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
}

/**
 * Calls `onChange(roots, removed)` with the block-level subtrees that changed (to read again) and
 * whether anything was removed (claims whose text left the page are dropped). Returns a stop function.
 */
export interface MutationWatch {
  stop(): void;
}

export function watchMutations(ctx: ContentScriptContext, doc: Document, onChange: (roots: Element[], removed: boolean) => void): MutationWatch {
  let roots = new Set<Element>();
  let removed = false;
  let timer: number | undefined;
  const flush = () => {
    timer = undefined;
    let list = outermost([...roots].filter((r) => r.isConnected));
    if (list.length > MAX_ROOTS) list = outermost(list.map((r) => r.parentElement ?? r));
    const anyRemoved = removed;
    roots = new Set();
    removed = false;
    if (list.length > 0 || anyRemoved) onChange(list, anyRemoved);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'characterData') {
        const b = blockOf(r.target);
        if (b) roots.add(b);
        continue;
      }
      if (r.removedNodes.length > 0) removed = true;
      for (const added of r.addedNodes) {
        if (isOurs(added)) continue;
        if (added.nodeType !== 1 && added.nodeType !== 3) continue;
        const b = blockOf(added.nodeType === 1 && BLOCK_TAGS.has((added as Element).tagName) ? added : r.target);
        if (b) roots.add(b);
      }
      if (r.removedNodes.length > 0 && r.target.nodeType === 1 && !isOurs(r.target)) {
        const b = blockOf(r.target);
        if (b) roots.add(b);
      }
    }
    if ((roots.size > 0 || removed) && timer === undefined) timer = ctx.setTimeout(flush, SETTLE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return {
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
