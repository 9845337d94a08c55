import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath, loadDataset, parseDatasetFile } from './load';

const ROOT = join(__dirname, '..', '..');
const text = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const bundled = () => JSON.parse(text('data/reference.json'));
/** The first fault of the bundled dataset once `spoil` has changed it, in both languages. */
function fault(spoil: (d: any) => void): { path: string; en: string; fr: string } {
  const d = bundled();
  spoil(d);
  const en = loadDataset(d, 'en');
  const fr = loadDataset(d, 'fr');
  if (en.ok || fr.ok) throw new Error('loaded');
  expect(fr.path).toBe(en.path);
  return { path: en.path, en: en.message, fr: fr.message };
}

describe('loadDataset', () => {
  it('loads the bundled dataset, and the older versions of it after migration', () => {
    const current = loadDataset(bundled(), 'en');
    expect(current.ok && current.dataset.id).toBe('afp-palmyra-2016-03-27');
    for (const v of ['reference-v1.json', 'reference-v2.json']) {
      const r = loadDataset(JSON.parse(text(`test/fixtures/datasets/legacy/${v}`)), 'fr');
      expect(r.ok && r.dataset.version, v).toBe(3);
    }
  });

  it('says a number was expected where text was found', () => {
    expect(fault((d) => (d.entries[3].value.n = 'two thousand'))).toEqual({
      path: 'entries[3].value.n',
      en: 'expected a number, found text',
      fr: 'un nombre est attendu, du texte a été trouvé',
    });
    expect(fault((d) => (d.aliases[0].aliases = 'EI')).fr).toBe('une liste est attendue, du texte a été trouvé');
    expect(fault((d) => (d.entries[0].quote.start = 80.5)).en).toBe('expected a whole number, found 80.5');
  });

  it('names a missing required field, and an unknown one', () => {
    expect(fault((d) => delete d.entries[2].measures)).toEqual({ path: 'entries[2].measures', en: 'the required field “measures” is missing', fr: 'le champ obligatoire « measures » manque' });
    expect(fault((d) => (d.entries[4].match.abuot = ['palmyra'])).path).toBe('entries[4].match.abuot');
    expect(fault((d) => (d.entries[4].match.abuot = ['palmyra'])).en).toMatch(/^unknown field “abuot”/);
  });

  it('explains a wrong id, date, language, unit and kind', () => {
    expect(fault((d) => (d.entries[5].id = 'Is Capture'))).toMatchObject({ path: 'entries[5].id', en: expect.stringContaining('“Is Capture” is not a valid id') });
    expect(fault((d) => (d.id = 'Palmyra_2016'))).toMatchObject({ path: 'id', fr: expect.stringContaining('n’est pas un identifiant valide') });
    expect(fault((d) => (d.entries[2].reported = '27/03/2016'))).toMatchObject({ path: 'entries[2].reported', en: '“27/03/2016” is not a date written year-month-day, like “2016-03-27”' });
    expect(fault((d) => (d.entries[2].reported = '2016-02-30'))).toMatchObject({ path: 'entries[2].reported', en: '“2016-02-30” is not a day of the calendar', fr: '« 2016-02-30 » n’est pas un jour du calendrier' });
    expect(fault((d) => (d.source.language = 'French')).path).toBe('source.language');
    expect(fault((d) => (d.entries[1].unit = 'kilometres')).en).toMatch(/unit of time or distance/);
    expect(fault((d) => (d.entries[1].kind = 'deaths')).en).toMatch(/^“deaths” is not allowed here: expected one of “casualties”, “date”/);
    expect(fault((d) => (d.entries[1].value.type = 'amount')).path).toBe('entries[1].value.type');
  });

  it('accepts a count of anything', () => {
    const d = bundled();
    d.entries[1].unit = 'vehicle';
    d.entries[1].kind = 'quantity';
    expect(loadDataset(d, 'en').ok).toBe(true);
  });

  it('reports the first fault in the file, not the first the schema meets', () => {
    const d = bundled();
    d.entries[7].gloss = 42;
    d.entries[3].quote.text = '';
    d.source.publisher = '';
    const r = loadDataset(d, 'en');
    expect(r).toEqual({ ok: false, path: 'source.publisher', message: 'must not be empty' });
  });

  it('checks what the schema cannot: unique ids, alias groups that exist, quotes and dates in order', () => {
    expect(fault((d) => (d.entries[9].id = d.entries[2].id))).toEqual({
      path: 'entries[9].id',
      en: 'the id “recapture-date” is already used at entries[2].id',
      fr: 'l’identifiant « recapture-date » est déjà utilisé en entries[2].id',
    });
    expect(fault((d) => d.entries[4].match.about.push('atlantis'))).toMatchObject({ path: 'entries[4].match.about[1]', en: expect.stringContaining('no alias group has the id “atlantis”') });
    expect(fault((d) => (d.entries[4].quote.end = d.entries[4].quote.start))).toMatchObject({ path: 'entries[4].quote.end' });
    expect(fault((d) => (d.entries[2].value.end = '2016-03-01'))).toEqual({
      path: 'entries[2].value.end',
      en: 'the end date 2016-03-01 is before the start date 2016-03-27',
      fr: 'la date de fin 2016-03-01 précède la date de début 2016-03-27',
    });
    expect(fault((d) => (d.entries[7].match.window.start = '2016-04-01')).path).toBe('entries[7].match.window.end');
  });

  it('finds a quote that is not at its offsets in the text the dataset holds', () => {
    expect(fault((d) => (d.source.text = text('data/afp-palmyra-2016-03-27.txt').replace('400 jihadistes', '401 jihadistes'))).path).toBe('entries[7].quote.text');
    // Says where the quote is when it is elsewhere: offsets shifted by an edit above it.
    const shifted = fault((d) => (d.source.text = `Dépêche. ${text('data/afp-palmyra-2016-03-27.txt')}`));
    expect(shifted.en).toMatch(/is not at these offsets in the source's text \(it is at \d+–\d+\)$/);
    expect(shifted.fr).toMatch(/\(il est en \d+–\d+\)$/);
    const d = bundled();
    d.source.text = text('data/afp-palmyra-2016-03-27.txt');
    expect(loadDataset(d, 'en').ok).toBe(true);
  });

  it('refuses a file without a version, or of a version to come', () => {
    expect(fault((d) => delete d.version)).toMatchObject({ path: 'version', en: expect.stringContaining('has no “version”') });
    expect(fault((d) => (d.version = 4))).toMatchObject({ path: 'version', en: expect.stringContaining('version 4, newer than this version of Palmyra reads (1 to 3)') });
    expect(loadDataset([], 'en')).toEqual({ ok: false, path: '(root)', message: 'expected an object, found a list' });
  });
});

describe('the fixture datasets', () => {
  it('loads the Wendmouth flood dataset, and reports the one error of its invalid copy at its exact path', () => {
    expect(parseDatasetFile(text('test/fixtures/datasets/wendmouth-flood-2023-09-12.json'), 'en').ok).toBe(true);
    const invalid = text('test/fixtures/datasets/invalid-vehicle-count.json');
    expect(parseDatasetFile(invalid, 'en')).toEqual({ ok: false, path: 'entries[4].value.n', message: 'expected a number, found text' });
    expect(parseDatasetFile(invalid, 'fr')).toEqual({ ok: false, path: 'entries[4].value.n', message: 'un nombre est attendu, du texte a été trouvé' });
  });
});

describe('parseDatasetFile', () => {
  it('says where the JSON breaks, in plain words', () => {
    const r = parseDatasetFile('{\n  "version": 3,\n  "id": "x"\n  "source": {}\n}', 'en');
    expect(r).toMatchObject({ ok: false, path: '(root)' });
    expect(!r.ok && r.message).toMatch(/^the file is not valid JSON \(line 4, column 3\)/);
    const fr = parseDatasetFile('{"version": 3,', 'fr');
    expect(!fr.ok && fr.message).toMatch(/^le fichier n'est pas du JSON valide/);
    expect(parseDatasetFile('  \n', 'en')).toEqual({ ok: false, path: '(root)', message: 'the file is empty' });
  });

  it('loads a valid file, byte-order mark and all', () => {
    expect(parseDatasetFile(`\uFEFF${text('data/reference.json')}`, 'en').ok).toBe(true);
  });
});

describe('formatPath', () => {
  it('writes paths as JavaScript would', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['entries', 3, 'value', 'n'])).toBe('entries[3].value.n');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath(['aliases', 0, 'odd key'])).toBe('aliases[0]["odd key"]');
  });
});
