// The bench's results: one JSON object (summary numbers at the top level, details below) and the
// table printed for people. Pure: numbers in, text out.
import type { BrowserRun, PageRow } from './browser-run';
import type { NodeRun } from './node-run';
import { CONTENT_SCRIPT_BUDGET_BYTES, type BuildSizes } from './sizes';
import { round, spread, type Spread } from './stats';

export interface RunInfo {
  startedAt: string;
  durationMs: number;
  cpus: number;
  node: string;
  chromium?: string;
  /** os.loadavg() (1, 5, 15 min) at the start and the end: how shared the machine was. */
  loadAverage: { start: number[]; end: number[] };
  /** Part of the bench that could not run, with why. */
  errors: string[];
}

export interface Target {
  target: string;
  value: number | null;
  met: boolean | null;
}

export interface BenchSummary {
  pages: number;
  pagesFailed: number;
  scanMsMedian: number | null;
  scanMsP95: number | null;
  scanMsMax: number | null;
  floorMsMedian: number | null;
  floorMsP95: number | null;
  floorMsMax: number | null;
  /** The content script's own main-thread time in a scan, against the floor. */
  scanRatioMedian: number | null;
  scanRatioP95: number | null;
  scanRatioMax: number | null;
  /** From document idle until the highlights are registered, the background's engine included. */
  timeToVerdictsMsMedian: number | null;
  timeToVerdictsMsP95: number | null;
  /** The background's engine time per page. */
  backgroundEngineMsMedian: number | null;
  backgroundEngineMsP95: number | null;
  /** Longest main-thread task during any page's scan (and the frame painting its highlights); 0 when none reached 50 ms. */
  longestTaskMs: number | null;
  pagesWithLongTask: number | null;
  /** Heap of the extension's per-page structures (heap with − without the extension, minus the short all-kinds page's). */
  structuresKBMedian: number | null;
  structuresKBP95: number | null;
  structuresKBMax: number | null;
  /** Heap the extension adds to a short all-kinds page: code run once, the compiled reference. */
  baselineHeapKB: number | null;
  contentScriptGzipBytes: number | null;
  popupGzipBytes: number | null;
  backgroundGzipBytes: number | null;
  contentScriptBudgetBytes: number;
  engineMBps: number | null;
  chronoMBps: number | null;
  engineVsChronoThroughput: number | null;
  engineDateRecall: number | null;
  chronoDateRecall: number | null;
  targets: Record<string, Target>;
  failures: Array<{ page: string; error: string }>;
  run: RunInfo;
  browser: Omit<BrowserRun, 'rows'> | null;
  node: NodeRun | null;
  sizes: BuildSizes | null;
  stats: Record<string, Spread>;
  rows: PageRow[];
}

const nullable = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);
const kb = (bytes: number) => bytes / 1024;

function collect(rows: PageRow[], pick: (r: PageRow) => number | undefined): number[] {
  return rows.map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

function target(description: string, value: number | null, ok: (v: number) => boolean): Target {
  return { target: description, value, met: value === null ? null : ok(value) };
}

export function summarize(parts: { browser: BrowserRun | null; node: NodeRun | null; sizes: BuildSizes | null; run: RunInfo }): BenchSummary {
  const rows = parts.browser?.rows ?? [];
  const ok = rows.filter((r) => r.ok);
  const stats = {
    scanMs: spread(collect(ok, (r) => r.scanMs)),
    ownMs: spread(collect(ok, (r) => r.ownMs)),
    engineMs: spread(collect(ok, (r) => r.engineMs)),
    timeToVerdictsMs: spread(collect(ok, (r) => r.timeToVerdictsMs)),
    walkMs: spread(collect(ok, (r) => r.walkMs)),
    analyzeMs: spread(collect(ok, (r) => r.analyzeMs)),
    highlightMs: spread(collect(ok, (r) => r.highlightMs)),
    floorMs: spread(collect(ok, (r) => r.floorMs)),
    ratio: spread(collect(ok, (r) => r.ratio)),
    longestTaskMs: spread(collect(ok, (r) => r.longestTaskMs)),
    warmScanMs: spread(collect(ok, (r) => r.warmScanMs)),
    warmFloorMs: spread(collect(ok, (r) => r.warmFloorMs)),
    warmRatio: spread(collect(ok, (r) => r.warmRatio)),
    claims: spread(collect(ok, (r) => r.claims)),
    highlightRanges: spread(collect(ok, (r) => r.highlightRanges)),
    structuresKB: spread(collect(ok, (r) => (r.structuresBytes === undefined ? undefined : kb(r.structuresBytes)))),
    heapDiffKB: spread(collect(ok, (r) => (r.heapDiffBytes === undefined ? undefined : kb(r.heapDiffBytes)))),
  };
  const has = ok.length > 0;
  const fromStats = (s: Spread, key: keyof Spread, digits = 2) => (has ? nullable(round(s[key], digits)) : null);
  const recall = parts.node?.recall;
  const rate = (r: { found: number; located: number } | undefined) => (r && r.located > 0 ? round(r.found / r.located, 3) : null);
  const baseline = parts.browser?.baselineHeapDiffBytes ?? [];
  const content = parts.sizes?.contentScript.gzipBytes ?? null;

  const summary: BenchSummary = {
    pages: ok.length,
    pagesFailed: rows.length - ok.length,
    scanMsMedian: fromStats(stats.scanMs, 'median'),
    scanMsP95: fromStats(stats.scanMs, 'p95'),
    scanMsMax: fromStats(stats.scanMs, 'max'),
    floorMsMedian: fromStats(stats.floorMs, 'median', 3),
    floorMsP95: fromStats(stats.floorMs, 'p95', 3),
    floorMsMax: fromStats(stats.floorMs, 'max', 3),
    scanRatioMedian: fromStats(stats.ratio, 'median'),
    scanRatioP95: fromStats(stats.ratio, 'p95'),
    scanRatioMax: fromStats(stats.ratio, 'max'),
    timeToVerdictsMsMedian: fromStats(stats.timeToVerdictsMs, 'median'),
    timeToVerdictsMsP95: fromStats(stats.timeToVerdictsMs, 'p95'),
    backgroundEngineMsMedian: fromStats(stats.engineMs, 'median'),
    backgroundEngineMsP95: fromStats(stats.engineMs, 'p95'),
    longestTaskMs: fromStats(stats.longestTaskMs, 'max', 1),
    pagesWithLongTask: has ? ok.filter((r) => (r.longestTaskMs ?? 0) > 0).length : null,
    structuresKBMedian: fromStats(stats.structuresKB, 'median', 1),
    structuresKBP95: fromStats(stats.structuresKB, 'p95', 1),
    structuresKBMax: fromStats(stats.structuresKB, 'max', 1),
    baselineHeapKB: baseline.length ? round(kb([...baseline].sort((a, b) => a - b)[baseline.length >> 1]!), 1) : null,
    contentScriptGzipBytes: content,
    popupGzipBytes: parts.sizes?.popup.gzipBytes ?? null,
    backgroundGzipBytes: parts.sizes?.background.gzipBytes ?? null,
    contentScriptBudgetBytes: CONTENT_SCRIPT_BUDGET_BYTES,
    engineMBps: parts.node?.engine.MBps ?? null,
    chronoMBps: parts.node?.chrono.MBps ?? null,
    engineVsChronoThroughput: parts.node?.engineVsChronoThroughput ?? null,
    engineDateRecall: rate(recall?.engine),
    chronoDateRecall: rate(recall?.chrono),
    targets: {},
    failures: rows.filter((r) => !r.ok).map((r) => ({ page: r.page, error: r.error ?? 'unknown' })),
    run: parts.run,
    browser: parts.browser ? (({ rows: _rows, ...rest }) => rest)(parts.browser) : null,
    node: parts.node,
    sizes: parts.sizes,
    stats: Object.fromEntries(
      Object.entries(stats).map(([k, s]) => [k, { median: round(s.median, 3), p95: round(s.p95, 3), max: round(s.max, 3), n: s.n }]),
    ),
    rows,
  };
  summary.targets = {
    scanRatioMedian: target('median scan / floor ≤ 3', summary.scanRatioMedian, (v) => v <= 3),
    scanRatioP95: target('p95 scan / floor ≤ 6', summary.scanRatioP95, (v) => v <= 6),
    longestTaskMs: target('no task over 50 ms during a scan', summary.longestTaskMs, (v) => v <= 50),
    contentScriptGzipBytes: target(`content script ≤ ${CONTENT_SCRIPT_BUDGET_BYTES} bytes gzip`, content, (v) => v <= CONTENT_SCRIPT_BUDGET_BYTES),
    engineVsChronoThroughput: target('engine ≥ 5× chrono-node throughput', summary.engineVsChronoThroughput, (v) => v >= 5),
    dateRecall: target(
      'engine date recall ≥ chrono-node (difference, engine − chrono)',
      summary.engineDateRecall !== null && summary.chronoDateRecall !== null ? round(summary.engineDateRecall - summary.chronoDateRecall, 3) : null,
      (v) => v >= 0,
    ),
  };
  return summary;
}

/** Exit status: 1 when the content script is over budget or a part of the bench could not run. */
export function exitCodeOf(summary: BenchSummary): number {
  if (summary.run.errors.length > 0) return 1;
  return summary.targets.contentScriptGzipBytes?.met === false ? 1 : 0;
}

const fmt = (v: number | null | undefined, digits = 2) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));
const pad = (s: string, n: number) => s.padStart(n);

export function formatTable(s: BenchSummary): string {
  const lines: string[] = [];
  const corpus = s.rows.filter((r) => r.page.startsWith('corpus/')).length;
  const dev = s.rows.length - corpus;
  lines.push(
    `Palmyra bench — ${s.run.startedAt}, ${s.run.cpus} CPU(s), node ${s.run.node}${s.run.chromium ? `, ${s.run.chromium}` : ''}, ${(s.run.durationMs / 1000).toFixed(0)} s, load average ${s.run.loadAverage.start[0]?.toFixed(1)} at the start, ${s.run.loadAverage.end[0]?.toFixed(1)} at the end`,
  );
  if (s.browser) {
    lines.push('');
    lines.push(
      `1. In Chromium (bench build): ${s.pages} pages measured (${corpus} corpus + ${dev} dev), ${s.pagesFailed} failed; ` +
        (s.browser.showUnrelated ? 'every claim highlighted (--show-unrelated)' : 'shipped settings (only supported and differing claims highlighted)'),
    );
    const row = (label: string, sp: Spread | undefined, digits: number) =>
      `  ${label.padEnd(40)}${pad(fmt(sp?.median, digits), 10)}${pad(fmt(sp?.p95, digits), 10)}${pad(fmt(sp?.max, digits), 10)}`;
    lines.push(`  ${''.padEnd(40)}${pad('median', 10)}${pad('p95', 10)}${pad('max', 10)}`);
    lines.push(row('time to verdicts, from document idle (ms)', s.stats.timeToVerdictsMs, 2));
    lines.push(row('scan + highlight, wall time (ms)', s.stats.scanMs, 2));
    if (s.stats.walkMs) {
      lines.push(row('  of which the text walk (ms)', s.stats.walkMs, 2));
      lines.push(row('  the background, message included (ms)', s.stats.analyzeMs, 2));
      lines.push(row('  ranges and highlights (ms)', s.stats.highlightMs, 2));
    }
    lines.push(row("background's engine (ms)", s.stats.engineMs, 2));
    lines.push(row('own main-thread time in the scan (ms)', s.stats.ownMs, 2));
    lines.push(row('floor: cold bare text walk (ms)', s.stats.floorMs, 3));
    lines.push(row('own time / floor (per page)', s.stats.ratio, 1));
    lines.push(row('longest task during scan (ms, 0 = none)', s.stats.longestTaskMs, 0));
    lines.push(row('second scan, warm (ms)', s.stats.warmScanMs, 2));
    lines.push(row('second walk, warm (ms)', s.stats.warmFloorMs, 3));
    lines.push(row('warm scan / warm walk (per page)', s.stats.warmRatio, 1));
    lines.push(row('claims found (unrelated included)', s.stats.claims, 0));
    lines.push(row('highlighted ranges', s.stats.highlightRanges, 0));
    lines.push(row('extension structures (KB of heap)', s.stats.structuresKB, 1));
    lines.push(row('extension heap, total (KB)', s.stats.heapDiffKB, 1));
    lines.push(
      `  median ratio ${fmt(s.scanRatioMedian)}×, p95 ${fmt(s.scanRatioP95)}×; pages with a task ≥ 50 ms during the scan: ${s.pagesWithLongTask ?? '—'}; ` +
        `heap on a short all-kinds page: ${fmt(s.baselineHeapKB, 1)} KB (runs: ${s.browser.baselineHeapDiffBytes.map((b) => (b / 1024).toFixed(0)).join(', ')} KB)`,
    );
    const more = s.rows.filter((r) => (r.blockedWith ?? 0) > (r.blockedWithout ?? 0)).length;
    const fewer = s.rows.filter((r) => (r.blockedWith ?? 0) < (r.blockedWithout ?? 0)).length;
    lines.push(
      `  pages' own requests off 127.0.0.1 (all aborted): ${s.browser.blockedPageRequests.withExtension} with the extension, ${s.browser.blockedPageRequests.without} without ` +
        `(more with it on ${more} page(s), fewer on ${fewer}); others (preconnects, frames, the extension's worker or pages): ${s.browser.otherBlockedRequests.withExtension} with, ${s.browser.otherBlockedRequests.without} without`,
    );
    for (const f of s.failures) lines.push(`  FAILED ${f.page}: ${f.error}`);
  }
  if (s.node) {
    const n = s.node;
    lines.push('');
    lines.push(`2. In node: ${n.corpusPages} corpus pages, ${(n.textBytes / 1e6).toFixed(2)} MB of visible text (UTF-8), median of ${n.repetitions} passes`);
    lines.push(`  engine (analyzePage)            ${pad(fmt(n.engine.MBps), 8)} MB/s  (${fmt(n.engine.msMedian, 0)} ms a pass; reference compiled in ${fmt(n.engine.referenceCompileMs, 1)} ms)`);
    lines.push(
      `  chrono-node casual, page's lang  ${pad(fmt(n.chrono.MBps), 8)} MB/s  (${fmt(n.chrono.msMedian, 0)} ms; ${n.chrono.pagesByLang.fr} fr + ${n.chrono.pagesByLang.en} en pages; loads in ${fmt(n.chrono.loadMs, 0)} ms)`,
    );
    lines.push(`  chrono-node fr / en on every page ${pad(fmt(n.chrono.frOnAllMBps), 6)} / ${fmt(n.chrono.enOnAllMBps)} MB/s`);
    lines.push(`  throughput engine / chrono      ${pad(fmt(n.engineVsChronoThroughput), 8)}×`);
    lines.push(`  engine's slowest pages: ${n.slowestPages.map((p) => `${p.page.replace(/^corpus\//, '')} ${fmt(p.engineMs, 0)} ms (chrono ${fmt(p.chronoMs, 0)} ms, ${fmt(p.kB, 0)} kB)`).join('; ')}`);
    const r = n.recall;
    const rec = (x: typeof r.engine) => `${x.found}/${x.located} (${fmt(x.located ? (100 * x.found) / x.located : NaN, 1)} %), ${x.datesFound} dates found`;
    lines.push(`  date recall on ${r.pages} dev pages: engine ${rec(r.engine)}; chrono ${rec(r.chrono)}`);
    if (r.engine.unlocated.length) lines.push(`  annotated dates not found in the extracted text (not counted): ${r.engine.unlocated.length}`);
  }
  if (s.sizes) {
    lines.push('');
    lines.push(`3. Bundles of ${s.sizes.dir} (gzip -9 of each file, summed)`);
    const b = (label: string, x: BuildSizes['contentScript']) =>
      `  ${label.padEnd(16)}${pad((x.gzipBytes / 1000).toFixed(1), 8)} kB gzip ${pad((x.rawBytes / 1000).toFixed(1), 8)} kB raw   ${x.files.join(' ')}`;
    lines.push(b('content script', s.sizes.contentScript));
    lines.push(b('popup', s.sizes.popup));
    lines.push(b('background', s.sizes.background));
  }
  lines.push('');
  lines.push('Targets');
  for (const t of Object.values(s.targets)) {
    const mark = t.met === null ? '  n/a ' : t.met ? '  met ' : '  MISS ';
    lines.push(`${mark} ${t.target}: ${t.value === null ? '—' : t.value}`);
  }
  for (const e of s.run.errors) lines.push(`ERROR ${e}`);
  return lines.join('\n');
}
