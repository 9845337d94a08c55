// Upgrades a dataset file of an earlier format version to the current one (schema.ts DATASET_VERSION),
// before it is validated. Each step maps the old fields to the new ones as faithfully as it can, and
// leaves the rest to validation.
//
// Version 1 (commit 45657f8): an entry's `match` had `subject`, `event` (the event or topic) and
//   `measure` (what the figure says of it).
// Version 2: `match` has `counts` (what the figure counts or measures), `subject`, `about` (proper
//   names of the place or event) and optional finer slots; alias groups may say what they name.
// Version 3: the dataset has an `id`; `source.language` is any language tag; `copyHeader`,
//   `dispatchWeekday`, `dateExplanation` and `file` are optional; `source.text` may hold the
//   article; units may be counts of anything.
import { DATASET_VERSION } from './schema';

export type MigrationProblem = 'not-an-object' | 'no-version' | 'unknown-version';

/** A file this version of the extension cannot upgrade: not a dataset object, no version, or a version it does not know. */
export class DatasetVersionError extends Error {
  constructor(
    readonly problem: MigrationProblem,
    readonly version?: unknown,
  ) {
    super(
      problem === 'not-an-object'
        ? 'a dataset is a JSON object'
        : problem === 'no-version'
          ? 'the dataset has no "version": it cannot be told which format it is written in'
          : typeof version === 'number' && Number.isInteger(version) && version > DATASET_VERSION
            ? `the dataset is of version ${version}, newer than this program reads (versions 1 to ${DATASET_VERSION})`
            : `the dataset's version ${JSON.stringify(version)} is none this program reads (versions 1 to ${DATASET_VERSION})`,
    );
    this.name = 'DatasetVersionError';
  }
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Version 1 → 2: `measure` → `counts`, `event` → `about` (less what `counts` already names), `subject` and `window` kept. */
function v1to2(data: Json): Json {
  const entries = Array.isArray(data.entries)
    ? data.entries.map((entry: unknown) => {
        if (!isObject(entry) || !isObject(entry.match)) return entry;
        const { event, measure, ...rest } = entry.match;
        const counts = Array.isArray(measure) ? measure : [];
        // v1 listed the event's own word in both ("recapture" was the event and the measure): in v2 it
        // is what the figure counts, and `about` keeps the names.
        const events = Array.isArray(event) ? event : [];
        const names = events.filter((g) => !counts.includes(g));
        const about = names.length > 0 ? names : events;
        return { ...entry, match: { counts, subject: rest.subject ?? [], about, ...withoutKeys(rest, ['subject']) } };
      })
    : data.entries;
  return { ...data, version: 2, entries };
}

/** Version 2 → 3: the dataset gets an id, made from its article's file name (or its publisher and date). */
function v2to3(data: Json): Json {
  const source = isObject(data.source) ? data.source : {};
  const base = typeof source.file === 'string' ? source.file.replace(/\.[^.]*$/, '') : [source.publisher, source.dispatchDate].filter((x) => typeof x === 'string').join('-');
  const id = kebab(base);
  const { $schema, version: _, ...rest } = data;
  return { ...($schema !== undefined ? { $schema } : {}), version: 3, ...(id ? { id } : {}), ...rest };
}

const STEPS: Record<number, (data: Json) => Json> = { 1: v1to2, 2: v2to3 };

/**
 * The dataset upgraded to the current version (a new object; the input is left as it was). A file of
 * the current version comes back as it is. Throws DatasetVersionError for a file without a version,
 * of a version this program does not know, or no object at all.
 */
export function migrateDataset(json: unknown): unknown {
  if (!isObject(json)) throw new DatasetVersionError('not-an-object');
  if (!('version' in json) || json.version === undefined || json.version === null) throw new DatasetVersionError('no-version');
  const stated = json.version;
  if (typeof stated !== 'number' || !Number.isInteger(stated) || stated < 1 || stated > DATASET_VERSION) throw new DatasetVersionError('unknown-version', stated);
  let version: number = stated;
  let data: Json = json;
  while (version < DATASET_VERSION) {
    data = STEPS[version]!(data);
    version = data.version as number;
  }
  return data;
}

function withoutKeys(o: Json, keys: string[]): Json {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/** "AFP Palmyre 2016-03-27.txt" → "afp-palmyre-2016-03-27". */
export function kebab(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
