// The claims as a reader sees them on both sides: the page's highlighted ranges, and the list of an
// extension page (popup, side panel), as `verdict: phrase` lines to compare.
import { evaluateIn, type AnyPage } from './page';

/** One claim as a `verdict: phrase` line, whitespace (no-break spaces included) collapsed. */
export const line = (verdict: string, phrase: string) => `${verdict}: ${phrase.replace(/\s+/g, ' ').trim()}`;

export interface HighlightedRange {
  /** Registered name: palmyra-supported, palmyra-hc-contradicted, palmyra-flash... */
  name: string;
  /** The range's text as rendered: a <br> inside it reads as a space (60<br>km is "60 km"). */
  text: string;
  /** Top of the range in document coordinates. */
  docTop: number;
}

/** Every range of our CSS.highlights, read in the page (the main world sees the content script's). */
export function ourHighlights(page: AnyPage): Promise<HighlightedRange[]> {
  return evaluateIn(
    page,
    () => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const out: { name: string; text: string; docTop: number }[] = [];
      for (const [name, ranges] of registry) {
        if (!name.startsWith('palmyra-')) continue;
        for (const r of ranges) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const copy = range.cloneContents();
          copy.querySelectorAll('br').forEach((br) => br.replaceWith(' '));
          out.push({ name, text: copy.textContent ?? '', docTop: range.getBoundingClientRect().top + window.scrollY });
        }
      }
      return out;
    },
    undefined,
  );
}

/** The verdict a highlight name stands for (default or high-contrast palette), or null. */
export const verdictOfHighlight = (name: string) => /^palmyra-(?:hc-)?(supported|contradicted|unrelated)$/.exec(name)?.[1] ?? null;

/** The page's claims as the reader sees them: every highlighted range, as `verdict: phrase`, sorted. */
export async function highlightedClaims(page: AnyPage): Promise<string[]> {
  const out: string[] = [];
  for (const h of await ourHighlights(page)) {
    const verdict = verdictOfHighlight(h.name);
    if (verdict) out.push(line(verdict, h.text));
  }
  return out.sort();
}

export interface ListedClaim {
  verdict: string;
  phrase: string;
  id: string;
}

/** An extension page's list (popup, side panel; `within` one part of it), in its order: each item's data-verdict and page phrase. */
export function listedClaims(popup: AnyPage, within = 'body'): Promise<ListedClaim[]> {
  return evaluateIn(
    popup,
    (root) =>
      [...document.querySelectorAll<HTMLElement>(`${root} li[data-verdict]`)].map((li) => ({
        verdict: li.dataset.verdict ?? '',
        phrase: li.querySelector('.pfc-claim-phrase')?.textContent ?? '',
        id: li.dataset.claimId ?? '',
      })),
    within,
  );
}
