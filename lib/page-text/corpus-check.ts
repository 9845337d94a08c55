// Script (not a unit test): runs the extractor over the shared pages and prints what it does there.
//   npx tsx lib/page-text/corpus-check.ts [--dev-only] [--corpus-only] [--verbose]
// 1. Dev pages (../shared/eval/dev): every annotated article figure must sit in a checked block
//    (main/heading; readers' comments excepted), every listed boilerplate figure in a boilerplate one.
// 2. Corpus (../shared/corpus/news-pages): time of extractPage vs a bare TreeWalker pass collecting
//    text node data (the floor), per page, and the share of text per region.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from './extract-page';
import { pageFromHtml, parseInertHtml } from './from-html';
import { forgetNameVerdicts } from './class-names';
import { scanBlocks } from './scan-blocks';
import type { TextBlock } from '../../core/types';

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '../../../shared');
const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');


// ---------------------------------------------------------------- dev pages

interface Annotation {
  claims: { text: string; region?: string; expected: string }[];
  boilerplate_numbers?: string[];
}

function blocksContaining(blocks: TextBlock[], needle: string): TextBlock[] {
  return blocks.filter((b) => b.text.includes(needle));
}

/** "12 errors, 3 days, 1.2 million (sidebar)" → the strings to look for in the page. */
function boilerplateNeedles(entry: string, blocks: TextBlock[]): string[] {
  if (blocksContaining(blocks, entry).length > 0) return [entry];
  const bare = entry.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (blocksContaining(blocks, bare).length > 0) return [bare];
  return bare.split(/,\s+/).filter((s) => s !== '');
}

/** Blocks holding an annotation's figure: "© 2016" is written "© Le Courrier du Midi 2016" on the page. */
function blocksForFigure(blocks: TextBlock[], needle: string): TextBlock[] {
  const exact = blocksContaining(blocks, needle);
  if (exact.length > 0 || !needle.startsWith('©')) return exact;
  const figures = needle.match(/\d+/g) ?? [];
  return blocks.filter((b) => b.text.includes('©') && figures.every((f) => b.text.includes(f)));
}

function checkDevPages(): void {
  const dir = join(shared, 'eval/dev');
  let claimsOk = 0;
  let claimsBad = 0;
  let boilerOk = 0;
  let boilerBad = 0;
  let datesOk = 0;
  console.log('== dev pages: regions of annotated figures');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const page = pageFromHtml(readFileSync(join(dir, file), 'utf8')).input;
    const annotation = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.json')), 'utf8')) as Annotation;
    const problems: string[] = [];
    for (const claim of annotation.claims) {
      const found = blocksContaining(page.blocks, claim.text);
      const wantBoiler = claim.region === 'comment';
      const good = found.length > 0 && found.every((b) => (b.region === 'boilerplate') === wantBoiler);
      if (good) claimsOk++;
      else {
        claimsBad++;
        problems.push(`  claim ${JSON.stringify(claim.text)} → ${found.map((b) => b.region).join(',') || 'NOT FOUND'}`);
      }
    }
    for (const entry of annotation.boilerplate_numbers ?? []) {
      for (const needle of boilerplateNeedles(entry, page.blocks)) {
        const found = blocksForFigure(page.blocks, needle);
        if (found.length > 0 && found.every((b) => b.region === 'boilerplate')) boilerOk++;
        else {
          boilerBad++;
          problems.push(`  boilerplate ${JSON.stringify(needle)} → ${found.map((b) => `${b.region}: ${b.text.slice(0, 60)}`).join(' / ') || 'NOT FOUND'}`);
        }
      }
    }
    if (page.published) datesOk++;
    console.log(`${file}: published=${page.published ?? '-'} lang=${page.lang ?? '-'} ${problems.length ? 'PROBLEMS' : 'ok'}`);
    for (const p of problems) console.log(p);
  }
  console.log(
    `claims in checked blocks: ${claimsOk}/${claimsOk + claimsBad}; boilerplate figures in boilerplate: ${boilerOk}/${boilerOk + boilerBad}; pages dated: ${datesOk}`,
  );
}

// ---------------------------------------------------------------- corpus

function bareWalk(doc: Document): number {
  const collected: string[] = [];
  const walker = doc.createTreeWalker(doc, 4);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) collected.push((n as Text).data);
  return collected.length;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}

/** Lets the event loop turn: happy-dom's parsed pages are only released between jobs. */
const nextJob = () => new Promise<void>((resolve) => setImmediate(resolve));

async function checkCorpus(): Promise<void> {
  const dir = join(shared, 'corpus/news-pages');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string; lang: string; bytes: number }[];
  const REPEATS = 9;
  const ratios: number[] = [];
  const scanRatios: number[] = [];
  const coldRatios: number[] = [];
  const rows: string[] = [];
  let failures = 0;
  let dated = 0;
  const share = { main: 0, heading: 0, boilerplate: 0 };
  console.log(`\n== corpus: ${index.length} pages, ${REPEATS} timed runs each (fastest of each, to see through the load of a shared machine), happy-dom on node ${process.version}`);
  for (const entry of index) {
    await nextJob();
    let doc: Document;
    try {
      doc = parseInertHtml(readFileSync(join(dir, entry.file), 'utf8'));
    } catch (e) {
      failures++;
      console.log(`${entry.file}: PARSE FAILED ${String(e)}`);
      continue;
    }
    // Warm both paths on this page, then interleave the timed runs so drift hits both alike.
    bareWalk(doc);
    let result;
    try {
      result = extractPage(doc);
    } catch (e) {
      failures++;
      console.log(`${entry.file}: EXTRACT FAILED ${String(e)}`);
      continue;
    }
    const bare: number[] = [];
    const full: number[] = [];
    const cold: number[] = [];
    const scan: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      bare.push(time(() => bareWalk(doc)));
      full.push(time(() => extractPage(doc)));
      scan.push(time(() => scanBlocks(doc)));
      // A page's first scan: nothing known yet of its class names.
      forgetNameVerdicts();
      cold.push(time(() => extractPage(doc)));
    }
    const b = Math.min(...bare);
    const ratio = Math.min(...full) / b;
    ratios.push(ratio);
    coldRatios.push(Math.min(...cold) / b);
    scanRatios.push(Math.min(...scan) / b);
    if (result.input.published) dated++;
    const chars = { main: 0, heading: 0, boilerplate: 0 };
    for (const block of result.input.blocks) chars[block.region] += block.text.length;
    const total = chars.main + chars.heading + chars.boilerplate || 1;
    share.main += chars.main / total;
    share.heading += chars.heading / total;
    share.boilerplate += chars.boilerplate / total;
    rows.push(
      `${entry.file.padEnd(58)} ${String(entry.bytes).padStart(8)}B bare ${b.toFixed(2).padStart(6)}ms x${ratio.toFixed(2)} ` +
        `main ${((100 * chars.main) / total).toFixed(0).padStart(3)}% boiler ${((100 * chars.boilerplate) / total).toFixed(0).padStart(3)}% ` +
        `blocks ${result.input.blocks.length} published ${result.input.published ?? '-'} lang ${result.input.lang ?? '-'}`,
    );
  }
  if (verbose) for (const r of rows) console.log(r);
  const n = ratios.length;
  const fmt = (xs: number[]) =>
    `median x${median(xs).toFixed(2)}, p95 x${quantile(xs, 0.95).toFixed(2)}, max x${Math.max(...xs).toFixed(2)}`;
  console.log(`extractPage, first scan of the page / bare walk: ${fmt(coldRatios)}`);
  console.log(`extractPage, re-scan (class verdicts cached) / bare walk: ${fmt(ratios)}`);
  console.log(`scan only (no metadata) / bare walk: ${fmt(scanRatios)}`);
  console.log(
    `pages: ${n} extracted, ${failures} failed, ${dated} with a publication date; ` +
      `mean share of text: main ${((100 * share.main) / n).toFixed(0)}%, heading ${((100 * share.heading) / n).toFixed(0)}%, boilerplate ${((100 * share.boilerplate) / n).toFixed(0)}%`,
  );
}

if (!args.has('--corpus-only')) checkDevPages();
if (!args.has('--dev-only')) await checkCorpus();
