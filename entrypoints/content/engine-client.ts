// The content script's side of the engine, which runs in the background: it sends the page's text and
// gets back the claims (checked with a guard: the page's process carries no schema library). It keeps
// the page of the current scan, so that blocks a live page adds later can be read in its context even
// after the background forgot it (a service worker stopped while idle).
import type { RawBlock, RawPage } from '@/lib/page-text/settle';
import { MAX_BLOCKS, MAX_PAGE_CHARS } from '@/lib/protocol/bounds';
import { isAnalyzeAnswer } from '@/lib/protocol/guards';
import type { AnalyzeAnswer, ContentToBackground, FoundClaim } from '@/lib/protocol/messages';

export interface Analysis {
  claims: FoundClaim[];
  lang: 'fr' | 'en';
  /** The background's engine time, in milliseconds. */
  engineMs: number;
}

export type Send = (message: ContentToBackground) => Promise<unknown>;

/** The background did not answer, or answered something else than an analysis. */
export class EngineUnavailable extends Error {
  constructor() {
    super('The extension could not read this page: its background did not answer. Reload the page to try again.');
  }
}

/**
 * At most MAX_PAGE_CHARS of text and MAX_BLOCKS blocks, in page order: a page beyond is read up to
 * there (the block that crosses the bound is cut; its offsets still map onto its start).
 */
export function withinBounds(blocks: readonly RawBlock[]): RawBlock[] {
  const kept: RawBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (kept.length >= MAX_BLOCKS || chars >= MAX_PAGE_CHARS) break;
    const room = MAX_PAGE_CHARS - chars;
    kept.push(block.text.length <= room ? block : { ...block, text: block.text.slice(0, room) });
    chars += Math.min(block.text.length, room);
  }
  return kept;
}

export class EngineClient {
  private scan = '';
  private page: RawPage | undefined;
  private scans = 0;
  private readonly tag = Math.random().toString(36).slice(2, 10);

  constructor(private readonly send: Send) {}

  /** A new scan: the whole page. Its blocks beyond the bounds are not sent (nor mapped: their index is past the answer's). */
  async readPage(input: RawPage): Promise<Analysis> {
    const page = { ...input, blocks: withinBounds(input.blocks) };
    const scan = `${this.tag}-${++this.scans}`;
    this.scan = scan;
    this.page = page;
    return this.answered(await this.send({ type: 'analyze-page', scan, page }));
  }

  /** Blocks that appeared in the page of the current scan. */
  async readBlocks(input: readonly RawBlock[]): Promise<Analysis> {
    if (!this.page) throw new EngineUnavailable();
    const blocks = withinBounds(input);
    const first = this.answered(await this.send({ type: 'analyze-blocks', scan: this.scan, blocks }), true);
    if (first) return first;
    return this.answered(await this.send({ type: 'analyze-blocks', scan: this.scan, blocks, page: this.page }));
  }

  private answered(answer: unknown): Analysis;
  private answered(answer: unknown, mayBeLost: true): Analysis | null;
  private answered(answer: unknown, mayBeLost = false): Analysis | null {
    if (!isAnalyzeAnswer(answer)) throw new EngineUnavailable();
    if (isLost(answer)) {
      if (mayBeLost) return null;
      throw new EngineUnavailable();
    }
    return answer;
  }
}

const isLost = (a: AnalyzeAnswer): a is Extract<AnalyzeAnswer, { lost: true }> => 'lost' in a;
