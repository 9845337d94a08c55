// Highlights with the CSS Custom Highlight API: the page's DOM is left as it is, one Highlight per
// verdict, styled by highlights.css (injected by the manifest). Where the API is missing (older
// browsers), ranges are wrapped in <palmyra-mark> elements instead, the only DOM change we make.
import type { VerdictT } from '@/lib/protocol/messages';

export type Palette = 'default' | 'high-contrast';
export const VERDICTS: readonly VerdictT[] = ['supported', 'contradicted', 'unrelated'];

/** The registered name of a verdict's highlight: "palmyra-contradicted", "palmyra-hc-contradicted". */
export function highlightName(verdict: VerdictT | 'flash' | 'focus', palette: Palette): string {
  if (verdict === 'flash' || verdict === 'focus') return `palmyra-${verdict}`;
  return palette === 'high-contrast' ? `palmyra-hc-${verdict}` : `palmyra-${verdict}`;
}

export interface HighlightLayer {
  /** Replaces everything shown. */
  show(items: ReadonlyArray<{ range: Range; verdict: VerdictT }>, palette: Palette): void;
  /** A short flash on one claim (after "reveal"). */
  flash(range: Range, ms: number): void;
  /** Marks the claim that keyboard navigation is on; null clears it. */
  focus(range: Range | null): void;
  clear(): void;
  readonly usesCustomHighlights: boolean;
}

interface HighlightCtor {
  new (...ranges: Range[]): { add(r: Range): void; clear(): void; priority: number };
}

export function createHighlightLayer(doc: Document): HighlightLayer {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (registry && Highlight) return customHighlights(registry, Highlight);
  return wrappedHighlights(doc);
}

function customHighlights(registry: Map<string, unknown>, Highlight: HighlightCtor): HighlightLayer {
  const ours = new Set<string>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const set = (name: string, ranges: Range[], priority: number) => {
    if (ranges.length === 0) {
      registry.delete(name);
      ours.delete(name);
      return;
    }
    const h = new Highlight(...ranges);
    h.priority = priority;
    registry.set(name, h);
    ours.add(name);
  };
  return {
    usesCustomHighlights: true,
    show(items, palette) {
      for (const name of [...ours]) if (!name.endsWith('flash') && !name.endsWith('focus')) {
        registry.delete(name);
        ours.delete(name);
      }
      VERDICTS.forEach((verdict, i) => {
        set(highlightName(verdict, palette), items.filter((x) => x.verdict === verdict).map((x) => x.range), 3 - i);
      });
    },
    flash(range, ms) {
      set(highlightName('flash', 'default'), [range], 10);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => set(highlightName('flash', 'default'), [], 10), ms);
    },
    focus(range) {
      set(highlightName('focus', 'default'), range ? [range] : [], 9);
    },
    clear() {
      clearTimeout(flashTimer);
      for (const name of ours) registry.delete(name);
      ours.clear();
    },
  };
}

const MARK = 'palmyra-mark';

/** Fallback: one <palmyra-mark data-verdict> per text node a range runs through. */
function wrappedHighlights(doc: Document): HighlightLayer {
  let marks: HTMLElement[] = [];
  const unwrapAll = () => {
    for (const m of marks.reverse()) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize?.();
    }
    marks = [];
  };
  const wrap = (range: Range, attrs: Record<string, string>) => {
    const pieces: Range[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
    const first = range.startContainer;
    for (let n: Node | null = first.nodeType === 3 ? first : walker.nextNode(); n; n = walker.nextNode()) {
      if (!range.intersectsNode(n)) {
        if (pieces.length > 0) break;
        continue;
      }
      const r = doc.createRange();
      r.selectNodeContents(n);
      if (n === range.startContainer) r.setStart(n, range.startOffset);
      if (n === range.endContainer) r.setEnd(n, range.endOffset);
      if (!r.collapsed) pieces.push(r);
      if (n === range.endContainer) break;
      walker.currentNode = n;
    }
    // Last first: splitting a text node after a range leaves the ranges before it intact.
    for (const r of pieces.reverse()) {
      const el = doc.createElement(MARK);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      try {
        r.surroundContents(el);
        marks.push(el);
      } catch {
        /* a range that splits an element cannot be wrapped: left unmarked */
      }
    }
  };
  return {
    usesCustomHighlights: false,
    show(items, palette) {
      unwrapAll();
      for (const { range, verdict } of [...items].reverse()) wrap(range, { 'data-verdict': verdict, 'data-palette': palette });
    },
    flash() {},
    focus() {},
    clear: unwrapAll,
  };
}
