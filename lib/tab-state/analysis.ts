// The engine runs here, in the background, not in the page: a tab's content script sends the page's
// visible text and gets back each claim with its place (block and offsets) and everything the popup and
// the card show of it, already bounded. The page's context (the place and time its text is about) is
// kept per tab, so blocks a live page adds later are read as the page's continuation.
//
// Each reference (the bundled AFP dataset, then those the reader imported and enabled) reads the page
// on its own: a dataset is its own world of places, sides and events. A figure takes the verdict of the
// first reference that ties it to an entry, in that order; a figure none ties is "not in the reference".
import { PageAnalyzer, type Claim } from '@/core/engine';
import type { CompiledReference } from '@/core/reference/compile';
import { blocksFromPlainText } from '@/core/text/plain';
import { piecesOf } from '@/core/text/pieces';
import type { PageInput, TextBlock } from '@/core/types';
import { settleBlock, settlePage, type RawBlock, type RawPage } from '@/lib/page-text/settle';
import { boundedList, clipEnd, clipSentence, figureInSentence, MAX_BECAUSE, MAX_FOUND, MAX_PHRASE, MAX_TEXT_CHARS, MAX_WORDS } from '@/lib/protocol/bounds';
import type { AnalyzeAnswer, FoundClaim, TextCheck } from '@/lib/protocol/messages';

/** A reference dataset ready for the engine, with the id claims name it by. */
export interface NamedReference {
  id: string;
  reference: CompiledReference;
}

/** What the content script needs of one claim: its place, and the words shown, clipped to the bounds. */
export function foundClaim(claim: Claim, blockText: string, datasetId: string): FoundClaim {
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
    datasetId: claim.match ? datasetId : null,
    delta: claim.match?.delta ?? null,
    because: (claim.match?.because ?? []).slice(0, MAX_BECAUSE).map((w) => clipEnd(w, MAX_WORDS)),
    region: claim.region,
  };
}

/** How many tabs' page contexts are kept; the oldest goes first (its next update resends its page). */
export const KEPT_TABS = 32;

/** One reader of a page per reference, each carrying the page's context for its own reference. */
type Readers = { id: string; analyzer: PageAnalyzer }[];

interface TabPage {
  scan: string;
  readers: Readers;
}

function readersOf(page: PageInput, references: readonly NamedReference[]): Readers {
  return references.map(({ id, reference }) => ({ id, analyzer: new PageAnalyzer(page, reference) }));
}

export class TabAnalyses {
  private readonly tabs = new Map<number, TabPage>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A new scan of the tab's page: its claims, in page order. `references`: the bundled dataset first, then the enabled imported ones. */
  page(tabId: number, scan: string, raw: RawPage, references: readonly NamedReference[]): AnalyzeAnswer {
    const started = this.now();
    const page = settlePage(raw);
    const readers = this.remember(tabId, scan, page, references);
    const claims = read(readers, page.blocks);
    return { claims, lang: readers[0]!.analyzer.lang, engineMs: this.now() - started };
  }

  /**
   * Blocks added to the page of scan `scan`. Without that page in memory (the service worker slept, or
   * the tab was evicted), `page` rebuilds it: read again, its claims dropped, as the scan had read it.
   */
  blocks(tabId: number, scan: string, blocks: RawBlock[], references: readonly NamedReference[], raw?: RawPage): AnalyzeAnswer {
    const started = this.now();
    let known = this.tabs.get(tabId);
    if (known?.scan !== scan) {
      if (!raw) return { lost: true };
      const page = settlePage(raw);
      const readers = this.remember(tabId, scan, page, references);
      read(readers, page.blocks, false);
      known = { scan, readers };
    }
    const claims = read(known.readers, blocks.map(settleBlock));
    return { claims, lang: known.readers[0]!.analyzer.lang, engineMs: this.now() - started };
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  private remember(tabId: number, scan: string, page: PageInput, references: readonly NamedReference[]): Readers {
    const readers = readersOf(page, references);
    this.tabs.delete(tabId);
    this.tabs.set(tabId, { scan, readers });
    for (const oldest of this.tabs.keys()) {
      if (this.tabs.size <= KEPT_TABS) break;
      this.tabs.delete(oldest);
    }
    return readers;
  }
}

/**
 * One list of a piece's claims from every reference's: per figure (its offsets), the first claim tied
 * to an entry, else the first reader's; in text order.
 */
function mergeReadings(readings: readonly { id: string; claims: readonly Claim[] }[]): { claim: Claim; datasetId: string }[] {
  if (readings.length === 1) return readings[0]!.claims.map((claim) => ({ claim, datasetId: readings[0]!.id }));
  const byFigure = new Map<string, { claim: Claim; datasetId: string }>();
  for (const { id, claims } of readings) {
    for (const claim of claims) {
      const key = `${claim.start}:${claim.end}`;
      const kept = byFigure.get(key);
      if (!kept || (!kept.claim.match && claim.match)) byFigure.set(key, { claim, datasetId: id });
    }
  }
  return [...byFigure.values()].sort((a, b) => a.claim.start - b.claim.start || a.claim.end - b.claim.end);
}

/** Reads blocks in order (each reader carries the page's context from one to the next). */
function read(readers: Readers, blocks: readonly TextBlock[], collect = true): FoundClaim[] {
  const found: FoundClaim[] = [];
  blocks.forEach((block, b) => {
    for (const piece of piecesOf(block.text)) {
      const readings = readers.map(({ id, analyzer }) => ({ id, claims: analyzer.analyzeBlock(block, b, piece) }));
      for (const { claim, datasetId } of mergeReadings(readings)) {
        if (collect && found.length < MAX_FOUND) found.push(foundClaim(claim, block.text, datasetId));
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
export function checkText(text: string, references: readonly NamedReference[]): TextCheck {
  const blocks = blocksFromPlainText(text.slice(0, MAX_TEXT_CHARS));
  const title = blocks[0]?.region === 'heading' ? blocks[0].text : undefined;
  const readers = readersOf({ blocks, ...(title ? { title } : {}) }, references);
  const claims = read(readers, blocks).map(({ block: _b, start: _s, end: _e, ...summary }, i) => ({ id: `t${i + 1}`, ...summary }));
  const { kept, omitted } = boundedList(claims, (c) => c.verdict !== 'unrelated');
  return { claims: kept, omitted, lang: readers[0]!.analyzer.lang };
}
