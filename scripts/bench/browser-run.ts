// Part 1: every page loaded twice in one run, in two Chromiums started side by side: one with the
// bench build of the extension (its content script marks the scan), one without any extension (the
// floor, and the heap the page has on its own). Pages come from 127.0.0.1; the harness aborts and
// logs every other request.
import type { Page } from 'playwright-core';
import { launchChromium, serveDirectory, type ChromiumSession, type StaticServer } from '../../test/e2e/harness';
import {
  EMPTY_PAGE_HTML,
  EQUALIZING_WALK,
  initScript,
  SCAN_END,
  SCAN_START,
  SNAPSHOT,
  WARM_WALK,
  waitForState,
  waitUntil,
  type PageSnapshot,
} from './in-page';
import type { BenchPage } from './pages';
import { round } from './stats';

/** Long tasks that start this soon after the scan's end still count as the scan's: the frame that paints the highlights. */
export const PAINT_TAIL_MS = 100;
const LONG_TASK_MS = 50;
const GOTO_TIMEOUT_MS = 30_000;
const SCAN_TIMEOUT_MS = 20_000;

export interface HeapUsage {
  js: number;
  embedder: number;
  backing: number;
}

export interface PageRow {
  page: string;
  lang: string;
  bytes: number;
  ok: boolean;
  error?: string;
  /** palmyra-scan-end − palmyra-scan-start: the full scan and the highlights' registration, wall time (the background's engine included). */
  scanMs?: number;
  /** The content script's own main-thread time in that scan: the wall time less the yields to the page and the wait for the background. */
  ownMs?: number;
  /** The background's engine time for the page (its answer says it). */
  engineMs?: number;
  /** From document idle (the content script's start) to the highlights' registration. */
  timeToVerdictsMs?: number;
  /** Its phases, from the content script's marks: the text walk, the engine (yields included), the rest (ranges, highlights). */
  walkMs?: number;
  analyzeMs?: number;
  highlightMs?: number;
  /** One cold bare TreeWalker pass over the text nodes, first work after load, page without the extension. */
  floorMs?: number;
  /** ownMs / floorMs. */
  ratio?: number;
  /** Longest long task overlapping the scan (or starting ≤ PAINT_TAIL_MS after it); 0 when none. */
  longestTaskMs?: number;
  /** With the extension: longest long task after DOMContentLoaded outside the scan (0 when none). */
  otherLongestTaskMs?: number;
  /** Without the extension: longest long task from DOMContentLoaded to the floor's walk (0 when none). */
  bareLongestTaskMs?: number;
  /** The same page scanned again at once (code compiled, reference built), and the same walk again. */
  warmScanMs?: number;
  warmFloorMs?: number;
  warmRatio?: number;
  /** Claims the content script found (unrelated ones included). */
  claims?: number;
  /** Full scans after load, before our second one (1 unless the page navigated itself). */
  scans?: number;
  highlightRanges?: number;
  textNodes?: number;
  textChars?: number;
  /** Heap (JS + Blink objects + array buffers) with the extension minus without, after full GCs. */
  heapDiffBytes?: number;
  heapDiffJsBytes?: number;
  heapDiffEmbedderBytes?: number;
  /** heapDiffBytes minus the same difference on a short all-kinds page: this page's structures. */
  structuresBytes?: number;
  /** The page's own requests off 127.0.0.1 (aborted) with and without the extension; the first tab stays open longer (second scan). */
  blockedWith?: number;
  blockedWithout?: number;
}

export interface BrowserRun {
  rows: PageRow[];
  /** Heap the extension adds to a short all-kinds page (code run once, compiled reference...), each repetition. */
  baselineHeapDiffBytes: number[];
  /** Requests of pages (or content scripts: Chromium cannot tell them apart) that tried to leave 127.0.0.1, aborted; with and without the extension. */
  blockedPageRequests: { withExtension: number; without: number };
  /**
   * Requests that reached the trap proxy (pages' preconnects and frames that route interception does
   * not see) or came from the extension's worker or pages, in each browser: the extension adds none
   * when both counts are close.
   */
  otherBlockedRequests: { withExtension: number; without: number };
  /** The first of those, to see who sent them. */
  otherBlockedRequestSamples: string[];
  warmupPages: string[];
  showUnrelated: boolean;
  durationMs: number;
}

const total = (h: HeapUsage) => h.js + h.embedder + h.backing;

/** Cross-origin isolation for our documents: performance.now() then has 5 µs resolution instead of 100 µs. */
const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'credentialless',
};

async function isolateDocument(page: Page, url: string, body?: string): Promise<void> {
  await page.route(url, async (route) => {
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: ISOLATION_HEADERS, body });
      return;
    }
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION_HEADERS } });
  });
}

async function heapOf(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  const read = async (): Promise<HeapUsage> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0, backing: usage.backingStorageSize ?? 0 };
  };
  try {
    // Right after load, Blink's heap sometimes still holds a few hundred KB that a later task
    // releases (measured here: gone 30 ms later), and one full GC can leave garbage that only the
    // next one finds (weak callbacks). The smaller of two readings, each after a full GC, 30 ms
    // apart, is what the page keeps.
    const first = await read();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const second = await read();
    return total(second) <= total(first) ? second : first;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface ExtLoad {
  warmScanMs: number;
  claims: number;
  scanStart: number;
  scanEnd: number;
  extractEnd?: number;
  analyzeEnd?: number;
  /** The content script's start (document idle), its own main-thread time in the scan, the background's engine time. */
  started?: number;
  ownMs?: number;
  engineMs?: number;
  scans: number;
  longestInScan: number;
  longestOther: number;
  highlightRanges: number;
  heap: HeapUsage;
}

interface BareLoad {
  warmFloorMs: number;
  floor: { ms: number; nodes: number; chars: number };
  longest: number;
  heap: HeapUsage;
}

const longest = (tasks: Array<[number, number]>) => tasks.reduce((m, [, d]) => (d >= LONG_TASK_MS ? Math.max(m, d) : m), 0);

async function go(page: Page, url: string, body?: string): Promise<void> {
  await page.bringToFront();
  await isolateDocument(page, url, body);
  await page.goto(url, { waitUntil: 'load', timeout: GOTO_TIMEOUT_MS });
}

/** Runs `measure` on the page; a page that navigated itself away (a redirect, a consent wall) is said to have done so. */
async function onPage<T>(page: Page, url: string, which: string, measure: () => Promise<T>): Promise<T> {
  try {
    return await measure();
  } catch (error) {
    const now = page.isClosed() ? url : page.url();
    const moved = now !== url ? ` (the page navigated itself to ${now.slice(0, 120)})` : '';
    throw new Error(`${which}: ${(error as Error).message.split('\n')[0]}${moved}`);
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * A second full scan of the same page, asked the way the popup's "check this page" does (a `scan`
 * message from the background): the same work with the engine's code already compiled and the
 * reference built, which tells the first scan's cold start from the work the page itself asks for.
 */
async function warmRescan(session: ChromiumSession, page: Page): Promise<{ warmScanMs: number; claims: number }> {
  const worker = await session.serviceWorker();
  const before = ((await page.evaluate(SNAPSHOT)) as PageSnapshot).state.marks.length;
  // Our tab is the only active one: each page gets its own tab, brought to the front, closed after.
  const answer = (await worker.evaluate(`(async () => {
    const tabs = await chrome.tabs.query({ active: true });
    if (tabs.length !== 1) return { ok: false, activeTabs: tabs.length };
    return chrome.tabs.sendMessage(tabs[0].id, { type: 'scan' });
  })()`)) as { ok?: boolean; claims?: number } | undefined;
  if (!answer?.ok) throw new Error(`the content script did not answer the second scan: ${JSON.stringify(answer)}`);
  const marks = ((await page.evaluate(SNAPSHOT)) as PageSnapshot).state.marks.slice(before);
  const start = marks.find(([n]) => n === SCAN_START)?.[1];
  const end = marks.find(([n]) => n === SCAN_END)?.[1];
  if (start === undefined || end === undefined) throw new Error('no marks for the second scan');
  return { warmScanMs: end - start, claims: answer.claims ?? 0 };
}

async function loadWithExtension(session: ChromiumSession, url: string, body?: string): Promise<ExtLoad> {
  const page = await session.newPage();
  return onPage(page, url, 'with the extension', async () => {
    await go(page, url, body);
    if (!(await page.evaluate(waitForState('scan-end', SCAN_TIMEOUT_MS)))) {
      throw new Error(`no ${SCAN_END} mark within ${SCAN_TIMEOUT_MS / 1000} s of load`);
    }
    const first = (await page.evaluate(SNAPSHOT)) as PageSnapshot;
    const start = first.state.marks.find(([n]) => n === SCAN_START)?.[1];
    const end = first.state.marks.find(([n]) => n === SCAN_END)?.[1];
    if (start === undefined || end === undefined) throw new Error('scan marks missing');
    // Let the frame that paints the highlights run, and its long task (if any) be reported.
    await page.evaluate(waitUntil(end + PAINT_TAIL_MS));
    const snap = (await page.evaluate(SNAPSHOT)) as PageSnapshot;
    const inScan = snap.state.longTasks.filter(([s, d]) => s < end + PAINT_TAIL_MS && s + d > start);
    const other = snap.state.longTasks.filter(([s, d]) => !inScan.some((t) => t[0] === s) && s + d > snap.domContentLoaded);
    await page.evaluate(EQUALIZING_WALK);
    const heap = await heapOf(page);
    const warm = await warmRescan(session, page);
    const at = (name: string) => first.state.marks.find(([n]) => n === name)?.[1];
    // "palmyra-own=12.345": a value the content script wrote in a mark's name.
    const valueOf = (name: string) => {
      const mark = first.state.marks.find(([n]) => n.startsWith(`${name}=`));
      return mark ? Number(mark[0].slice(name.length + 1)) : undefined;
    };
    return {
      ...warm,
      scanStart: start,
      scanEnd: end,
      extractEnd: at('palmyra-extract-end'),
      analyzeEnd: at('palmyra-analyze-end'),
      started: at('palmyra-start'),
      ownMs: valueOf('palmyra-own'),
      engineMs: valueOf('palmyra-engine'),
      scans: snap.state.marks.filter(([n]) => n === SCAN_START).length,
      longestInScan: longest(inScan),
      longestOther: longest(other),
      highlightRanges: snap.highlightRanges,
      heap,
    };
  });
}

async function loadBare(session: ChromiumSession, url: string, body?: string): Promise<BareLoad> {
  const page = await session.newPage();
  return onPage(page, url, 'without the extension', async () => {
    await go(page, url, body);
    if (!(await page.evaluate(waitForState('floor', SCAN_TIMEOUT_MS)))) throw new Error('the floor walk did not run after load');
    const after = (await page.evaluate(SNAPSHOT)) as PageSnapshot;
    const heap = await heapOf(page);
    const warmFloorMs = (await page.evaluate(WARM_WALK)) as number;
    return {
      warmFloorMs,
      floor: after.state.floor!,
      longest: longest(after.state.longTasks.filter(([s, d]) => s + d > after.domContentLoaded)),
      heap,
    };
  });
}

/**
 * A short page with figures of every kind the engine reads, in both languages, in a heading, a
 * paragraph, a list and a table: the engine's code paths run once there, so the heap it adds is
 * the extension's fixed cost (code, compiled reference) and what a real page adds on top of it is
 * mostly that page's structures.
 */
const BASELINE_HTML = EMPTY_PAGE_HTML.replace(
  '<p>.</p>',
  '<h1>Palmyre reprise après 20 jours de combats</h1>' +
    "<p>Le dimanche 27 mars 2016, l'armée syrienne a repris Palmyre, à 210 km de Damas ; au moins 400 jihadistes ont été tués, " +
    "selon l'OSDH, et près de 180 soldats. La ville, vieille de plus de 2.000 ans, était tenue depuis mai 2015 ; l'offensive avait été lancée le 7 mars, " +
    'la Russie intervient depuis fin septembre 2015. Deuxième victoire en un mois, 15 % du territoire.</p>' +
    '<ul><li>Entre 300 et 400 civils évacués mi-mars</li><li>Des dizaines de blessés, trois semaines de siège</li></ul>' +
    '<table><tr><td>Bilan</td><td>417 morts</td></tr></table>' +
    '<h2>Palmyra retaken</h2>' +
    '<p>On Sunday, March 27, 2016, after a 20-day battle, the army retook Palmyra, 130 miles from Damascus; at least 400 IS fighters were killed ' +
    'and some 180 soldiers died, the monitor said last week. The 2,000-year-old city had been held since May 2015; the offensive began on March 7. ' +
    'It is the third such gain in two months, and a 45-year-old commander was among the dead.</p>',
);

export interface BrowserRunOptions {
  extensionDir: string;
  pages: BenchPage[];
  /** Pages loaded first and thrown away (browsers, caches and the extension's code warm up). */
  warmup: BenchPage[];
  baselineRepeats?: number;
  /** Highlight every claim (setting "show unrelated figures"), the highlight layer's worst case; default: shipped settings. */
  showUnrelated?: boolean;
  log: (line: string) => void;
}

export async function runBrowsers(options: BrowserRunOptions): Promise<BrowserRun> {
  const started = Date.now();
  const servers = new Map<string, StaticServer>();
  const serverFor = async (dir: string) => {
    let server = servers.get(dir);
    if (!server) servers.set(dir, (server = await serveDirectory(dir)));
    return server;
  };
  let ext: ChromiumSession | undefined;
  let bare: ChromiumSession | undefined;
  try {
    ext = await launchChromium(options.extensionDir);
    bare = await launchChromium(null);
    await ext.context.addInitScript({ content: initScript({ floor: false }) });
    if (options.showUnrelated) {
      // The storage item of lib/settings/items.ts (WXT keeps a version beside each value).
      const worker = await ext.serviceWorker();
      await worker.evaluate(`chrome.storage.local.set({ 'settings.showUnrelated': true, 'settings.showUnrelated$': { v: 1 } })`);
    }
    await bare.context.addInitScript({ content: initScript({ floor: true }) });
    const extSession = ext;
    const bareSession = bare;

    const pageRequests = (session: ChromiumSession) => session.network.external.filter((r) => r.from === 'page').length;
    const counted = async <T>(session: ChromiumSession, load: () => Promise<T>) => {
      const before = pageRequests(session);
      const result = await load();
      return { result, blocked: pageRequests(session) - before };
    };
    const measure = async (url: string, swap: boolean, body?: string) => {
      const withExt = () => counted(extSession, () => loadWithExtension(extSession, url, body));
      const without = () => counted(bareSession, () => loadBare(bareSession, url, body));
      // Alternate which browser goes first, so neither always pays for the other's tab closing.
      if (swap) {
        const b = await without();
        const e = await withExt();
        return { e: e.result, b: b.result, blockedWith: e.blocked, blockedWithout: b.blocked };
      }
      const e = await withExt();
      const b = await without();
      return { e: e.result, b: b.result, blockedWith: e.blocked, blockedWithout: b.blocked };
    };

    for (const p of options.warmup) {
      const server = await serverFor(p.dir);
      await measure(server.url(p.file), false).catch(() => {});
    }
    const anyServer = await serverFor(options.pages[0]?.dir ?? options.warmup[0]!.dir);
    const baselineUrl = anyServer.url('__palmyra-bench-baseline.html');
    const baselineHeapDiffBytes: number[] = [];
    for (let i = 0; i < (options.baselineRepeats ?? 3); i++) {
      const { e, b } = await measure(baselineUrl, i % 2 === 1, BASELINE_HTML);
      baselineHeapDiffBytes.push(total(e.heap) - total(b.heap));
    }
    const baseline = [...baselineHeapDiffBytes].sort((a, b) => a - b)[baselineHeapDiffBytes.length >> 1]!;

    const rows: PageRow[] = [];
    for (const [i, p] of options.pages.entries()) {
      const server = await serverFor(p.dir);
      const row: PageRow = { page: p.id, lang: p.lang, bytes: p.bytes, ok: false };
      try {
        const { e, b, blockedWith, blockedWithout } = await measure(server.url(p.file), i % 2 === 1);
        const scanMs = e.scanEnd - e.scanStart;
        // The ratio is of our own main-thread time (the walk, mapping, painting), not of the wall time
        // the background's engine and the page's own tasks add; builds without the mark give the wall time.
        const ownMs = e.ownMs ?? scanMs;
        const diff = total(e.heap) - total(b.heap);
        // To the µs: the pages' clocks tick every 5 µs (cross-origin isolated), more digits are noise.
        Object.assign(row, {
          ok: true,
          scanMs: round(scanMs, 3),
          ...(e.extractEnd !== undefined && e.analyzeEnd !== undefined
            ? { walkMs: round(e.extractEnd - e.scanStart, 3), analyzeMs: round(e.analyzeEnd - e.extractEnd, 3), highlightMs: round(e.scanEnd - e.analyzeEnd, 3) }
            : {}),
          ownMs: round(ownMs, 3),
          ...(e.engineMs !== undefined ? { engineMs: round(e.engineMs, 3) } : {}),
          ...(e.started !== undefined ? { timeToVerdictsMs: round(e.scanEnd - e.started, 3) } : {}),
          floorMs: round(b.floor.ms, 3),
          ratio: b.floor.ms > 0 ? round(ownMs / b.floor.ms) : undefined,
          longestTaskMs: e.longestInScan,
          otherLongestTaskMs: e.longestOther,
          bareLongestTaskMs: b.longest,
          warmScanMs: round(e.warmScanMs, 3),
          warmFloorMs: round(b.warmFloorMs, 3),
          warmRatio: b.warmFloorMs > 0 ? round(e.warmScanMs / b.warmFloorMs) : undefined,
          claims: e.claims,
          scans: e.scans,
          highlightRanges: e.highlightRanges,
          textNodes: b.floor.nodes,
          textChars: b.floor.chars,
          heapDiffBytes: diff,
          heapDiffJsBytes: e.heap.js - b.heap.js,
          heapDiffEmbedderBytes: e.heap.embedder - b.heap.embedder,
          structuresBytes: diff - baseline,
          blockedWith,
          blockedWithout,
        } satisfies Partial<PageRow>);
        options.log(
          `[bench] ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s ${String(i + 1).padStart(3)}/${options.pages.length} ${p.id}: scan ${scanMs.toFixed(2)} ms (own ${ownMs.toFixed(2)}), floor ${b.floor.ms.toFixed(3)} ms, longest task ${e.longestInScan.toFixed(0)} ms`,
        );
      } catch (error) {
        row.error = (error as Error).message.split('\n')[0]!.slice(0, 300);
        options.log(`[bench] ${String(i + 1).padStart(3)}/${options.pages.length} ${p.id}: FAILED ${row.error}`);
      }
      rows.push(row);
    }
    const othersOf = (session: ChromiumSession) => session.network.external.filter((r) => r.from !== 'page');
    const others = [...othersOf(ext), ...othersOf(bare)];
    const fromPages = (s: ChromiumSession) => s.network.external.filter((r) => r.from === 'page').length;
    return {
      rows,
      baselineHeapDiffBytes,
      blockedPageRequests: { withExtension: fromPages(ext), without: fromPages(bare) },
      otherBlockedRequests: { withExtension: othersOf(ext).length, without: othersOf(bare).length },
      otherBlockedRequestSamples: others.slice(0, 10).map((r) => `${r.method} ${r.url} from ${r.from}`),
      warmupPages: options.warmup.map((p) => p.id),
      showUnrelated: options.showUnrelated ?? false,
      durationMs: Date.now() - started,
    };
  } finally {
    await ext?.close();
    await bare?.close();
    for (const server of servers.values()) await server.close();
  }
}
