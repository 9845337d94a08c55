import { describe, expect, it } from 'vitest';
import type { BrowserRun, PageRow } from '../../scripts/bench/browser-run';
import type { NodeRun } from '../../scripts/bench/node-run';
import { parseArgs } from '../../scripts/bench/options';
import { exitCodeOf, formatTable, summarize, type RunInfo } from '../../scripts/bench/report';
import type { BuildSizes } from '../../scripts/bench/sizes';

const run: RunInfo = { startedAt: '2026-11-25T00:00:00.000Z', durationMs: 1000, cpus: 2, node: 'v20', loadAverage: { start: [1, 1, 1], end: [2, 1, 1] }, errors: [] };

function row(page: string, scanMs: number, floorMs: number, longestTaskMs = 0): PageRow {
  return {
    page,
    lang: 'en',
    bytes: 1000,
    ok: true,
    scanMs: scanMs * 3,
    ownMs: scanMs,
    engineMs: scanMs * 1.5,
    timeToVerdictsMs: scanMs * 4,
    floorMs,
    ratio: scanMs / floorMs,
    longestTaskMs,
    warmScanMs: scanMs / 2,
    warmFloorMs: floorMs / 4,
    warmRatio: (scanMs / 2) / (floorMs / 4),
    claims: 3,
    heapDiffBytes: 2048 * 1024,
    structuresBytes: 512 * 1024,
  };
}

const browser: BrowserRun = {
  rows: [
    row('corpus/a.html', 2, 1),
    row('corpus/b.html', 30, 10, 61),
    row('corpus/c.html', 4, 1),
    { page: 'dev/d.html', lang: 'fr', bytes: 10, ok: false, error: 'page did not load' },
  ],
  baselineHeapDiffBytes: [1500 * 1024, 1400 * 1024, 1450 * 1024],
  blockedPageRequests: { withExtension: 5, without: 5 },
  otherBlockedRequests: { withExtension: 0, without: 0 },
  otherBlockedRequestSamples: [],
  warmupPages: ['corpus/a.html'],
  showUnrelated: false,
  durationMs: 500,
};

const bundle = (gzipBytes: number) => ({ files: ['x.js'], rawBytes: gzipBytes * 3, gzipBytes });
const sizes = (content: number): BuildSizes => ({ dir: '/b', contentScript: bundle(content), popup: bundle(40_000), background: bundle(20_000) });

const recall = (found: number, located: number) => ({ total: located, located, found, missed: [], unlocated: [], datesFound: found });
const node: NodeRun = {
  corpusPages: 3,
  textBytes: 3_000_000,
  textChars: 2_900_000,
  extractMs: 10,
  repetitions: 7,
  engine: { msMedian: 100, MBps: 30, runsMs: [100], referenceCompileMs: 2 },
  chrono: { msMedian: 600, MBps: 5, runsMs: [600], pagesByLang: { fr: 1, en: 2 }, frOnAllMBps: 5, enOnAllMBps: 6, loadMs: 90 },
  engineVsChronoThroughput: 6,
  slowestPages: [{ page: 'corpus/a.html', kB: 10, engineMs: 50, chronoMs: 5 }],
  recall: { pages: 2, engine: recall(9, 10), chrono: recall(6, 10) },
};

describe('bench summary (the JSON object)', () => {
  const summary = summarize({ browser, node, sizes: sizes(24_000), run });

  it('has the keys issue 7 asks for at the top level, as numbers', () => {
    for (const key of ['pages', 'scanMsMedian', 'floorMsMedian', 'scanRatioMedian', 'scanRatioP95', 'timeToVerdictsMsMedian', 'timeToVerdictsMsP95', 'backgroundEngineMsMedian', 'backgroundEngineMsP95', 'longestTaskMs', 'contentScriptGzipBytes', 'engineVsChronoThroughput']) {
      expect(typeof (summary as unknown as Record<string, unknown>)[key], key).toBe('number');
    }
    // It survives JSON as one object, per-page rows included.
    const parsed = JSON.parse(JSON.stringify(summary));
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.scanRatioMedian).toBe(summary.scanRatioMedian);
  });

  it('summarizes the pages that loaded and lists the ones that failed', () => {
    expect(summary.pages).toBe(3);
    expect(summary.pagesFailed).toBe(1);
    expect(summary.failures).toEqual([{ page: 'dev/d.html', error: 'page did not load' }]);
    expect(summary.scanMsMedian).toBe(12);
    expect(summary.floorMsMedian).toBe(1);
    expect([summary.timeToVerdictsMsMedian, summary.timeToVerdictsMsP95]).toEqual([16, 120]);
    expect([summary.backgroundEngineMsMedian, summary.backgroundEngineMsP95]).toEqual([6, 45]);
  });

  it('takes the median of per-page ratios, not the ratio of medians', () => {
    // Ratios 2, 3, 4: median 3; medians' ratio would be 4 / 1 = 4.
    expect(summary.scanRatioMedian).toBe(3);
    expect(summary.scanRatioP95).toBe(4);
    expect(summary.targets.scanRatioMedian!.met).toBe(true);
    expect(summary.targets.scanRatioP95!.met).toBe(true);
  });

  it('reports the longest task of any scan, and a miss when it is over 50 ms', () => {
    expect(summary.longestTaskMs).toBe(61);
    expect(summary.pagesWithLongTask).toBe(1);
    expect(summary.targets.longestTaskMs!.met).toBe(false);
  });

  it('reports memory in KB with the median of the baseline runs', () => {
    expect(summary.structuresKBMedian).toBe(512);
    expect(summary.baselineHeapKB).toBe(1450);
  });

  it('compares engine and chrono-node', () => {
    expect(summary.engineVsChronoThroughput).toBe(6);
    expect(summary.targets.engineVsChronoThroughput!.met).toBe(true);
    expect(summary.engineDateRecall).toBe(0.9);
    expect(summary.chronoDateRecall).toBe(0.6);
    expect(summary.targets.dateRecall!.met).toBe(true);
  });

  it('leaves numbers null, not made up, when a part did not run', () => {
    const partial = summarize({ browser: null, node: null, sizes: null, run: { ...run, errors: ['browser run: no chromium'] } });
    expect(partial.pages).toBe(0);
    expect(partial.scanMsMedian).toBeNull();
    expect(partial.contentScriptGzipBytes).toBeNull();
    expect(partial.targets.scanRatioMedian!.met).toBeNull();
    expect(exitCodeOf(partial)).toBe(1);
  });
});

describe('bench exit status', () => {
  it('fails only on the content script budget (or a part that could not run)', () => {
    expect(exitCodeOf(summarize({ browser, node, sizes: sizes(25_000), run }))).toBe(0);
    expect(exitCodeOf(summarize({ browser, node, sizes: sizes(25_001), run }))).toBe(1);
  });
});

describe('bench table', () => {
  const text = formatTable(summarize({ browser, node, sizes: sizes(58_562), run }));

  it('prints median, p95 and max of each measure', () => {
    expect(text).toMatch(/median\s+p95\s+max/);
    expect(text).toMatch(/time to verdicts, from document idle \(ms\)\s+16\.00\s+120\.00\s+120\.00/);
    expect(text).toMatch(/scan \+ highlight, wall time \(ms\)\s+12\.00\s+90\.00\s+90\.00/);
    expect(text).toMatch(/background's engine \(ms\)\s+6\.00\s+45\.00\s+45\.00/);
    expect(text).toMatch(/own main-thread time in the scan \(ms\)\s+4\.00\s+30\.00\s+30\.00/);
    expect(text).toMatch(/own time \/ floor \(per page\)\s+3\.0\s+4\.0\s+4\.0/);
    expect(text).toMatch(/longest task during scan \(ms, 0 = none\)\s+0\s+61\s+61/);
  });

  it('says which page failed and which targets are missed', () => {
    expect(text).toContain('FAILED dev/d.html: page did not load');
    expect(text).toMatch(/MISS\s+content script ≤ 25000 bytes gzip: 58562/);
    expect(text).toMatch(/MISS\s+no task over 50 ms/);
    expect(text).toContain('throughput engine / chrono');
    expect(text).toContain("engine's slowest pages: a.html 50 ms (chrono 5 ms, 10 kB)");
  });
});

describe('bench options', () => {
  it('reads --json, --no-build and --limit', () => {
    expect(parseArgs([])).toEqual({ json: false, build: true, help: false });
    expect(parseArgs(['--json', '--no-build', '--limit', '5'])).toEqual({ json: true, build: false, help: false, limit: 5 });
    expect(parseArgs(['--limit=2']).limit).toBe(2);
    expect(parseArgs(['--show-unrelated']).showUnrelated).toBe(true);
  });

  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--limit', 'x'])).toThrow(/--limit/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option --fast/);
  });
});

describe('bench --out', () => {
  it('takes a file name, in both spellings', () => {
    expect(parseArgs(['--out', 'r.json']).out).toBe('r.json');
    expect(parseArgs(['--out=r.json', '--json']).out).toBe('r.json');
    expect(() => parseArgs(['--out'])).toThrow(/--out needs/);
  });
});
