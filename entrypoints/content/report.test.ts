import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/core/engine';
import { reference } from '@/core/reference/dataset';
import type { BlockMap } from '@/lib/page-text';
import { MAX_CLAIMS, MAX_SENTENCE } from '@/lib/protocol/bounds';
import { TabReportSchema } from '@/lib/protocol/messages';
import { buildReport, summaryOf } from './report';
import type { PageClaim } from './scan';

/** The engine's claims on `blocks`, as the content script holds them (no DOM: the report needs none). */
function pageClaims(blocks: string[]): PageClaim[] {
  const analysis = analyzePage({ blocks: blocks.map((text) => ({ text, region: 'main' })), published: '2016-03-28', lang: 'fr' }, reference());
  return analysis.claims.map((claim, i) => ({
    claim,
    id: `c${i}`,
    block: { text: blocks[claim.block]! } as BlockMap,
    range: null as never,
    nodes: [],
  }));
}

const SENTENCE = 'Selon l’OSDH, 400 jihadistes et 188 soldats ont été tués à Palmyre depuis le 7 mars, à 240 km de Damas. ';

describe('a report of a page of 5,000 figures', () => {
  // 1,250 sentences of four figures each, in paragraphs of 25 sentences.
  const blocks = Array.from({ length: 50 }, () => SENTENCE.repeat(25));
  const claims = pageClaims(blocks);
  const report = buildReport({ url: 'https://news.example/a', status: 'done', claims, lang: 'fr' }, 1);
  const size = JSON.stringify(report).length;

  it('lists 500 claims, says how many more there were, and stays far under 1 MB', () => {
    expect(claims.length).toBeGreaterThanOrEqual(5000);
    expect(report.claims).toHaveLength(MAX_CLAIMS);
    expect(report.omitted).toBe(claims.length - MAX_CLAIMS);
    expect(size).toBeLessThan(1_000_000);
    expect(TabReportSchema.safeParse(report).success).toBe(true);
    console.info(`[report] ${claims.length} figures: ${report.claims.length} listed, ${report.omitted} more, ${(size / 1024).toFixed(0)} KB`);
  });

  it('lists the claims tied to the reference before the others, in page order', () => {
    const related = claims.filter((c) => c.claim.verdict !== 'unrelated');
    const listed = report.claims.map((c) => c.id);
    expect(listed).toEqual(related.slice(0, MAX_CLAIMS).map((c) => c.id).concat(listed.slice(related.length)));
    const order = new Map(claims.map((c, i) => [c.id, i]));
    expect(listed.map((id) => order.get(id)!)).toEqual([...listed.map((id) => order.get(id)!)].sort((a, b) => a - b));
  });
});

describe('summaryOf', () => {
  it("clips a 15,000-character sentence to about 300 characters around its figure, and keeps the figure", () => {
    const filler = 'et les combats ont continué '.repeat(300);
    const block = `Selon l’OSDH, ${filler}400 jihadistes ont été tués à Palmyre ${filler}depuis le début.`;
    const claims = pageClaims([block]);
    const claim = claims.find((c) => c.claim.text.includes('400'))!;
    expect(claim.claim.sentence.length).toBeGreaterThan(15_000);
    const summary = summaryOf(claim);
    expect(summary.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(summary.sentence).toContain(claim.claim.text);
    expect(summary.sentence.startsWith('…')).toBe(true);
    expect(summary.sentence.endsWith('…')).toBe(true);
  });

  it('leaves a short sentence whole', () => {
    const [claim] = pageClaims(['Au moins 400 jihadistes ont été tués à Palmyre.']);
    expect(summaryOf(claim!).sentence).toBe('Au moins 400 jihadistes ont été tués à Palmyre.');
  });
});
