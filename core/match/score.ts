// How likely a page figure states the same fact as a reference entry, from 0 to 1: what it
// measures (killed, sorties, launched...), the event it belongs to, and who it counts. A low
// score means no match: a true figure shown as "differs" because it was tied to the wrong fact
// is the worst error this product can make.
import type { Figure } from '../claims/figures';
import type { CompiledEntry } from '../reference/compile';
import type { Evidence, Place } from './evidence';
import { PAGE_WEIGHT, weightOf } from './evidence';
import { DAYS_PER } from '../dates/calendar';

export interface Candidate {
  entry: CompiledEntry;
  score: number;
  /** How closely the measure word stands to the figure: within a sentence the nearest figure keeps the fact. */
  measure: number;
  /** The words of the page that tied the figure to the entry. */
  because: string[];
}

/** Below this, a figure is not tied to any entry. */
export const MATCH_THRESHOLD = 0.12;
/** A measure word must stand in the figure's sentence (or be inherited from the figure it continues). */
const MIN_MEASURE = 0.2;
const REMOTE_MEASURE = 0.2;
const AFTER_DATE = 0.5;
/** A toll of people that does not say whose ("le nombre de morts… ramené à 32") is still a toll of people. */
const UNSAID_PEOPLE = 0.8;
/** Running totals ("270.000 morts depuis cinq ans") hold near the dispatch's date only. */
const TIME_SENSITIVE_DAYS = 45;

function best(reach: 'measure' | 'event', groups: string[], ...maps: Map<string, Place | Place[]>[]): { weight: number; phrase: string } | undefined {
  return bestOf(reach, groups, maps);
}

/**
 * `dateAfter`: for a date that does not open its sentence, measure words after it belong to another
 * clause ("reopened on April 25, a month after the bombing"): they count for half.
 */
function bestOf(reach: 'measure' | 'event', groups: string[], maps: Array<Map<string, Place | Place[]> | undefined>, dateAfter?: Figure): { weight: number; phrase: string } | undefined {
  let top: { weight: number; phrase: string } | undefined;
  for (const m of maps) {
    if (!m) continue;
    for (const g of groups) {
      const found = m.get(g);
      if (!found) continue;
      for (const p of Array.isArray(found) ? found : [found]) {
      let weight = weightOf(p, reach);
      if (dateAfter && p.after && (p.distance ?? 0) > 2) weight *= AFTER_DATE;
      if (!top || weight > top.weight) top = { weight, phrase: p.phrase };
      }
    }
  }
  return top;
}

/** A proper name of the event stands nearer the figure than `distance` words, in its sentence. */
function namedNearer(groups: string[], ev: Evidence, distance: number): boolean {
  return groups.some((g) => ev.sentence.get(g)?.some((p) => p.named && (p.distance ?? Infinity) < distance));
}

function namesEvent(groups: string[], ev: Evidence): boolean {
  for (const g of groups) {
    if (ev.inherited?.get(g)?.named) return true;
    if (ev.sentence.get(g)?.some((p) => p.named)) return true;
    if (ev.block.get(g)?.named || ev.heading.get(g)?.named || ev.page.get(g)?.named) return true;
  }
  return false;
}

export interface PageFacts {
  /** The page's date as a day number, when known. */
  published?: number;
  dispatchDay: number;
  /** Events the reference dates (CompiledReference.datedEventGroups). */
  datedEventGroups?: Set<string>;
}

/**
 * A date named next to another of the reference's events than this entry's, both named in its
 * sentence, is that other event's date: "les attentats du 13 novembre à Paris… ceux de Bruxelles".
 */
function nearerOtherEvent(own: string[], ev: Evidence, dated: Set<string>): boolean {
  let ownNearest = Infinity;
  let otherNearest = Infinity;
  for (const [group, places] of ev.sentence) {
    for (const p of places) {
      if (!p.named || p.distance === undefined) continue;
      if (own.includes(group)) ownNearest = Math.min(ownNearest, p.distance);
      else if (dated.has(group)) otherNearest = Math.min(otherNearest, p.distance);
    }
  }
  return ownNearest !== Infinity && otherNearest < ownNearest;
}

/**
 * Scores one entry for one figure; undefined when a hard rule rules it out.
 * `period`: the figure is a period ("du 9 au 27 mars") checked against an entry that opens or closes the event.
 */
export function scoreEntry(f: Figure, ev: Evidence, e: CompiledEntry, page: PageFacts, options: { period?: boolean } = {}): Candidate | undefined {
  if (f.dimension !== e.dimension) return undefined;
  const m = e.entry.match;
  // A span written in minutes is not the same fact as one written in months ("40-minute documentary"
  // is not "20 jours de combats"): the units may differ by a factor of a hundred at most.
  if (f.dimension === 'duration' && f.unit) {
    const ratio = DAYS_PER[f.unit as keyof typeof DAYS_PER] / DAYS_PER[e.entry.unit as keyof typeof DAYS_PER];
    if (!(ratio <= 100 && ratio >= 0.01)) return undefined;
  }
  if (f.dimension === 'count') {
    if (f.unit === 'percent' || ev.countsSomethingElse || ev.partOfWhole) return undefined;
    // "les trois kamikazes" counts attackers, not the dead: the noun must be what the entry counts.
    if (ev.headGroups && ev.headGroups.size > 0 && ![...m.subject, ...m.measure, 'people'].some((g) => ev.headGroups!.has(g))) return undefined;
    if (m.subjectRequired && !(ev.subject && m.subject.includes(ev.subject.group))) return undefined;
  }
  if (m.timeSensitive && page.published !== undefined && Math.abs(page.published - page.dispatchDay) > TIME_SENSITIVE_DAYS) return undefined;
  if (m.window && ev.narrowWindowMarker) return undefined;
  if (ev.ageOfSomethingElse) return undefined;

  const because: string[] = [];
  let measure: number;
  if (options.period) {
    if (!m.periodRole) return undefined;
    measure = 1; // the period itself says when the event began and ended
  } else {
    // A bare duration in a table ("Période | 2 semaines et 4 jours") may take its measure from the
    // paragraph or the section's heading, weakly.
    let place = bestOf('measure', m.measure, [ev.sentence, ev.inherited], f.dimension === 'date' && !ev.fronted ? f : undefined);
    if (!place && f.dimension === 'duration') {
      const around = best('measure', m.measure, ev.block, ev.heading);
      if (around) place = { weight: REMOTE_MEASURE, phrase: around.phrase };
    }
    if (!place || place.weight < MIN_MEASURE) return undefined;
    // "depuis mai 2015" dates the start of a state: only an entry whose measure words include "since"
    // (held since, the war since, the truce since) can be dated by it, never a single day's event.
    if (ev.since && !e.measuresSince) return undefined;
    // A rank ranks the noun it stands before: "la deuxième grande défaite", not "the second test — talks".
    if (f.dimension === 'rank' && !m.measure.some((g) => ev.sentence.get(g)?.some((p) => (p.after || p.distance === 0) && (p.distance ?? 9) <= 1))) return undefined;
    // A duration written as an offset ("une semaine plus tôt") only fits a span between events, whose
    // measure word is the offset itself.
    if (ev.offset && !(m.measure.includes('interval-after') && place.weight >= 0.6)) return undefined;
    if (!ev.offset && m.measure.includes('interval-after')) return undefined;
    measure = place.weight;
    because.push(place.phrase);
  }

  const inherited = ev.inherited ?? new Map<string, Place>();
  const event = m.eventInSentence ? best('event', m.event, ev.sentence, inherited) : best('event', m.event, ev.sentence, inherited, ev.block, ev.heading, ev.page);
  if (!event || event.weight < PAGE_WEIGHT) return undefined;
  // Generic words ("campaign", "talks", "attacks") fit any story: a proper name of the event must
  // stand somewhere around the figure — its sentence, paragraph, section heading or the page's title.
  if (!namesEvent(m.topic ?? m.event, ev)) return undefined;
  if (m.context && !best('event', m.context, ev.sentence, ev.block, ev.heading, ev.page)) return undefined;
  if (f.dimension === 'date' && page.datedEventGroups && nearerOtherEvent([...m.event, ...(m.topic ?? [])], ev, page.datedEventGroups)) return undefined;
  // A figure about a place the reference does not know is about that place, unless its sentence
  // names the entry's event too ("in Baghdad" vs "in Brussels, 32 people…").
  if (ev.elsewhere && !namedNearer(m.topic ?? m.event, ev, ev.elsewhereDistance)) return undefined;
  if (!because.includes(event.phrase)) because.push(event.phrase);

  let subject = 1;
  if (m.subject.length > 0 && f.dimension !== 'count') {
    // Dates and ranks: the subject need only be named in the sentence ("IS captured the city in May 2015").
    const named = best('event', m.subject, ev.sentence, ev.block);
    subject = named ? 1 : 0.5;
  } else if (m.subject.length > 0) {
    if (ev.subject) {
      if (m.subject.includes(ev.subject.group)) {
        subject = 1;
        if (!because.includes(ev.subject.phrase)) because.unshift(ev.subject.phrase);
      } else if (ev.subject.group === 'people') subject = 0.5; // "400 morts": plain dead, not said whose
      else return undefined; // jihadists are not troops
    } else subject = m.subject.every((g) => g === 'people') ? UNSAID_PEOPLE : 0.5;
  } else if (ev.subject && ev.subject.group !== 'people' && f.dimension === 'count') {
    // The entry counts no one, the page counts someone: "400 jihadistes" is not "400 cibles".
    return undefined;
  }
  return { entry: e, score: measure * event.weight * subject, measure, because };
}
