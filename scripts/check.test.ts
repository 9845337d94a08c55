import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../core/reference/load';
import { checkFile, referenceOf, type CheckedFile } from './check';

const ROOT = join(__dirname, '..');
const DATASET = 'test/fixtures/datasets/wendmouth-flood-2023-09-12.json';
const INVALID = 'test/fixtures/datasets/invalid-vehicle-count.json';
const PAGE = 'test/fixtures/pages/wendmouth-flood-en.html';
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function flood() {
  const loaded = loadDataset(JSON.parse(read(DATASET)), 'en');
  if (!loaded.ok) throw new Error(`${loaded.path}: ${loaded.message}`);
  return referenceOf(loaded.dataset);
}

const verdicts = (r: CheckedFile) => Object.fromEntries(r.claims.map((c) => [c.text, `${c.verdict}${c.reference ? ` ${c.reference.id}` : ''}`]));

describe('checkFile against a dataset about another event (a flood in Wendmouth)', () => {
  const result = checkFile(PAGE, read(PAGE), { reference: flood() });

  it('matches what the page says as the dataset does, and tells what differs', () => {
    expect(verdicts(result)).toEqual({
      'Nine people': 'supported flood-deaths',
      Tuesday: 'supported flood-date',
      '36 hours': 'contradicted rain-duration',
      'Some 2,300 residents': 'supported residents-evacuated',
      'more than 60 cars': 'contradicted vehicles-swept-away',
      '18 km': 'supported millford-distance',
      '14,000 inhabitants': 'unrelated',
      'last year': 'unrelated',
    });
  });

  it('names the dataset on every claim', () => {
    expect(new Set(result.claims.map((c) => c.dataset))).toEqual(new Set(['wendmouth-flood-2023-09-12']));
  });

  it('finds none of these figures in the bundled dataset, whose claims name no dataset', () => {
    const bundled = checkFile(PAGE, read(PAGE));
    expect(bundled.claims.every((c) => c.verdict === 'unrelated' && c.dataset === undefined)).toBe(true);
  });
});

describe('npm run check -- --reference', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'check.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('checks pages against the given dataset', () => {
    const ok = run('--json', '--reference', DATASET, PAGE);
    expect(ok.status).toBe(0);
    const [file] = JSON.parse(ok.stdout) as CheckedFile[];
    expect(file!.claims.filter((c) => c.verdict === 'supported').map((c) => c.reference!.id)).toEqual(['flood-deaths', 'flood-date', 'residents-evacuated', 'millford-distance']);
    expect(file!.claims[0]!.dataset).toBe('wendmouth-flood-2023-09-12');
  }, 30_000);

  it('exits 1 on an invalid dataset, naming the file, the path of the first fault and what is wrong', () => {
    const bad = run('--reference', INVALID, PAGE);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`${INVALID}: entries[4].value.n: expected a number, found text\n`);
    const missing = run('--reference', 'no-such-dataset.json', PAGE);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^no-such-dataset\.json: \(root\): cannot read the file/);
  }, 30_000);

  it('still exits 2 on an unreadable page', () => {
    expect(run('--reference', DATASET, 'no-such-page.html').status).toBe(2);
  }, 30_000);
});

describe('npm run check -- --explain', () => {
  it('shows each slot of a reading with the detector and words that filled it, and no token index of the engine', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const page = join(mkdtempSync(join(tmpdir(), 'explain-')), 'page.html');
    writeFileSync(page, '<html lang="fr"><body><article><h1>Palmyre reprise</h1><p>Selon l\'OSDH, les combats pour Palmyre ont fait 400 morts jihadistes, sans compter ceux décédés plus tard.</p></article></body></html>');
    const out = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'check.ts'), '--explain', page], { cwd: ROOT, encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/│ definition +\{"mode":"leaves-out","groups":\["people"\]\} +← count-definition:leaves-out "sans compter ceux décédés plus tard"/);
    expect(out.stdout).toMatch(/│ source +l'OSDH +← source:/);
    expect(out.stdout).toMatch(/│ ✗ is-killed-palmyra +counts: leaves out sans compter/);
    expect(out.stdout).not.toMatch(/"(last|figure)":/);
  }, 30_000);
});
