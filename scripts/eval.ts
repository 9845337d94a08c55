// `npm run eval`: runs the check over the annotated dev pages of ../shared/eval/dev and scores it
// with ../shared/eval/score.mjs, then runs it over the real pages of ../shared/corpus/news-pages
// and lists every claim matched to the reference there (almost none of them are about Syria).
// Options: --dev-only, --corpus-only, --json (print the summary as JSON), --verbose.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkFile, type CheckedFile } from './check';

const SHARED = resolve(process.env.PALMYRA_SHARED ?? join(process.cwd(), '..', 'shared'));
const DEV = join(SHARED, 'eval', 'dev');
const SCORER = join(SHARED, 'eval', 'score.mjs');
const CORPUS = join(SHARED, 'corpus', 'news-pages');

function runDev(verbose: boolean): { summary: unknown; output: string } {
  const files = readdirSync(DEV).filter((f) => f.endsWith('.html')).sort();
  const results: CheckedFile[] = files.map((f) => {
    const r = checkFile(join(DEV, f), readFileSync(join(DEV, f), 'utf8'));
    return { ...r, file: f };
  });
  const dir = mkdtempSync(join(tmpdir(), 'palmyra-eval-'));
  const resultsPath = join(dir, 'results.json');
  writeFileSync(resultsPath, JSON.stringify(results));
  const run = spawnSync(process.execPath, [SCORER, DEV, resultsPath, '--json', ...(verbose ? [] : [])], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  const summary = JSON.parse(lines.pop()!);
  return { summary, output: lines.join('\n') };
}

function runCorpus(): { pages: number; matched: Array<{ file: string; text: string; verdict: string; entry: string; sentence: string }> } {
  const index = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as Array<{ file: string }>;
  const matched: Array<{ file: string; text: string; verdict: string; entry: string; sentence: string }> = [];
  for (const { file } of index) {
    const r = checkFile(file, readFileSync(join(CORPUS, file), 'utf8'));
    for (const c of r.claims) {
      if (c.verdict !== 'unrelated') matched.push({ file, text: c.text, verdict: c.verdict, entry: c.reference?.id ?? '', sentence: c.sentence.slice(0, 200) });
    }
  }
  return { pages: index.length, matched };
}

function main(argv: string[]): number {
  if (!existsSync(SHARED) || !existsSync(SCORER)) {
    process.stderr.write(`eval: ${SHARED} is absent: the evaluation needs ../shared/eval and ../shared/corpus beside the project (set PALMYRA_SHARED to point elsewhere).\n`);
    return 2;
  }
  const json = argv.includes('--json');
  const report: Record<string, unknown> = {};
  if (!argv.includes('--corpus-only')) {
    const dev = runDev(argv.includes('--verbose'));
    report.dev = dev.summary;
    if (!json) {
      if (dev.output) console.log(dev.output);
      const s = dev.summary as { accuracy: number; right: number; checkable: number; falseAlarms: number; ambiguousRight: number; ambiguous: number };
      console.log(`dev pages: accuracy ${s.accuracy} (${s.right}/${s.checkable}), false alarms ${s.falseAlarms}, ambiguous right ${s.ambiguousRight}/${s.ambiguous}`);
    }
  }
  if (!argv.includes('--dev-only') && existsSync(CORPUS)) {
    const corpus = runCorpus();
    report.corpus = { pages: corpus.pages, matched: corpus.matched.length, claims: corpus.matched };
    if (!json) {
      console.log(`real pages: ${corpus.pages} pages, ${corpus.matched.length} claims matched to the reference`);
      for (const m of corpus.matched) console.log(`  ${m.verdict.padEnd(12)} ${m.file}: "${m.text}" ~ ${m.entry} — ${m.sentence}`);
    }
  }
  if (json) console.log(JSON.stringify(report));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
