// Loads a reader's dataset: upgrade from an older version (migrate.ts), the schema (zod), then what
// the schema cannot say and needs no article (ids unique, alias groups that exist, quotes and dates
// in order, days of the calendar; quotes at their offsets when the dataset holds its text). A refused
// file gets its first fault, in the file's order, as a JSON path and plain words in the UI language
// (load-messages.ts). Uses zod: for the background, the options page and node, never the content script.
import type { $ZodIssue } from 'zod/v4/core';
import { dayFromIso } from '../dates/calendar';
import type { Lang } from '../types';
import { faultMessage, type JsonKind, type LoadFault } from './load-messages';
import { DatasetVersionError, migrateDataset } from './migrate';
import { COUNT_UNIT_PATTERN, DATASET_VERSION, ID_PATTERN, ISO_DATE_PATTERN, LANGUAGE_TAG_PATTERN, ReferenceDataset, type DatasetT } from './schema';

export type LoadResult = { ok: true; dataset: DatasetT } | { ok: false; path: string; message: string };

type Path = Array<string | number>;
export interface Fault {
  path: Path;
  fault: LoadFault;
}

/** `entries[3].value.n`; the whole file is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

/** The dataset, upgraded and checked; or the first fault of the file, where it is and what is wrong. */
export function loadDataset(json: unknown, lang: Lang): LoadResult {
  let data: unknown;
  try {
    data = migrateDataset(json);
  } catch (e) {
    if (!(e instanceof DatasetVersionError)) throw e;
    return refuse(versionFault(e, json), lang);
  }
  const parsed = ReferenceDataset.safeParse(data);
  if (!parsed.success) {
    const faults = parsed.error.issues.flatMap((issue) => faultsOfIssue(issue, data));
    return refuse(first(faults, data), lang);
  }
  const faults = semanticFaults(parsed.data);
  if (faults.length > 0) return refuse(first(faults, data), lang);
  return { ok: true, dataset: parsed.data };
}

/** A dataset file's text: invalid JSON is reported in plain words before anything else. */
export function parseDatasetFile(text: string, lang: Lang): LoadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return refuse({ path: [], fault: { kind: 'empty-file' } }, lang);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return refuse({ path: [], fault: { kind: 'invalid-json', ...lineAndColumn(body, (e as Error).message) } }, lang);
  }
  return loadDataset(json, lang);
}

function refuse(f: Fault, lang: Lang): LoadResult {
  return { ok: false, path: formatPath(f.path), message: faultMessage(f.fault, lang) };
}

/** Where JSON.parse stopped, from its message ("… at position 123", and in newer engines "(line 5 column 3)"). */
function lineAndColumn(text: string, message: string): { line?: number; column?: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return /end of JSON input|Unterminated/i.test(message) ? lineAndColumnAt(text, text.length) : {};
  return lineAndColumnAt(text, Number(pos[1]));
}

function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function versionFault(e: DatasetVersionError, json: unknown): Fault {
  if (e.problem === 'not-an-object') return { path: [], fault: { kind: 'wrong-type', expected: 'object', found: kindOf(json) } };
  if (e.problem === 'no-version') return { path: ['version'], fault: { kind: 'no-version' } };
  const v = e.version;
  if (typeof v === 'number' && Number.isInteger(v) && v > DATASET_VERSION) return { path: ['version'], fault: { kind: 'newer-version', version: v, latest: DATASET_VERSION } };
  return { path: ['version'], fault: { kind: 'unknown-version', version: typeof v === 'string' ? v : JSON.stringify(v), latest: DATASET_VERSION } };
}

function kindOf(value: unknown): JsonKind {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  return 'object';
}

const EXPECTED: Record<string, JsonKind> = { number: 'number', int: 'integer', string: 'text', boolean: 'boolean', array: 'list', object: 'object', null: 'null' };

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function has(data: unknown, path: readonly PropertyKey[]): boolean {
  const parent = at(data, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, path[path.length - 1]!);
}

const patternOf = (p: RegExp) => String(p);

export function faultsOfIssue(issue: $ZodIssue, data: unknown): Fault[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const value = at(data, path);
  const shown = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  switch (issue.code) {
    case 'invalid_type':
      if (path.length > 0 && !has(data, path)) return [{ path, fault: { kind: 'missing', field: String(path[path.length - 1]) } }];
      if (issue.expected === 'int' && typeof value === 'number') return [{ path, fault: { kind: 'not-whole', found: value } }];
      return [{ path, fault: { kind: 'wrong-type', expected: EXPECTED[issue.expected] ?? 'object', found: kindOf(value) } }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], fault: { kind: 'unknown-field', field: key } }));
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      if (typeof value !== 'string') return [{ path, fault: { kind: 'wrong-type', expected: 'text', found: kindOf(value) } }];
      if (pattern === patternOf(ID_PATTERN)) return [{ path, fault: { kind: 'id-format', found: value } }];
      if (pattern === patternOf(ISO_DATE_PATTERN)) return [{ path, fault: { kind: 'date-format', found: value } }];
      if (pattern === patternOf(LANGUAGE_TAG_PATTERN)) return [{ path, fault: { kind: 'language-tag', found: value } }];
      if (pattern === patternOf(COUNT_UNIT_PATTERN)) return [{ path, fault: { kind: 'unit-format', found: value } }];
      return [{ path, fault: { kind: 'other', detail: issue.message } }];
    }
    case 'invalid_value':
      return [{ path, fault: { kind: 'one-of', options: issue.values.map(String), found: shown } }];
    case 'invalid_union': {
      // A value's `type` none of the kinds: say which are.
      const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]).map(String) : [];
      if (!has(data, path)) return [{ path, fault: { kind: 'missing', field: String(path[path.length - 1]) } }];
      if (options.length > 0) return [{ path, fault: { kind: 'one-of', options, found: shown } }];
      return [{ path, fault: { kind: 'other', detail: issue.message } }];
    }
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') return [{ path, fault: { kind: 'empty' } }];
      return [{ path, fault: { kind: 'at-least', minimum: Number(issue.minimum) } }];
    case 'custom':
      if (issue.params?.problem === 'unit-dimension') return [{ path, fault: { kind: 'unit-dimension', found: shown } }];
      return [{ path, fault: { kind: 'other', detail: issue.message } }];
    default:
      return [{ path, fault: { kind: 'other', detail: issue.message } }];
  }
}

/**
 * What the schema cannot say: references, order, real days, and quotes at their offsets in `text` (by
 * default the dataset's own text; without one, quotes are not checked).
 */
export function semanticFaults(d: DatasetT, text: string | undefined = d.source.text): Fault[] {
  const faults: Fault[] = [];
  const day = (path: Path, iso: string) => {
    if (dayFromIso(iso) === undefined) faults.push({ path, fault: { kind: 'no-such-day', found: iso } });
  };
  const span = (path: Path, s: { start: string; end: string }) => {
    day([...path, 'start'], s.start);
    day([...path, 'end'], s.end);
    if (dayFromIso(s.start) !== undefined && dayFromIso(s.end) !== undefined && s.start > s.end) faults.push({ path: [...path, 'end'], fault: { kind: 'date-order', start: s.start, end: s.end } });
  };
  const quoted = (path: Path, q: { text: string; start: number; end: number }) => {
    if (q.start >= q.end) faults.push({ path: [...path, 'end'], fault: { kind: 'quote-order', start: q.start, end: q.end } });
    else if (text !== undefined && text.slice(q.start, q.end) !== q.text) {
      const found = text.indexOf(q.text);
      faults.push({ path: [...path, 'text'], fault: { kind: 'not-in-text', text: q.text, ...(found >= 0 && { found }) } });
    }
  };

  day(['source', 'dispatchDate'], d.source.dispatchDate);
  if (d.source.copyHeader) quoted(['source', 'copyHeader'], d.source.copyHeader);

  const groups = new Map<string, number>();
  d.aliases.forEach((g, i) => {
    const seen = groups.get(g.id);
    if (seen !== undefined) faults.push({ path: ['aliases', i, 'id'], fault: { kind: 'duplicate-id', id: g.id, first: formatPath(['aliases', seen, 'id']) } });
    else groups.set(g.id, i);
  });
  const group = (path: Path, id: string) => {
    if (!groups.has(id)) faults.push({ path, fault: { kind: 'unknown-group', id } });
  };
  d.aliases.forEach((g, i) => {
    if (g.within) group(['aliases', i, 'within'], g.within);
  });

  const ids = new Map<string, number>();
  d.entries.forEach((e, i) => {
    const here: Path = ['entries', i];
    const seen = ids.get(e.id);
    if (seen !== undefined) faults.push({ path: [...here, 'id'], fault: { kind: 'duplicate-id', id: e.id, first: formatPath(['entries', seen, 'id']) } });
    else ids.set(e.id, i);
    const v = e.value;
    if (v.type === 'date') span([...here, 'value'], v);
    if (v.type === 'range' && v.min > v.max) faults.push({ path: [...here, 'value', 'max'], fault: { kind: 'range-order', min: v.min, max: v.max } });
    if (v.type === 'vague' && v.max !== null && v.min > v.max) faults.push({ path: [...here, 'value', 'max'], fault: { kind: 'range-order', min: v.min, max: v.max } });
    if ((v.type === 'date') !== (e.unit === 'date') || (v.type === 'date' && e.kind !== 'date')) faults.push({ path: [...here, 'unit'], fault: { kind: 'date-unit' } });
    if (e.attribution) group([...here, 'attribution', 'source'], e.attribution.source);
    quoted([...here, 'quote'], e.quote);
    day([...here, 'reported'], e.reported);
    if (e.inference) day([...here, 'inference', 'resolvedAgainst'], e.inference.resolvedAgainst);
    const m = e.match;
    for (const slot of ['counts', 'subject', 'about', 'eventWords', 'context', 'startOf', 'excludes'] as const) {
      (m[slot] ?? []).forEach((id, k) => group([...here, 'match', slot, k], id));
    }
    if (m.window) span([...here, 'match', 'window'], m.window);
    if (m.when) span([...here, 'match', 'when'], m.when);
  });
  d.excluded.forEach((x, i) => quoted(['excluded', i], x));
  return faults;
}

/** The fault that comes first in the file: keys in the file's order, a missing key after its siblings. */
function first(faults: Fault[], data: unknown): Fault {
  const position = (path: Path): number[] =>
    path.map((key, depth) => {
      if (typeof key === 'number') return key;
      const parent = at(data, path.slice(0, depth));
      const keys = parent !== null && typeof parent === 'object' ? Object.keys(parent) : [];
      const i = keys.indexOf(key);
      return i >= 0 ? i : keys.length;
    });
  const compare = (a: number[], b: number[]) => {
    for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
    return a.length - b.length;
  };
  return faults.map((f) => ({ f, p: position(f.path) })).sort((a, b) => compare(a.p, b.p))[0]!.f;
}
