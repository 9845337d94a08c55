// Two dates linked as a period are one period: "du 9 mars au 2 avril 2016", "from March 20 to April
// 2", "27 mars 2016 – 2 avril 2016", "entre le 20 mars et le 2 avril". The start takes its year from
// the end when it has none ("du 28 décembre au 3 janvier 2016": 28 December 2015), as in chrono-node's
// range refiner. Ranges within one month ("du 9 au 27 mars") are the day-month parser's.
import { tokenIndexAt, type DateText } from '../context';
import { ARTICLES, BETWEEN, DASHES, PAIR_LINKS, PERIOD_LINKS, PERIOD_LINK_LEADS } from '../lexicon';
import type { Reading } from '../types';

/** The longest text between two dates of a period: " jusqu'au ", " – ". */
const MAX_LINK_CHARS = 12;

function aDay(r: Reading): boolean {
  const p = r.parts;
  return (
    !r.time && !r.weak && p.day !== undefined && p.month !== undefined && p.end === undefined && p.shift === undefined &&
    p.yearOffset === undefined && p.anaphora === undefined
  );
}

/** "au", "to", "–", "jusqu'au", "et" after "entre": the link's kind, or undefined when the tokens between are none. */
export function linkBetween(x: DateText, a: Pick<Reading, 'start' | 'end'>, b: Pick<Reading, 'start' | 'end'>): 'period' | undefined {
  const from = tokenIndexAt(x.tokens, a.end);
  const to = tokenIndexAt(x.tokens, b.start);
  let link: string | undefined;
  for (let k = from; k < to; k++) {
    const n = x.norm(k)!;
    if (PERIOD_LINK_LEADS.has(n) || (link !== undefined && ARTICLES.has(n))) continue;
    if (link !== undefined) return undefined;
    link = n;
  }
  if (link === undefined) return undefined;
  if (PERIOD_LINKS.has(link) || DASHES.has(link)) return 'period';
  if (PAIR_LINKS.has(link)) {
    const before = tokenIndexAt(x.tokens, a.start) - 1;
    const p = x.norm(before) ?? '';
    if (BETWEEN.has(p) || (ARTICLES.has(p) && BETWEEN.has(x.norm(before - 1) ?? ''))) return 'period';
  }
  return undefined;
}

/** Merges in place (the array is compacted) and returns it. */
export function mergeRanges(readings: Reading[], x: DateText): Reading[] {
  let n = 0;
  for (let k = 0; k < readings.length; k++) {
    const a = readings[k]!;
    const b = readings[k + 1];
    if (b !== undefined && b.start - a.end <= MAX_LINK_CHARS && b.start > a.end && aDay(a) && aDay(b) && linkBetween(x, a, b) === 'period') {
      const end = { day: b.parts.day, month: b.parts.month, ...(b.parts.year !== undefined ? { year: b.parts.year } : {}) };
      readings[n++] = {
        start: a.start,
        end: b.end,
        parser: `${a.parser}…${b.parser}`,
        parts: { ...a.parts, end, isPeriod: true },
        ...(a.weekday || b.weekday ? { weekday: true } : {}),
      };
      k++;
      continue;
    }
    readings[n++] = a;
  }
  readings.length = n;
  return readings;
}
