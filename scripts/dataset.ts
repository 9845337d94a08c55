// `npm run dataset`: checks data/reference.json against the AFP article (schema, quotes at their
// offsets, every figure covered) and that data/reference.schema.json is the schema's current JSON
// Schema. `--write-schema` regenerates that file. Exit 1 when anything is wrong.
// `npm run dataset -- draft ARTICLE.txt [--date yyyy-mm-dd]`: prints a starting dataset for the
// article (core/reference/draft.ts, docs/datasets.md) as JSON. Exit 2 on an unreadable file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, datasetJsonSchema } from '../core/reference/check';
import { draftDataset } from '../core/reference/draft';

const DATA = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'data');

function draft(argv: string[]): number {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--date');
  const dateAt = argv.indexOf('--date');
  const date = dateAt >= 0 ? argv[dateAt + 1] : undefined;
  if (!file || (dateAt >= 0 && !date)) {
    console.error('usage: npm run dataset -- draft ARTICLE.txt [--date yyyy-mm-dd]');
    return 2;
  }
  let article: string;
  try {
    article = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`dataset draft: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(draftDataset(article, { file, ...(date ? { date } : {}) }), null, 1)}\n`);
  } catch (e) {
    console.error(`dataset draft: ${(e as Error).message}`);
    return 2;
  }
  return 0;
}

function main(argv: string[]): number {
  if (argv[0] === 'draft') return draft(argv.slice(1));
  const datasetPath = argv.find((a) => !a.startsWith('--')) ?? join(DATA, 'reference.json');
  const article = readFileSync(join(DATA, 'afp-palmyra-2016-03-27.txt'), 'utf8');
  const schemaPath = join(DATA, 'reference.schema.json');
  const schema = `${JSON.stringify(datasetJsonSchema(), null, 1)}\n`;
  if (argv.includes('--write-schema')) writeFileSync(schemaPath, schema);

  let dataset: unknown;
  try {
    dataset = JSON.parse(readFileSync(datasetPath, 'utf8'));
  } catch (e) {
    console.error(`dataset: cannot read ${datasetPath}: ${(e as Error).message}`);
    return 1;
  }
  const problems = checkDataset(dataset, article);
  let published = '';
  try {
    published = readFileSync(schemaPath, 'utf8');
  } catch {
    /* missing: reported below */
  }
  if (published !== schema) problems.push({ where: 'data/reference.schema.json', problem: 'out of date with core/reference/schema.ts: run npm run dataset -- --write-schema' });
  for (const p of problems) console.error(`${p.where}: ${p.problem}`);
  const entries = (dataset as { entries?: unknown[] }).entries?.length ?? 0;
  if (problems.length > 0) {
    console.error(`dataset: ${problems.length} problem(s) in ${datasetPath}`);
    return 1;
  }
  console.log(`dataset: ${datasetPath} is valid: ${entries} entries, every figure of the article accounted for`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
