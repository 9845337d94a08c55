import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset } from './check';
import { dimensionOf } from './compile';
import { draftDataset, PLACEHOLDER_GROUP } from './draft';
import { loadDataset } from './load';

const ROOT = join(__dirname, '..', '..');
const ARTICLE = join(ROOT, 'data', 'afp-palmyra-2016-03-27.txt');
const article = readFileSync(ARTICLE, 'utf8');
const reference = JSON.parse(readFileSync(join(ROOT, 'data', 'reference.json'), 'utf8')) as {
  entries: Array<{ id: string; unit: string; value: unknown; quote: { start: number; end: number } }>;
};
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('draftDataset on the AFP dispatch', () => {
  const draft = draftDataset(article, { file: 'data/afp-palmyra-2016-03-27.txt', date: '2016-03-27' });
  const overlapping = (q: { start: number; end: number }) => draft.entries.filter((d) => d.quote.start < q.end && q.start < d.quote.end);

  it('is a valid version 3 dataset that accounts for every figure of the article', () => {
    const loaded = loadDataset(roundTrip(draft), 'en');
    expect(loaded.ok).toBe(true);
    expect(checkDataset(roundTrip(draft))).toEqual([]);
    expect(draft).toMatchObject({ version: 3, id: 'afp-palmyra-2016-03-27', source: { language: 'fr', dispatchDate: '2016-03-27', file: 'afp-palmyra-2016-03-27.txt', text: article } });
  });

  it('quotes each figure exactly at its offsets', () => {
    for (const e of draft.entries) expect(article.slice(e.quote.start, e.quote.end), e.id).toBe(e.quote.text);
  });

  it('holds a figure at the quote of every entry of the bundled dataset', () => {
    const missed = reference.entries.filter((e) => overlapping(e.quote).length === 0).map((e) => e.id);
    expect(missed).toEqual([]);
    expect(reference.entries.length).toBe(29);
  });

  it('reads 27 of the 29 with the dimension and value of the reference; the other two are dates the dispatch gives as lengths', () => {
    const same = reference.entries.filter((e) => overlapping(e.quote).some((d) => dimensionOf(d.unit) === dimensionOf(e.unit) && JSON.stringify(d.value) === JSON.stringify(e.value)));
    expect(same.length).toBe(27);
    expect(reference.entries.filter((e) => !same.includes(e)).map((e) => e.id)).toEqual(['truce-start', 'war-start']);
  });

  it('fills kind, unit and qualifier as read, and leaves what the figures are about to the author', () => {
    const byQuote = (text: string) => draft.entries.find((e) => e.quote.text === text)!;
    expect(byQuote('plus de 270.000 morts')).toMatchObject({ kind: 'quantity', unit: 'morts', value: { type: 'number', n: 270000 }, qualifier: { stated: 'plus de', meaning: 'more-than' } });
    expect(byQuote('20 jours')).toMatchObject({ kind: 'duration', unit: 'day', value: { type: 'number', n: 20 } });
    expect(byQuote('60 km')).toMatchObject({ kind: 'distance', unit: 'km', value: { type: 'number', n: 60 } });
    expect(byQuote('mai 2015')).toMatchObject({ kind: 'date', unit: 'date', value: { type: 'date', start: '2015-05-01', end: '2015-05-31', precision: 'month' } });
    expect(byQuote('millions de Syriens')).toMatchObject({ value: { type: 'vague', min: 2_000_000, max: null } });
    expect(byQuote('deuxième grande défaite')).toMatchObject({ kind: 'rank', unit: 'rank', value: { type: 'number', n: 2 } });
    for (const e of draft.entries) {
      expect(e.match).toEqual({ counts: [], subject: [], about: [PLACEHOLDER_GROUP] });
      expect(e.measures.en).toMatch(/^TODO/);
    }
  });
});

describe('draftDataset on an English article without a date', () => {
  const text = 'Floods in Wendmouth\n\nWENDMOUTH - Nine people were killed on Tuesday and about 2,300 residents were evacuated, while 45 vehicles were swept away 18 km downstream. Turnout fell to 40%.\n';
  const draft = draftDataset(text, { file: 'wendmouth.txt', today: 19_000 });

  it('detects the language, dates the draft by the day it was made and says so', () => {
    expect(draft.source.language).toBe('en');
    expect(draft.source.dispatchDate).toBe('2022-01-08');
    expect(draft.source.dateExplanation?.en).toMatch(/^TODO: set the date/);
    expect(loadDataset(roundTrip(draft), 'en').ok).toBe(true);
  });

  it('takes the counted noun for the unit, and leaves a weekday it cannot place for the author', () => {
    const e = (text: string) => draft.entries.find((x) => x.quote.text.includes(text))!;
    expect(e('45')).toMatchObject({ unit: 'vehicles', value: { type: 'number', n: 45 } });
    expect(e('2,300')).toMatchObject({ value: { type: 'number', n: 2300 }, qualifier: { stated: 'about', meaning: 'about' } });
    expect(e('Tuesday')).toMatchObject({ kind: 'date', measures: { en: expect.stringContaining('could not place') } });
    expect(e('Nine').gloss).toBe('WENDMOUTH - Nine people were killed on Tuesday and about 2,300 residents were evacuated, while 45 vehicles were swept away 18 km downstream.');
  });

  it('leaves percentages out, with the reason', () => {
    expect(draft.excluded).toEqual([expect.objectContaining({ text: '40%', reason: expect.stringContaining('percentage') })]);
  });
});

describe('npm run dataset -- draft', () => {
  it('prints the draft as JSON, and keeps checking the bundled dataset without a subcommand', () => {
    const script = join(ROOT, 'scripts', 'dataset.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, 'draft', ARTICLE, '--date', '2016-03-27'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(roundTrip(draftDataset(article, { file: ARTICLE, date: '2016-03-27' })));
    const missing = spawnSync(process.execPath, ['--import', 'tsx', script, 'draft', join(ROOT, 'no-such-article.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    const check = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('29 entries');
  }, 60_000);
});
