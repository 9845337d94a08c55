// The engine runs here, in the background, not in the page: a tab's content script sends the page's
// visible text and gets back each claim with its place (block and offsets) and everything the popup and
// the card show of it, already bounded. The page's context (the place and time its text is about) is
// kept per tab, so blocks a live page adds later are read as the page's continuation.
import { PageAnalyzer, type Claim } from '@/core/engine';
import type { CompiledReference } from '@/core/reference/compile';
import { blocksFromPlainText } from '@/core/text/plain';
import { piecesOf } from '@/core/text/pieces';
import type { PageInput, TextBlock } from '@/core/types';
import { settleBlock, settlePage, type RawBlock, type RawPage } from '@/lib/page-text/settle';
import { boundedList, clipEnd, clipSentence, figureInSentence, MAX_BECAUSE, MAX_FOUND, MAX_PHRASE, MAX_TEXT_CHARS, MAX_WORDS } from '@/lib/protocol/bounds';
import type { AnalyzeAnswer, FoundClaim, TextCheck } from '@/lib/protocol/messages';

/** What the content script needs of one claim: its place, and the words shown, clipped to the bounds. */
export function foundClaim(claim: Claim, blockText: string): FoundClaim {
  const at = figureInSentence(blockText, claim.sentence, claim);
  return {
    block: claim.block,
    start: claim.start,
    end: claim.end,
    text: clipEnd(claim.text, MAX_PHRASE),
    sentence: clipSentence(claim.sentence, at.start, at.end),
    kind: claim.kind,
    verdict: claim.verdict,
    valueText: clipEnd(claim.valueText, MAX_PHRASE),
    entryId: claim.match?.entryId ?? null,
    delta: claim.match?.delta ?? null,
    because: (claim.match?.because ?? []).slice(0, MAX_BECAUSE).map((w) => clipEnd(w, MAX_WORDS)),
    region: claim.region,
  };
}

/** How many tabs' page contexts are kept; the oldest goes first (its next update resends its page). */
export const KEPT_TABS = 32;

interface TabPage {
  scan: string;
  analyzer: PageAnalyzer;
}

export class TabAnalyses {
  private readonly tabs = new Map<number, TabPage>();

  constructor(
    private readonly reference: () => CompiledReference,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A new scan of the tab's page: its claims, in page order. */
  page(tabId: number, scan: string, raw: RawPage): AnalyzeAnswer {
    const started = this.now();
    const page = settlePage(raw);
    const analyzer = this.remember(tabId, scan, page);
    const claims = read(analyzer, page.blocks);
    return { claims, lang: analyzer.lang, engineMs: this.now() - started };
  }

  /**
   * Blocks added to the page of scan `scan`. Without that page in memory (the service worker slept, or
   * the tab was evicted), `page` rebuilds it: read again, its claims dropped, as the scan had read it.
   */
  blocks(tabId: number, scan: string, blocks: RawBlock[], raw?: RawPage): AnalyzeAnswer {
    const started = this.now();
    let known = this.tabs.get(tabId);
    if (known?.scan !== scan) {
      if (!raw) return { lost: true };
      const page = settlePage(raw);
      const analyzer = this.remember(tabId, scan, page);
      read(analyzer, page.blocks, false);
      known = { scan, analyzer };
    }
    const claims = read(known.analyzer, blocks.map(settleBlock));
    return { claims, lang: known.analyzer.lang, engineMs: this.now() - started };
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  private remember(tabId: number, scan: string, page: PageInput): PageAnalyzer {
    const analyzer = new PageAnalyzer(page, this.reference());
    this.tabs.delete(tabId);
    this.tabs.set(tabId, { scan, analyzer });
    for (const oldest of this.tabs.keys()) {
      if (this.tabs.size <= KEPT_TABS) break;
      this.tabs.delete(oldest);
    }
    return analyzer;
  }
}

/** Reads blocks in order (the analyzer carries the page's context from one to the next). */
function read(analyzer: PageAnalyzer, blocks: readonly TextBlock[], collect = true): FoundClaim[] {
  const found: FoundClaim[] = [];
  blocks.forEach((block, b) => {
    for (const piece of piecesOf(block.text)) {
      for (const claim of analyzer.analyzeBlock(block, b, piece)) {
        if (collect && found.length < MAX_FOUND) found.push(foundClaim(claim, block.text));
      }
    }
  });
  return found;
}

/**
 * Checks a text that is not a page: a draft typed in the panel, a selection checked from the context
 * menu. Paragraphs are separated by blank lines; a short first line without a full stop is its title.
 * Claims are numbered `t1`, `t2`… in text order, at most MAX_CLAIMS (those tied to the reference first).
 */
export function checkText(text: string, reference: CompiledReference): TextCheck {
  const blocks = blocksFromPlainText(text.slice(0, MAX_TEXT_CHARS));
  const title = blocks[0]?.region === 'heading' ? blocks[0].text : undefined;
  const analyzer = new PageAnalyzer({ blocks, ...(title ? { title } : {}) }, reference);
  const claims = read(analyzer, blocks).map(({ block: _b, start: _s, end: _e, ...summary }, i) => ({ id: `t${i + 1}`, ...summary }));
  const { kept, omitted } = boundedList(claims, (c) => c.verdict !== 'unrelated');
  return { claims: kept, omitted, lang: analyzer.lang };
}
