// Part 2, in node: the engine against chrono-node, its peer for spotting dates, on the same text:
// the visible text of the corpus pages as the extension extracts it (pageFromHtml runs the content
// script's extraction on the saved HTML). Then date recall of both on the annotated dev pages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { analyzePage } from '../../core/engine';
import { reference } from '../../core/reference/dataset';
import type { Lang, PageInput } from '../../core/types';
import { pageFromHtml } from '../../lib/page-text/from-html';
import { annotatedDates, REPO_ROOT, type BenchPage } from './pages';
import { addRecalls, chronoMatches, emptyRecall, joinBlocks, recallOf, type JoinedPage, type Recall } from './recall';
import { median, round } from './stats';

/** Relative dates resolve against this; spotting does not depend on it, but runs stay identical. */
const CHRONO_REFERENCE_DATE = new Date('2016-03-27T12:00:00Z');

interface PreparedPage {
  id: string;
  input: PageInput;
  /** The engine's language for the page: chrono gets the parser of the same language. */
  lang: Lang;
  /** UTF-8 bytes of the page's visible text (its blocks). */
  bytes: number;
  chars: number;
  /** The same text for chrono: whitespace runs collapsed, one block a line (collapsing is not timed). */
  joined: JoinedPage;
}

type Parser = { parse(text: string, ref?: Date): Array<{ index: number; text: string }> };
const PARSERS: Record<Lang, Parser> = { fr: chrono.fr.casual, en: chrono.en.casual };

export interface NodeRun {
  corpusPages: number;
  textBytes: number;
  textChars: number;
  extractMs: number;
  repetitions: number;
  engine: { msMedian: number; MBps: number; runsMs: number[]; referenceCompileMs: number };
  chrono: {
    /** Each page read by the parser of its language (the engine's choice for the page): the peer. */
    msMedian: number;
    MBps: number;
    runsMs: number[];
    pagesByLang: Record<Lang, number>;
    /** For the record: one parser on every page. */
    frOnAllMBps: number;
    enOnAllMBps: number;
    /** require('chrono-node') in a fresh node process, median of 3. */
    loadMs: number;
  };
  /** The pages where the engine spends most (page by page, median of 3), with chrono's time on them. */
  slowestPages: Array<{ page: string; kB: number; engineMs: number; chronoMs: number }>;
  /** Engine MB/s over chrono MB/s (page language parser), same text, same run. */
  engineVsChronoThroughput: number;
  recall: {
    pages: number;
    engine: Recall & { datesFound: number };
    chrono: Recall & { datesFound: number };
  };
}

async function prepare(pages: BenchPage[], ref: ReturnType<typeof reference>): Promise<{ prepared: PreparedPage[]; extractMs: number }> {
  const t0 = performance.now();
  const prepared: PreparedPage[] = [];
  for (const p of pages) {
    const { input } = await pageFromHtml(readFileSync(path.join(p.dir, p.file), 'utf8'));
    const texts = input.blocks.map((b) => b.text);
    prepared.push({
      id: p.id,
      input,
      lang: analyzePage(input, ref).lang,
      bytes: texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0),
      chars: texts.reduce((n, t) => n + t.length, 0),
      joined: joinBlocks(texts),
    });
  }
  return { prepared, extractMs: performance.now() - t0 };
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function chronoLoadMs(): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['-e', "const t=performance.now();require('chrono-node');process.stdout.write(String(performance.now()-t))"], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const ms = Number(r.stdout);
    if (r.status === 0 && Number.isFinite(ms)) runs.push(ms);
  }
  return median(runs);
}

async function devRecall(dev: BenchPage[], ref: ReturnType<typeof reference>): Promise<NodeRun['recall']> {
  let engine = { ...emptyRecall(), datesFound: 0 };
  let chronoR = { ...emptyRecall(), datesFound: 0 };
  let pages = 0;
  for (const p of dev) {
    if (!p.annotations) continue;
    const wanted = annotatedDates(p.annotations);
    const { input } = await pageFromHtml(readFileSync(path.join(p.dir, p.file), 'utf8'));
    const texts = input.blocks.map((b) => b.text);
    const analysis = analyzePage(input, ref);
    const engineSpans = analysis.claims.filter((c) => c.dimension === 'date').map((c) => ({ block: c.block, start: c.start, end: c.end }));
    const chronoFound = chronoMatches(PARSERS[analysis.lang], texts, CHRONO_REFERENCE_DATE);
    const chronoSpanList = chronoFound.flat();
    const tag = (r: Recall) => ({ ...r, missed: r.missed.map((t) => `${p.file}: ${t}`), unlocated: r.unlocated.map((t) => `${p.file}: ${t}`) });
    engine = { ...addRecalls(engine, tag(recallOf(wanted, texts, engineSpans))), datesFound: engine.datesFound + engineSpans.length };
    chronoR = { ...addRecalls(chronoR, tag(recallOf(wanted, texts, chronoSpanList))), datesFound: chronoR.datesFound + chronoFound.length };
    pages++;
  }
  return { pages, engine, chrono: chronoR };
}

export async function runNode(options: { corpus: BenchPage[]; dev: BenchPage[]; repetitions?: number; log: (line: string) => void }): Promise<NodeRun> {
  const repetitions = options.repetitions ?? 5;
  const t0 = performance.now();
  const ref = reference();
  const referenceCompileMs = performance.now() - t0;
  options.log(`[bench] node: extracting the visible text of ${options.corpus.length} corpus pages (happy-dom)...`);
  const { prepared, extractMs } = await prepare(options.corpus, ref);
  const textBytes = prepared.reduce((n, p) => n + p.bytes, 0);
  const textChars = prepared.reduce((n, p) => n + p.chars, 0);

  const engineRun = () => timeIt(() => prepared.forEach((p) => analyzePage(p.input, ref)));
  const chronoRun = (pick: (p: PreparedPage) => Lang) => () => timeIt(() => prepared.forEach((p) => PARSERS[pick(p)].parse(p.joined.text, CHRONO_REFERENCE_DATE)));
  const runs = {
    engine: engineRun,
    chrono: chronoRun((p) => p.lang),
    frOnAll: chronoRun(() => 'fr'),
    enOnAll: chronoRun(() => 'en'),
  };
  const times: Record<keyof typeof runs, number[]> = { engine: [], chrono: [], frOnAll: [], enOnAll: [] };
  // Warm-up (JIT, lazy tables), then interleaved repetitions so machine noise hits all alike.
  Object.values(runs).forEach((run) => run());
  for (let i = 0; i < repetitions; i++) {
    for (const [name, run] of Object.entries(runs) as Array<[keyof typeof runs, () => number]>) times[name].push(run());
  }
  const mbps = (ms: number) => textBytes / 1e6 / (ms / 1000);
  const engineMs = median(times.engine);
  const chronoMs = median(times.chrono);
  options.log(`[bench] node: engine ${engineMs.toFixed(0)} ms, chrono ${chronoMs.toFixed(0)} ms per pass over ${(textBytes / 1e6).toFixed(2)} MB`);

  // Median of 3 per page: one GC pause must not make a page look slow.
  const median3 = (fn: () => void) => median([timeIt(fn), timeIt(fn), timeIt(fn)]);
  const perPage = prepared.map((p) => ({
    page: p.id,
    kB: round(p.bytes / 1000, 1),
    engineMs: round(median3(() => analyzePage(p.input, ref))),
    chronoMs: round(median3(() => PARSERS[p.lang].parse(p.joined.text, CHRONO_REFERENCE_DATE))),
  }));
  const slowestPages = perPage.sort((a, b) => b.engineMs - a.engineMs).slice(0, 5);
  const pagesByLang: Record<Lang, number> = { fr: 0, en: 0 };
  prepared.forEach((p) => pagesByLang[p.lang]++);
  return {
    corpusPages: prepared.length,
    textBytes,
    textChars,
    extractMs: round(extractMs, 0),
    repetitions,
    engine: { msMedian: round(engineMs), MBps: round(mbps(engineMs)), runsMs: times.engine.map((t) => round(t, 1)), referenceCompileMs: round(referenceCompileMs) },
    chrono: {
      msMedian: round(chronoMs),
      MBps: round(mbps(chronoMs)),
      runsMs: times.chrono.map((t) => round(t, 1)),
      pagesByLang,
      frOnAllMBps: round(mbps(median(times.frOnAll))),
      enOnAllMBps: round(mbps(median(times.enOnAll))),
      loadMs: round(chronoLoadMs(), 1),
    },
    slowestPages,
    engineVsChronoThroughput: round(chronoMs / engineMs, 3),
    recall: await devRecall(options.dev, ref),
  };
}
