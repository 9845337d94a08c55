// `npm run bench [-- --json] [--out FILE] [--no-build] [--limit N]`: the performance benchmark of issue 7.
//   1. every page of ../shared/corpus/news-pages and ../shared/eval/dev in Chromium, with the bench
//      build and without any extension: scan + highlight time against the floor (a cold bare text
//      walk), long tasks during the scan, the heap of the extension's structures;
//   2. in node: the engine's throughput against chrono-node's on the same visible text, and the date
//      recall of both on the dev pages;
//   3. the gzip size of the production build's content script, popup and background.
// Prints a table, or one JSON object with --json (progress goes to stderr). Exit 2 when ../shared or
// Chromium is absent, 1 when the content script is over budget or a part could not run, else 0.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { CHROMIUM_PATH } from '../../test/e2e/harness';
import { BENCH_BUILD_DIR, buildBoth, checkMarks, missingBuilds, PRODUCTION_BUILD_DIR } from './build';
import { runBrowsers, type BrowserRun } from './browser-run';
import { runNode, type NodeRun } from './node-run';
import { loadShared, missingShared, sharedDir } from './pages';
import { exitCodeOf, formatTable, summarize } from './report';
import { parseArgs, type BenchOptions } from './options';
import { contentScriptCode, measureBuild, type BuildSizes } from './sizes';
import { measurePopupPaint, type PopupPaint } from './popup-paint';

const USAGE = `npm run --silent bench -- [--json] [--out FILE] [--show-unrelated] [--no-build] [--limit N]
  --json       print one JSON object on stdout (progress goes to stderr)
  --out FILE   also write that JSON object to FILE
  --show-unrelated  highlight every claim, unrelated ones too (the highlight layer's worst case;
               default: the shipped settings, which highlight only supported and differing claims)
  --no-build   use the existing .output/chrome-mv3-bench and .output/chrome-mv3
  --limit N    only the first N corpus pages (and the dev pages): a quick look, not a benchmark
Needs ../shared (or PALMYRA_SHARED) and /usr/bin/chromium.`;

const log = (line: string) => process.stderr.write(`${line}\n`);

function chromiumVersion(): string | undefined {
  const run = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return run.stdout?.trim().split('\n').pop() || undefined;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    log(`bench: ${(error as Error).message}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const shared = sharedDir();
  const missing = missingShared(shared);
  if (missing) {
    log(
      `bench: cannot run: ${shared} is absent or incomplete (missing ${missing}). The bench reads the news corpus ` +
        `(corpus/news-pages) and the dev pages (eval/dev) from ../shared beside the project; set PALMYRA_SHARED to point elsewhere.`,
    );
    return 2;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    log(`bench: cannot run: ${CHROMIUM_PATH} is missing (apt-get install -y chromium).`);
    return 2;
  }

  const started = Date.now();
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const errors: string[] = [];
  try {
    if (options.build) buildBoth(log);
    const missingBuild = missingBuilds();
    if (missingBuild) throw new Error(missingBuild);
  } catch (error) {
    log(`bench: ${(error as Error).message}`);
    return 1;
  }
  errors.push(...checkMarks(contentScriptCode));

  const { corpus, dev } = loadShared(shared);
  const corpusPages = options.limit ? corpus.slice(0, options.limit) : corpus;
  const pages = [...corpusPages, ...dev];

  let browser: BrowserRun | null = null;
  if (errors.length === 0) {
    try {
      log(`[bench] Chromium: ${pages.length} pages with ${BENCH_BUILD_DIR} and without the extension...`);
      // Warm-up on pages of both kinds, measured and thrown away.
      browser = await runBrowsers({ extensionDir: BENCH_BUILD_DIR, pages, warmup: [corpus[0]!, dev[0] ?? corpus[1]!], showUnrelated: options.showUnrelated, log });
    } catch (error) {
      errors.push(`browser run: ${(error as Error).stack ?? error}`);
    }
  }

  let node: NodeRun | null = null;
  try {
    node = await runNode({ corpus: corpusPages, dev, log });
  } catch (error) {
    errors.push(`node run: ${(error as Error).stack ?? error}`);
  }

  let sizes: BuildSizes | null = null;
  try {
    sizes = measureBuild(PRODUCTION_BUILD_DIR);
  } catch (error) {
    errors.push(`bundle sizes: ${(error as Error).message}`);
  }

  let popup: PopupPaint | null = null;
  try {
    process.stderr.write('[bench] popup: first paint with 200 claims...\n');
    popup = await measurePopupPaint();
  } catch (error) {
    errors.push(`popup paint: ${(error as Error).message}`);
  }

  const summary = summarize({
    browser,
    node,
    sizes,
    run: {
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      cpus: os.cpus().length,
      node: process.version,
      chromium: chromiumVersion(),
      loadAverage: { start: loadAtStart, end: os.loadavg().map((l) => Math.round(l * 100) / 100) },
      errors,
    },
  });
  const full = { ...summary, popupFirstPaintMs: popup?.firstPaintMsMedian ?? null, popup };
  if (options.out) writeFileSync(options.out, `${JSON.stringify(full, null, 1)}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify(full)}\n`);
  else {
    console.log(formatTable(summary));
    if (popup) {
      console.log(
        `\n4. Popup (production build): first contentful paint with ${popup.claims} claims, median of ${popup.runs}: ${popup.firstPaintMsMedian} ms ` +
          `(target < 100 ms); the same page with no report: ${popup.blankPageMsMedian} ms`,
      );
    }
  }
  return exitCodeOf(summary);
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
