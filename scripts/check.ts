// `npm run --silent check -- [--reference DATASET.json] [--json] [--explain] FILE...`: checks the
// figures of saved pages (HTML or plain text) against the reference (the bundled one, or a reader's
// dataset), with the same text extraction and engine as the extension. Prints one JSON array (--json)
// or a table; nothing else goes to stdout. Exit 2 on an unreadable page, 1 on an invalid dataset.
import { readFileSync } from 'node:fs';
import { pageFromHtml } from '../lib/page-text/from-html';
import { analyzePage, type Claim, type Explanation } from '../core/engine';
import { compileReference, type CompiledReference } from '../core/reference/compile';
import { reference, referenceDataset } from '../core/reference/dataset';
import { parseDatasetFile } from '../core/reference/load';
import type { DatasetT } from '../core/reference/schema';
import { blocksFromPlainText } from '../core/text/plain';
import { isoFromDay } from '../core/dates/calendar';
import { describeDelta } from '../core/verdict';
import type { PageInput } from '../core/types';

export interface CheckedClaim {
  text: string;
  sentence: string;
  kind: string;
  value: { dimension: string; min: number | string | null; max: number | string | null };
  verdict: string;
  reference: { id: string; quote: string } | null;
  /** The id of the dataset the claim was checked against, when one was given (`--reference`). */
  dataset?: string;
  delta?: string;
  because?: string[];
  region: string;
  explanation?: unknown;
}

export interface CheckedFile {
  file: string;
  lang: string;
  published?: string;
  claims: CheckedClaim[];
}

function valueOf(c: Claim): CheckedClaim['value'] {
  const { min, max } = c.interval;
  if (c.dimension === 'date') return { dimension: 'date', min: isoFromDay(min), max: isoFromDay(max) };
  const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null);
  return { dimension: c.dimension === 'duration' ? 'duration (days)' : c.dimension === 'distance' ? 'distance (km)' : c.dimension, min: n(min), max: n(max) };
}

export function pageInputOf(file: string, content: string): PageInput {
  if (/\.html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(content)) return pageFromHtml(content).input;
  const blocks = blocksFromPlainText(content);
  return { blocks, ...(blocks[0]?.region === 'heading' ? { title: blocks[0].text } : {}) };
}

/** A dataset and the same prepared for matching. */
export interface CheckReference {
  dataset: DatasetT;
  compiled: CompiledReference;
}

/** The bundled reference (data/reference.json). */
export function bundledReference(): CheckReference {
  return { dataset: referenceDataset, compiled: reference() };
}

/** A reader's dataset, already loaded (core/reference/load.ts), prepared for matching. */
export function referenceOf(dataset: DatasetT): CheckReference {
  return { dataset, compiled: compileReference(dataset) };
}

/**
 * The claims of one page against `options.reference` (by default the bundled dataset). With a
 * reference given, each claim names the dataset's id.
 */
export function checkFile(file: string, content: string, options: { explain?: boolean; reference?: CheckReference } = {}): CheckedFile {
  const { dataset, compiled: ref } = options.reference ?? bundledReference();
  const analysis = analyzePage(pageInputOf(file, content), ref, { explain: options.explain });
  return {
    file,
    lang: analysis.lang,
    ...(analysis.published ? { published: analysis.published } : {}),
    claims: analysis.claims.map((c) => {
      const entry = c.match ? dataset.entries.find((e) => e.id === c.match!.entryId) : undefined;
      return {
        text: c.text,
        sentence: c.sentence,
        kind: c.kind,
        value: valueOf(c),
        verdict: c.verdict,
        reference: entry ? { id: entry.id, quote: entry.quote.text } : null,
        ...(options.reference ? { dataset: dataset.id } : {}),
        ...(c.match?.delta ? { delta: describeDelta(c.match.delta) } : {}),
        ...(c.match ? { because: c.match.because } : {}),
        region: c.region,
        ...(c.explanation ? { explanation: c.explanation } : {}),
      };
    }),
  };
}

const INTERNAL_KEYS = new Set(['figure', 'last']);

/** The reading slot by slot, then each entry of the same dimension with the rule that decided it. */
function explainLines(e: Explanation): string[] {
  const out: string[] = [];
  for (const [name, s] of Object.entries(e.reading)) {
    // Not the engine's own links: a window's figure (shown on its own line), a definition's last token
    // index (its words are shown). Lengths in days, to a tenth.
    const value = typeof s.value === 'object' ? JSON.stringify(s.value, (k, v: unknown) => (INTERNAL_KEYS.has(k) ? undefined : typeof v === 'number' ? Math.round(v * 10) / 10 : v)) : String(s.value);
    out.push(`      │ ${name.padEnd(11)} ${value}  ← ${s.by}${s.words ? ` "${s.words}"` : ''}`);
  }
  for (const j of e.entries) if (j.rule !== 'dimension' || process.env.PALMYRA_EXPLAIN_ALL) out.push(`      │ ${j.ok ? '✓' : '✗'} ${j.entryId.padEnd(26)} ${j.rule}: ${j.why}`);
  return out;
}

function table(results: CheckedFile[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const matched = r.claims.filter((c) => c.verdict !== 'unrelated');
    lines.push(`${r.file} (${r.lang}${r.published ? `, ${r.published}` : ''}): ${r.claims.length} figures, ${matched.length} checked`);
    for (const c of r.claims) {
      const mark = c.verdict === 'supported' ? 'MATCHES ' : c.verdict === 'contradicted' ? 'DIFFERS ' : '        ';
      const ref = c.reference ? `  ~ ${c.reference.id}${c.delta ? ` (${c.delta})` : ''}` : '';
      if (c.verdict !== 'unrelated' || c.region !== 'boilerplate') lines.push(`  ${mark} ${c.text.padEnd(32)} ${c.kind.padEnd(10)}${ref}`);
      if (c.explanation) lines.push(...explainLines(c.explanation as Explanation));
    }
  }
  return lines.join('\n');
}

/** The dataset of `--reference FILE`, or what is wrong with it as `FILE: path: message`. */
export function readReference(file: string): CheckReference | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return `${file}: (root): cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  const loaded = parseDatasetFile(text, 'en');
  return loaded.ok ? referenceOf(loaded.dataset) : `${file}: ${loaded.path}: ${loaded.message}`;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const explain = argv.includes('--explain');
  const files: string[] = [];
  let referenceFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--reference') referenceFile = argv[++i] ?? '';
    else if (a.startsWith('--reference=')) referenceFile = a.slice('--reference='.length);
    else if (!a.startsWith('--')) files.push(a);
  }
  if (files.length === 0 || referenceFile === '') {
    process.stderr.write('usage: npm run --silent check -- [--reference DATASET.json] [--json] [--explain] FILE...\n');
    return 2;
  }
  let against: CheckReference | undefined;
  if (referenceFile !== undefined) {
    const read = readReference(referenceFile);
    if (typeof read === 'string') {
      process.stderr.write(`${read}\n`);
      return 1;
    }
    against = read;
  }
  const results: CheckedFile[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`check: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    results.push(checkFile(file, content, { explain, ...(against ? { reference: against } : {}) }));
  }
  process.stdout.write(json ? `${JSON.stringify(results, null, 1)}\n` : `${table(results)}\n`);
  return 0;
}

if (process.argv[1] && /check\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
