import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset } from './check';
import { DatasetVersionError, migrateDataset } from './migrate';
import { ReferenceDataset } from './schema';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
// The bundled dataset as it was at version 1 (commit 45657f8) and at version 2 (before version 3).
const v1 = () => read('test/fixtures/datasets/legacy/reference-v1.json');
const v2 = () => read('test/fixtures/datasets/legacy/reference-v2.json');
const article = readFileSync(join(ROOT, 'data', 'afp-palmyra-2016-03-27.txt'), 'utf8');

type Dataset = ReturnType<typeof ReferenceDataset.parse>;

/** Subjects given to entries since version 3 came out: who acted in the Russian intervention. */
const LATER_SUBJECTS: Record<string, string[]> = { 'russian-intervention-start': ['russia'] };

/**
 * The bundled file without the data edited since version 3 came out (aliases and alias groups added,
 * a toll's `excludes`, LATER_SUBJECTS): those are no migration, so the migrated version 2 file is
 * compared without them. Aliases removed since ("won" left the recapture's words) are taken out of the
 * migrated file.
 */
function withoutLaterEdits(current: Dataset, old: { aliases: Array<{ id: string; aliases: string[] }> }): Dataset {
  const oldAliases = new Map(old.aliases.map((g) => [g.id, new Set(g.aliases)]));
  return {
    ...current,
    aliases: current.aliases.filter((g) => oldAliases.has(g.id)).map((g) => ({ ...g, aliases: g.aliases.filter((a) => oldAliases.get(g.id)?.has(a)) })),
    entries: current.entries.map((e) => {
      const { excludes: _, ...match } = e.match;
      const later = LATER_SUBJECTS[e.id] ?? [];
      return { ...e, match: { ...match, subject: match.subject.filter((s) => !later.includes(s)) } };
    }),
  };
}

describe('migrateDataset', () => {
  it('upgrades the version 1 file, which then validates against its article', () => {
    const old = v1();
    expect(old.version).toBe(1);
    const data = migrateDataset(old) as ReturnType<typeof ReferenceDataset.parse>;
    expect(ReferenceDataset.safeParse(data).success).toBe(true);
    expect(checkDataset(data, article)).toEqual([]);
    expect(data).toMatchObject({ version: 3, id: 'afp-palmyra-2016-03-27' });
    // measure → counts, event → about (the event's own word goes to counts), subject and window kept.
    const entry = (id: string) => data.entries.find((e) => e.id === id)!.match;
    expect(entry('recapture-date')).toEqual({ counts: ['recapture'], subject: [], about: ['palmyra'] });
    expect(entry('is-killed-palmyra')).toEqual({ counts: ['killed'], subject: ['islamic-state'], about: ['palmyra-battle', 'palmyra'], window: { start: '2016-03-07', end: '2016-03-27' } });
    expect(entry('kobane-defeat-date')).toMatchObject({ counts: ['kobane', 'defeat'], about: ['kobane'] });
    expect(old.entries[0].match.event).toBeDefined(); // the input is left as it was
  });

  it('upgrades the version 2 file to the bundled version 3, field for field', () => {
    const data = migrateDataset(v2());
    expect(ReferenceDataset.safeParse(data).success).toBe(true);
    // The version 2 file as written: an alias the migration lost would be missing from `data` only.
    const bundled = read('data/reference.json');
    expect(withoutLaterEdits(data as Dataset, bundled)).toEqual(withoutLaterEdits(bundled, v2()));
    expect(Object.keys(data as object).slice(0, 3)).toEqual(['$schema', 'version', 'id']);
  });

  it('returns a current file as it is', () => {
    const current = read('data/reference.json');
    expect(migrateDataset(current)).toBe(current);
  });

  it('refuses a version it does not know, saying which versions it reads', () => {
    expect(() => migrateDataset({ ...v2(), version: 4 })).toThrow('the dataset is of version 4, newer than this program reads (versions 1 to 3)');
    expect(() => migrateDataset({ ...v2(), version: '2' })).toThrow(/version "2" is none this program reads/);
    expect(() => migrateDataset({ ...v2(), version: 0 })).toThrow(DatasetVersionError);
  });

  it('refuses a file without a version, and anything but an object', () => {
    const { version: _, ...unversioned } = v2();
    expect(() => migrateDataset(unversioned)).toThrow('the dataset has no "version"');
    try {
      migrateDataset(unversioned);
    } catch (e) {
      expect((e as DatasetVersionError).problem).toBe('no-version');
    }
    expect(() => migrateDataset([])).toThrow('a dataset is a JSON object');
    expect(() => migrateDataset(null)).toThrow(DatasetVersionError);
  });
});
