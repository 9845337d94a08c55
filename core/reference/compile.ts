// Prepares the dataset for matching: every entry's value as an interval in its dimension (by the
// same policy as page figures), and one alias index over all groups. Type-only imports of the
// schema keep zod out of the content script.
import { AliasIndex } from '../match/aliases';
import { DAYS_PER } from '../dates/calendar';
import { dayFromIso } from '../dates/calendar';
import { qualifiedInterval } from '../claims/qualifiers';
import { COARSE_TIME_UNITS } from '../claims/units';
import type { Dimension, Interval } from '../types';
import type { UnitT } from './schema';
import type { RuntimeDataset, RuntimeEntry } from './runtime';

export interface CompiledEntry {
  entry: RuntimeEntry;
  dimension: Dimension;
  interval: Interval;
  /** The days a count covers, as day numbers. */
  window?: Interval;
  /** One of its measure groups holds "since"/"depuis": a date written "depuis mai 2015" can be it. */
  measuresSince: boolean;
}

export interface CompiledReference {
  dataset: RuntimeDataset;
  entries: CompiledEntry[];
  byId: Map<string, CompiledEntry>;
  aliases: AliasIndex;
  /** Groups that name who is counted somewhere in the dataset (jihadists, troops, people...). */
  subjectGroups: Set<string>;
  /** The dispatch's date as a day number. */
  dispatchDay: number;
  /** Groups whose proper names tie a page to some entry (each entry's topic, or its event). */
  topicGroups: Set<string>;
  /** The entries' events, not their actors: a date named next to one of them is its date. */
  datedEventGroups: Set<string>;
}

const TIME_UNIT_OF: Partial<Record<UnitT, keyof typeof DAYS_PER>> = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };

export function dimensionOf(unit: UnitT): Dimension {
  if (unit === 'date') return 'date';
  if (unit === 'km') return 'distance';
  if (unit === 'rank') return 'rank';
  if (TIME_UNIT_OF[unit]) return 'duration';
  return 'count';
}

function isoDay(iso: string): number {
  const d = dayFromIso(iso);
  if (d === undefined) throw new Error(`invalid date ${iso}`);
  return d;
}

export function entryInterval(entry: RuntimeEntry): Interval {
  const v = entry.value;
  // "autour du 9-10 avril": a day either side of an approximate date.
  if (v.type === 'date') {
    const slack = entry.qualifier.meaning === 'about' && (v.precision === 'day' || v.precision === 'days') ? 1 : 0;
    return { min: isoDay(v.start) - slack, max: isoDay(v.end) + slack };
  }
  if (v.type === 'vague') return { min: v.min, max: v.max ?? Infinity };
  const timeUnit = TIME_UNIT_OF[entry.unit];
  const scale = timeUnit ? DAYS_PER[timeUnit] : 1;
  if (v.type === 'range') return { min: v.min * scale, max: v.max * scale };
  const n = v.n * scale;
  if (timeUnit && entry.qualifier.meaning === 'exact' && COARSE_TIME_UNITS.has(timeUnit)) {
    return { min: n - scale / 2, max: n + scale / 2 };
  }
  return qualifiedInterval(n, entry.qualifier.meaning);
}

export function compileReference(dataset: RuntimeDataset): CompiledReference {
  const sinceGroups = new Set(dataset.aliases.filter((g) => g.aliases.some((a) => a === 'since' || a === 'depuis')).map((g) => g.id));
  const entries = dataset.entries.map((entry): CompiledEntry => ({
    measuresSince: entry.match.measure.some((g) => sinceGroups.has(g)),
    entry,
    dimension: dimensionOf(entry.unit),
    interval: entryInterval(entry),
    window: entry.match.window ? { min: isoDay(entry.match.window.start), max: isoDay(entry.match.window.end) } : undefined,
  }));
  return {
    dataset,
    entries,
    byId: new Map(entries.map((e) => [e.entry.id, e])),
    aliases: new AliasIndex(dataset.aliases),
    subjectGroups: new Set(dataset.entries.flatMap((e) => e.match.subject)),
    dispatchDay: isoDay(dataset.source.dispatchDate),
    topicGroups: new Set(dataset.entries.flatMap((e) => e.match.topic ?? e.match.event)),
    // Places and events, not who acts: "l'EI" or "Russian forces" next to a date do not make it theirs.
    datedEventGroups: new Set(dataset.entries.flatMap((e) => e.match.event).filter((g) => !dataset.entries.some((e) => e.match.subject.includes(g)))),
  };
}
