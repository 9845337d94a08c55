import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, datasetJsonSchema } from './check';

const DATA = join(__dirname, '..', '..', 'data');
const article = readFileSync(join(DATA, 'afp-palmyra-2016-03-27.txt'), 'utf8');
const load = () => JSON.parse(readFileSync(join(DATA, 'reference.json'), 'utf8'));

describe('the bundled dataset', () => {
  it('passes the check against the article', () => {
    expect(checkDataset(load(), article)).toEqual([]);
  });

  it('is the verbatim AFP article, dated by its content, not by the copy header', () => {
    expect(article).toBe(readFileSync(join(DATA, 'afp-palmyra-2016-03-27.txt'), 'utf8'));
    const data = load();
    expect(data.source.dispatchDate).toBe('2016-03-27');
    expect(data.source.copyHeader.text).toBe('date 2022-02');
    for (const id of ['recapture-date', 'brussels-attacks-date', 'offensive-start', 'sorties-window', 'paris-brussels-gap', 'truce-start', 'war-start', 'next-round-date']) {
      const e = data.entries.find((x: { id: string }) => x.id === id);
      expect(e, id).toBeDefined();
    }
    const inferred = data.entries.filter((e: { inference?: unknown }) => e.inference).map((e: { id: string }) => e.id);
    expect(inferred).toEqual(expect.arrayContaining(['recapture-date', 'brussels-attacks-date', 'offensive-start', 'war-start', 'truce-start']));
  });

  it('publishes the JSON Schema generated from the zod schema', () => {
    const published = JSON.parse(readFileSync(join(DATA, 'reference.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
  });
});

describe('schema version 3: datasets about other events', () => {
  it('names the bundled dataset', () => {
    expect(load()).toMatchObject({ version: 3, id: 'afp-palmyra-2016-03-27' });
  });

  it('takes any language, no copy header, weekday or date explanation, and the text in the dataset', () => {
    const data = load();
    data.source = { ...data.source, language: 'fr-FR', text: article };
    delete data.source.copyHeader;
    delete data.source.dispatchWeekday;
    delete data.source.dateExplanation;
    delete data.source.file;
    expect(checkDataset(data)).toEqual([]);
    expect(checkDataset({ ...data, source: { ...data.source, language: 'French' } })).toEqual([expect.objectContaining({ where: 'source.language' })]);
  });

  it('counts anything in a lowercase word, but no time or distance under another name', () => {
    const data = load();
    data.entries.find((e: { id: string }) => e.id === 'russian-sorties').unit = 'aircraft-sortie';
    expect(checkDataset(data, article)).toEqual([]);
    data.entries[1].unit = 'miles';
    data.entries[2].unit = 'Vehicles';
    expect(checkDataset(data, article).map((p) => p.where)).toEqual(['entries[1].unit', 'entries[2].unit']);
  });

  it('refuses another version than 3, and a dataset without an id', () => {
    expect(checkDataset({ ...load(), version: 2 })).toEqual([expect.objectContaining({ where: 'version' })]);
    const { id: _, ...noId } = load();
    expect(checkDataset(noId)).toEqual([expect.objectContaining({ where: 'id' })]);
  });
});

describe('a corrupted dataset fails the check', () => {
  it('when a quote is not at its offsets', () => {
    const data = load();
    data.entries[0].quote.start += 3;
    data.entries[0].quote.end += 3;
    expect(checkDataset(data, article)).toEqual([{ where: 'entries[0].quote.text', problem: expect.stringMatching(/is not at these offsets .*\(it is at \d+–\d+\)$/) }]);
  });

  it('when a figure of the article is neither an entry nor excluded', () => {
    const data = load();
    data.entries = data.entries.filter((e: { id: string }) => e.id !== 'russian-targets' && e.id !== 'sorties-window');
    const problems = checkDataset(data, article);
    expect(problems.map((p) => p.problem)).toEqual([expect.stringContaining('"117"')]);
  });

  it('when an entry breaks the schema', () => {
    const data = load();
    data.entries[1].value = { type: 'number', n: 'sixty' };
    data.entries[2].reported = '27/03/2016';
    const problems = checkDataset(data, article);
    expect(problems.length).toBe(2);
  });

  it('when an entry names an alias group that does not exist', () => {
    const data = load();
    data.entries[3].match.about.push('atlantis');
    expect(checkDataset(data, article)).toEqual([{ where: `entries[3].match.about[${data.entries[3].match.about.length - 1}]`, problem: expect.stringContaining('“atlantis”') }]);
  });

  it('when the article itself was altered', () => {
    expect(checkDataset(load(), article.replace('400 jihadistes', '401 jihadistes')).length).toBeGreaterThan(0);
  });
});

describe('npm run dataset', () => {
  it('exits 1 and names the problem for a corrupted copy', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const data = load();
    data.entries[0].quote.text = 'a quote the article never wrote';
    const file = join(mkdtempSync(join(tmpdir(), 'dataset-')), 'reference.json');
    writeFileSync(file, JSON.stringify(data));
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'dataset.ts'), file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nor anywhere in it');
    const ok = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'dataset.ts')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
  }, 30_000);
});
