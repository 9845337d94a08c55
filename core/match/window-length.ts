// "400 jihadistes tués en vingt jours": the span written as a count's window states the length of
// that count's window. When the count is the same fact as an entry whose window is known, the span
// is compared with the duration entry that covers the same days (the battle's "20 jours de combats").
// The count was accepted only if its window fits, so the span can match, never differ: a span that
// does not fit made the count another fact, and then nothing is said of either.
import type { CompiledEntry } from '../reference/compile';
import type { Reading } from '../reading/reading';
import { intersects } from '../verdict';
import type { Judgement } from './same-fact';

const sameDays = (a: { min: number; max: number }, b: { min: number; max: number }) => a.min === b.min && a.max === b.max;

/** The duration entry that spans `countEntry`'s window, about one of its places. */
export function windowLengthEntry(countEntry: CompiledEntry, entries: readonly CompiledEntry[]): CompiledEntry | undefined {
  const window = countEntry.window;
  if (!window) return undefined;
  const about = countEntry.entry.match.about;
  return entries.find((e) => e.dimension === 'duration' && e.when && sameDays(e.when, window) && e.entry.match.about.some((g) => about.includes(g)));
}

/**
 * `span`: a duration read as the window of `count` (core/engine linkWindows); `countEntry`: the
 * entry the count was found to state. The judgement of the span against the window's length entry.
 */
export function judgeWindowLength(span: Reading, count: Reading, countEntry: CompiledEntry, entries: readonly CompiledEntry[]): Judgement | undefined {
  if (span.figure.dimension !== 'duration' || count.window?.value.figure !== span.figure) return undefined;
  const entry = windowLengthEntry(countEntry, entries);
  if (!entry || !intersects(span.figure.interval, entry.interval)) return undefined;
  return { entry, rule: 'window-length', ok: true, differs: false, why: `the window of ${count.figure.numberText ?? 'a count'} (${countEntry.entry.id})` };
}
