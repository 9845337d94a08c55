import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reference, referenceDataset } from '@/core/reference/dataset';
import type { BlockMap } from '@/lib/page-text';
import { MAX_CLAIMS, MAX_SENTENCE } from '@/lib/protocol/bounds';
import { TabReportSchema, type TabReport } from '@/lib/protocol/messages';
import { TabAnalyses } from '@/lib/tab-state/analysis';
import { byBrowser, isCacheRestore } from './guards';
import { buildReport, ReportWriter } from './report';
import type { PageClaim } from './scan';

/** The background's claims on `blocks`, as the content script holds them (no DOM: the report needs none). */
function pageClaims(blocks: string[]): PageClaim[] {
  const answer = new TabAnalyses().page(1, 's', { blocks: blocks.map((text) => ({ text, region: 'main' })), published: '2016-03-28', lang: 'fr' }, [{ id: referenceDataset.id, reference: reference() }]);
  if (!('claims' in answer)) throw new Error('no analysis');
  return answer.claims.map(({ block, start: _start, end: _end, ...summary }, i) => ({
    summary: { id: `c${i}`, ...summary },
    block: { text: blocks[block]! } as BlockMap,
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
    const related = claims.filter((c) => c.summary.verdict !== 'unrelated');
    const listed = report.claims.map((c) => c.id);
    expect(listed).toEqual(related.slice(0, MAX_CLAIMS).map((c) => c.summary.id).concat(listed.slice(related.length)));
    const order = new Map(claims.map((c, i) => [c.summary.id, i]));
    expect(listed.map((id) => order.get(id)!)).toEqual([...listed.map((id) => order.get(id)!)].sort((a, b) => a - b));
  });
});

describe('a report of one 11,000-character sentence of 1,000 figures', () => {
  it('stays under 300 KB (each claim once carried the whole sentence: 10.8 MB)', () => {
    const block = 'À Palmyre, ' + Array.from({ length: 1000 }, (_, i) => `${i + 2} morts`).join(', ') + '.';
    const claims = pageClaims([block]);
    expect(claims.length).toBeGreaterThanOrEqual(1000);
    const report = buildReport({ url: 'https://news.example/a', status: 'done', claims, lang: 'fr' }, 1);
    expect(JSON.stringify(report).length).toBeLessThan(300_000);
    expect(report.claims.every((c) => c.sentence.length <= MAX_SENTENCE && c.sentence.includes(c.text))).toBe(true);
    expect(TabReportSchema.safeParse(report).success).toBe(true);
  });
});

describe('ReportWriter', () => {
  let clock = 0;
  let written: TabReport[];
  let state: TabReport['status'];
  let writer: ReportWriter;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = vi.getRealSystemTime();
    vi.setSystemTime(clock);
    written = [];
    state = 'scanning';
    writer = new ReportWriter(
      () => ({ url: 'https://a.example/', status: state, claims: [], updatedAt: Date.now() }),
      (r) => written.push(r),
      { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
      { minIntervalMs: 500, scanningDelayMs: 1000 },
    );
  });
  afterEach(() => {
    writer.dispose();
    vi.useRealTimers();
  });

  it('writes a quick scan once: its result, not "reading"', () => {
    writer.update('scanning');
    vi.advanceTimersByTime(200);
    state = 'done';
    writer.update('done');
    vi.advanceTimersByTime(5000);
    expect(written.map((r) => r.status)).toEqual(['done']);
  });

  it('says "reading" when a scan takes longer, then its result', () => {
    writer.update('scanning');
    vi.advanceTimersByTime(1500);
    state = 'done';
    writer.update('done');
    vi.advanceTimersByTime(5000);
    expect(written.map((r) => r.status)).toEqual(['scanning', 'done']);
  });

  it('turns 100 resend requests in a burst into at most one extra write, of the current state', () => {
    state = 'done';
    writer.update('done');
    expect(written).toHaveLength(1);
    for (let i = 0; i < 100; i++) {
      writer.resend();
      vi.advanceTimersByTime(3);
    }
    vi.advanceTimersByTime(5000);
    expect(written).toHaveLength(2);
    expect(written[1]!.updatedAt - written[0]!.updatedAt).toBeGreaterThanOrEqual(500);
  });

  it('writes a page that changes every 100 ms at most twice a second, ending on its last state', () => {
    state = 'done';
    for (let i = 0; i < 50; i++) {
      writer.update('done');
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1000);
    expect(written.length).toBeLessThanOrEqual(11);
    expect(written.length).toBeGreaterThanOrEqual(9);
    for (let i = 1; i < written.length; i++) expect(written[i]!.updatedAt - written[i - 1]!.updatedAt).toBeGreaterThanOrEqual(500);
  });

  it('writes nothing once disposed', () => {
    writer.update('scanning');
    writer.dispose();
    vi.advanceTimersByTime(5000);
    expect(written).toEqual([]);
  });
});

describe('guards', () => {
  it('take only the browser\'s events: a page can dispatch pageshow and click, never trusted ones', () => {
    const forged = new Event('pageshow');
    Object.defineProperty(forged, 'persisted', { value: true });
    expect(forged.isTrusted).toBe(false);
    expect(isCacheRestore(forged)).toBe(false);
    expect(byBrowser(new Event('click'))).toBe(false);
    const real = { isTrusted: true, persisted: true } as unknown as Event;
    expect(isCacheRestore(real)).toBe(true);
    expect(isCacheRestore({ isTrusted: true, persisted: false } as unknown as Event)).toBe(false);
    expect(byBrowser(real)).toBe(true);
  });
});
