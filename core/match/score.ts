// How likely a page figure states the same fact as a reference entry, from 0 to 1: what it
// measures (killed, sorties, launched...), the event it belongs to, and who it counts. A low
// score means no match: a true figure shown as "differs" because it was tied to the wrong fact
// is the worst error this product can make.
import type { Figure } from '../claims/figures';
import type { CompiledEntry } from '../reference/compile';
import type { Evidence, Place } from './evidence';
import { PAGE_WEIGHT } from './evidence';

export interface Candidate {
  entry: CompiledEntry;
  score: number;
  /** The words of the page that tied the figure to the entry. */
  because: string[];
}

/** Below this, a figure is not tied to any entry. */
export const MATCH_THRESHOLD = 0.12;
/** A measure word must stand in the figure's sentence (or be inherited from the figure it continues). */
const MIN_MEASURE = 0.3;
/** Running totals ("270.000 morts depuis cinq ans") hold near the dispatch's date only. */
const TIME_SENSITIVE_DAYS = 45;

function best(groups: string[], ...maps: Map<string, Place>[]): Place | undefined {
  let top: Place | undefined;
  for (const m of maps) {
    for (const g of groups) {
      const p = m.get(g);
      if (p && (!top || p.weight > top.weight)) top = p;
    }
  }
  return top;
}

export interface PageFacts {
  /** The page's date as a day number, when known. */
  published?: number;
  dispatchDay: number;
}

/**
 * Scores one entry for one figure; undefined when a hard rule rules it out.
 * `period`: the figure is a period ("du 9 au 27 mars") checked against an entry that opens or closes the event.
 */
export function scoreEntry(f: Figure, ev: Evidence, e: CompiledEntry, page: PageFacts, options: { period?: boolean } = {}): Candidate | undefined {
  if (f.dimension !== e.dimension) return undefined;
  const m = e.entry.match;
  if (f.dimension === 'count') {
    if (f.unit === 'percent' || ev.countsSomethingElse || ev.partOfWhole) return undefined;
  }
  if (m.timeSensitive && page.published !== undefined && Math.abs(page.published - page.dispatchDay) > TIME_SENSITIVE_DAYS) return undefined;
  if (m.window && ev.narrowWindowMarker) return undefined;

  const because: string[] = [];
  let measure: number;
  if (options.period) {
    if (!m.periodRole) return undefined;
    measure = 1; // the period itself says when the event began and ended
  } else {
    const place =
      f.dimension === 'duration' ? best(m.measure, ev.sentence, ev.block, ev.heading) : best(m.measure, ev.sentence);
    if (!place || place.weight < (f.dimension === 'duration' && !ev.sentence.size ? 0.25 : MIN_MEASURE)) return undefined;
    measure = place.weight;
    because.push(place.phrase);
  }

  const event = best(m.event, ev.sentence, ev.block, ev.heading, ev.page);
  if (!event || event.weight < PAGE_WEIGHT) return undefined;
  if (!because.includes(event.phrase)) because.push(event.phrase);

  let subject = 1;
  if (m.subject.length > 0 && f.dimension !== 'count') {
    // Dates and ranks: the subject need only be named in the sentence ("IS captured the city in May 2015").
    const named = best(m.subject, ev.sentence, ev.block);
    subject = named ? 1 : 0.5;
  } else if (m.subject.length > 0) {
    if (ev.subject) {
      if (m.subject.includes(ev.subject.group)) {
        subject = 1;
        if (!because.includes(ev.subject.phrase)) because.unshift(ev.subject.phrase);
      } else if (ev.subject.group === 'people') subject = 0.5; // "400 morts": plain dead, not said whose
      else return undefined; // jihadists are not troops
    } else subject = 0.5;
  } else if (ev.subject && ev.subject.group !== 'people' && f.dimension === 'count') {
    // The entry counts no one, the page counts someone: "400 jihadistes" is not "400 cibles".
    return undefined;
  }
  return { entry: e, score: measure * event.weight * subject, because };
}
