// Highlights with the CSS Custom Highlight API: the page's DOM is left as it is, one Highlight per
// verdict, styled by highlights.css, which the background inserts into the page only when the layer
// first paints (a page that is not checked gets no rule of ours: `::highlight(palmyra-…)` styles
// are readable by any page's getComputedStyle). Every supported browser has the API
// (Chrome 105+, Firefox 140+); where it is missing nothing is painted and the popup still lists the
// claims. The registry is the page's too: a page can delete or replace our entries, so the layer keeps
// its own Highlights and puts them back when they were disturbed.
import type { VerdictT } from '@/lib/protocol/messages';

export type Palette = 'default' | 'high-contrast';
export const VERDICTS: readonly VerdictT[] = ['supported', 'contradicted', 'unrelated'];

/** The registered name of a verdict's highlight: "palmyra-contradicted", "palmyra-hc-contradicted". */
export function highlightName(verdict: VerdictT | 'flash' | 'focus', palette: Palette): string {
  if (verdict === 'flash' || verdict === 'focus') return `palmyra-${verdict}`;
  return palette === 'high-contrast' ? `palmyra-hc-${verdict}` : `palmyra-${verdict}`;
}

/** Every name the stylesheet styles: no one else may register under them. */
const OUR_NAMES: readonly string[] = [
  ...VERDICTS.flatMap((v) => [highlightName(v, 'default'), highlightName(v, 'high-contrast')]),
  highlightName('flash', 'default'),
  highlightName('focus', 'default'),
];

export interface HighlightLayer {
  /** Replaces everything shown. */
  show(items: ReadonlyArray<{ range: Range; verdict: VerdictT }>, palette: Palette): void;
  /** A short flash on one claim (after "reveal"). */
  flash(range: Range, ms: number): void;
  /** Marks the claim that keyboard navigation is on; null clears it. */
  focus(range: Range | null): void;
  clear(): void;
  /** Puts back what the page removed or replaced in the registry, and drops what it registered under our names; true when it had to. */
  repair(): boolean;
}

interface HighlightLike {
  priority: number;
}
export interface HighlightCtor {
  new (...ranges: Range[]): HighlightLike;
}
/** The part of `CSS.highlights` we use: a map of names to Highlights, shared with the page. */
export type HighlightRegistry = Pick<Map<string, unknown>, 'get' | 'set' | 'delete'>;

/**
 * The layer over the page's registry; `registry` and `Highlight` default to the browser's.
 * `onFirstPaint` runs once, before the first range is registered: the moment the stylesheet is needed.
 */
export function createHighlightLayer(
  registry: HighlightRegistry | undefined = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights,
  Highlight: HighlightCtor | undefined = (globalThis as { Highlight?: HighlightCtor }).Highlight,
  onFirstPaint: () => void = () => {},
): HighlightLayer {
  if (!registry || !Highlight) return unpainted();
  let painted = false;
  // What we registered, by name: the truth the registry is checked against.
  const ours = new Map<string, HighlightLike>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const set = (name: string, ranges: Range[], priority: number) => {
    if (ranges.length === 0) {
      if (ours.has(name)) registry.delete(name);
      ours.delete(name);
      return;
    }
    if (!painted) {
      painted = true;
      onFirstPaint();
    }
    const h = new Highlight(...ranges);
    h.priority = priority;
    registry.set(name, h);
    ours.set(name, h);
  };
  return {
    show(items, palette) {
      for (const name of [...ours.keys()]) if (!name.endsWith('flash') && !name.endsWith('focus')) set(name, [], 0);
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
      for (const name of ours.keys()) registry.delete(name);
      ours.clear();
    },
    repair() {
      let repaired = false;
      for (const name of OUR_NAMES) {
        const mine = ours.get(name);
        const there = registry.get(name);
        if (there === mine) continue;
        // Ours deleted or replaced: put it back; a name of ours we do not use now: the page's forgery.
        if (mine) registry.set(name, mine);
        else registry.delete(name);
        repaired = true;
      }
      return repaired;
    },
  };
}

/** Without the API: nothing is painted (the popup lists the claims). */
function unpainted(): HighlightLayer {
  return { show() {}, flash() {}, focus() {}, clear() {}, repair: () => false };
}
