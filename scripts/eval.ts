// `npm run eval`: checks the annotated pages of ../shared/eval/dev and ../shared/eval/dev2 with the
// extension's extraction and engine, scores them with ../shared/eval/score.mjs, and lists every
// claim matched to the reference on the real pages of ../shared/corpus/news-pages (almost none of
// them about Syria).
//
// The annotated pages are split by page (eval/split.json): develop on the tuning half, whose wrong
// verdicts and false alarms are listed; of the validation half only the totals are printed.
// Options: --json (the summary as JSON), --quiet (totals only), --no-corpus.
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkFile, type CheckedFile } from './check';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const SHARED = resolve(process.env.PALMYRA_SHARED ?? join(ROOT, '..', 'shared'));
const SETS = ['dev', 'dev2'] as const;
const SCORER = join(SHARED, 'eval', 'score.mjs');
const CORPUS = join(SHARED, 'corpus', 'news-pages');

interface Split {
  tuning: string[];
  validation: string[];
}
type Half = keyof Split;

export interface Score {
  accuracy: number;
  right: number;
  checkable: number;
  falseAlarms: number;
  ambiguousRight: number;
  ambiguous: number;
  missingPages: number;
}

interface Page {
  set: (typeof SETS)[number];
  /** The annotation file's path. */
  annotation: string;
  html: string;
  half: Half;
}

/** "fr27_republicain…html" → "27": the pair a page belongs to. */
export function pairOf(file: string): string {
  const m = /^(?:en|fr)(\d+)_/.exec(basename(file));
  if (!m) throw new Error(`eval: ${file} is not named like the annotated pages (en01_…, fr01_…)`);
  return m[1]!;
}

export function halfOf(split: Split, file: string): Half {
  const pair = pairOf(file);
  if (split.tuning.includes(pair)) return 'tuning';
  if (split.validation.includes(pair)) return 'validation';
  throw new Error(`eval: page ${file} (pair ${pair}) is in neither half of eval/split.json`);
}

function annotatedPages(split: Split): Page[] {
  const pages: Page[] = [];
  for (const set of SETS) {
    const dir = join(SHARED, 'eval', set);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const { file } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { file: string };
      pages.push({ set, annotation: join(dir, name), html: join(dir, file), half: halfOf(split, file) });
    }
  }
  return pages;
}

/** Scores some pages with score.mjs: their annotations are linked into a directory of their own. */
function score(pages: Page[], results: Map<string, CheckedFile>): { summary: Score; lines: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'palmyra-eval-'));
  const annotations = join(dir, 'annotations');
  spawnSync('mkdir', [annotations]);
  for (const p of pages) symlinkSync(p.annotation, join(annotations, basename(p.annotation)));
  const resultsPath = join(dir, 'results.json');
  writeFileSync(resultsPath, JSON.stringify(pages.map((p) => results.get(p.html)!)));
  const run = spawnSync(process.execPath, [SCORER, annotations, resultsPath, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  const summary = JSON.parse(lines.pop()!) as Score;
  return { summary, lines };
}

interface CorpusMatch {
  file: string;
  text: string;
  verdict: string;
  entry: string;
  sentence: string;
}

function runCorpus(): { pages: number; matched: CorpusMatch[] } {
  const index = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as Array<{ file: string }>;
  const matched: CorpusMatch[] = [];
  for (const { file } of index) {
    const r = checkFile(file, readFileSync(join(CORPUS, file), 'utf8'));
    for (const c of r.claims) {
      if (c.verdict !== 'unrelated') matched.push({ file, text: c.text, verdict: c.verdict, entry: c.reference?.id ?? '', sentence: c.sentence.slice(0, 200) });
    }
  }
  return { pages: index.length, matched };
}

const line = (name: string, s: Score) =>
  `${name.padEnd(28)} accuracy ${s.accuracy.toFixed(3)} (${s.right}/${s.checkable})  false alarms ${s.falseAlarms}  ambiguous right ${s.ambiguousRight}/${s.ambiguous}`;

function main(argv: string[]): number {
  if (!existsSync(SCORER)) {
    process.stderr.write(`eval: ${SCORER} is absent: the evaluation needs ../shared/eval and ../shared/corpus beside the project (set PALMYRA_SHARED to point elsewhere).\n`);
    return 2;
  }
  const json = argv.includes('--json');
  const quiet = argv.includes('--quiet');
  const split = JSON.parse(readFileSync(join(ROOT, 'eval', 'split.json'), 'utf8')) as Split;
  const pages = annotatedPages(split);
  const results = new Map<string, CheckedFile>();
  for (const p of pages) results.set(p.html, { ...checkFile(p.html, readFileSync(p.html, 'utf8')), file: basename(p.html) });

  const report: Record<string, unknown> = {};
  const groups: Array<[string, Page[]]> = [
    ...SETS.map((set): [string, Page[]] => [set, pages.filter((p) => p.set === set)]),
    ['tuning half', pages.filter((p) => p.half === 'tuning')],
    ['validation half', pages.filter((p) => p.half === 'validation')],
  ];
  const out: string[] = [];
  for (const [name, group] of groups) {
    const { summary, lines } = score(group, results);
    report[name] = { pages: group.length, ...summary };
    // Only the tuning half's mistakes are read: the validation half stays unseen.
    if (name === 'tuning half' && !quiet) out.unshift(...lines.filter((l) => !l.startsWith('accuracy')));
    out.push(line(`${name} (${group.length} pages)`, summary));
  }
  if (!argv.includes('--no-corpus') && existsSync(CORPUS)) {
    const corpus = runCorpus();
    report.corpus = { pages: corpus.pages, matched: corpus.matched.length, claims: corpus.matched };
    out.push(`real pages (${corpus.pages}): ${corpus.matched.length} claims matched to the reference`);
    for (const m of corpus.matched) out.push(`  ${m.verdict.padEnd(12)} ${m.file}: "${m.text}" ~ ${m.entry} — ${m.sentence}`);
  }
  console.log(json ? JSON.stringify(report) : out.join('\n'));
  return 0;
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
