import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../dates/calendar';
import { endedOn, runsUpTo } from './ended';
import { figureRange } from './reading';
import { blockOf } from './testing';

function ended(text: string, needle: string): string | undefined {
  const { b, figure } = blockOf(text);
  const all = b.figures.map((g) => ({ figure: g, range: figureRange(b, g) }));
  const day = endedOn(b, figure(needle).range, all)?.value;
  return day && isoFromDay(day.min);
}

describe('endedOn: the day a span ended, when its clause dates it', () => {
  it.each([
    ["Les jihadistes s'emparent de la ville le 21 mai 2015, après huit jours de combats.", 'huit jours', '2015-05-21'],
    ['IS overran the town on 21 May 2015, after eight days of fighting.', 'eight days', '2015-05-21'],
    ["L'armée est entrée dans la ville le 27 mars, au terme de vingt jours d'offensive.", 'vingt jours', '2016-03-27'],
    ['The group abandoned its siege in January 2015 after more than four months.', 'four months', '2015-01-01'],
    ['IS fighters overran the oasis on 20–21 May 2015, after a week-long assault.', 'week', '2015-05-20'],
    ["La ville est tombée entre le 18 et le 21 mai 2015, après une semaine d'assauts.", 'une semaine', '2015-05-21'],
    // An article between "after" and the span.
    ['IS fighters captured Palmyra on 21 May 2015 after an eight-day assault.', 'eight-day', '2015-05-21'],
    ["L'EI a pris la ville le 21 mai 2015, après une offensive de huit jours.", 'huit jours', '2015-05-21'],
    // The span is the complement of the noun after "after".
    ['The group took the oasis on 20 May 2015, after an assault of about a week.', 'about a week', '2015-05-20'],
    ["L'EI a pris la cité le 21 mai 2015, après un siège de huit jours.", 'huit jours', '2015-05-21'],
    // A chronology's entry: its date dates all of it.
    ["21 mai 2015 : après une offensive éclair d'une semaine, l'EI s'empare de la ville.", 'une semaine', '2015-05-21'],
    ['21 May 2015 - After a week-long push, IS overruns the town.', 'week', '2015-05-21'],
  ])('%s → %s ended on %s', (text, needle, day) => {
    expect(ended(text, needle)).toBe(day);
  });

  it.each([
    // No "after": the span is not the time before the clause's date.
    ['On 27 March, twenty days of fighting came to an end.', 'twenty days'],
    // The clause's date is a starting point.
    ['Since May 2015, after ten months of occupation, the city lies in ruins.', 'ten months'],
    // Words of another kind between "after" and the span: no noun and its complement.
    ['On 21 May 2015, after IS had fought for about a week, the town fell.', 'about a week'],
    // An article, but no "after": the span is the event's own length.
    ['On 27 March 2016 the army ended a twenty-day push.', 'twenty-day'],
    // The date stands in another sentence.
    ['IS overran the town on 21 May 2015. After eight days of fighting, the army left.', 'eight days'],
  ])('%s → %s: no end day', (text, needle) => {
    expect(ended(text, needle)).toBeUndefined();
  });
});

describe('runsUpTo: the day a length runs up to, written after it', () => {
  const upTo = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    const all = b.figures.map((g) => ({ figure: g, range: figureRange(b, g) }));
    const day = runsUpTo(b, figure(needle).range, all)?.value;
    return day && isoFromDay(day.interval.min);
  };
  it.each([
    ['Moscow listed 41 sorties in the 24 hours to 25 March.', '24 hours', '2016-03-25'],
    ['Over the seven days ending Sunday, March 20, the jets struck 90 targets.', 'seven days', '2016-03-20'],
    ['Its aircraft flew 61 missions in the 48 hours until March 24.', '48 hours', '2016-03-24'],
    ["Moscou a recensé 41 sorties dans les 24 heures précédant le 25 mars.", '24 heures', '2016-03-25'],
    ["L'état-major fait état de 90 frappes en une semaine jusqu'au dimanche 20 mars.", 'une semaine', '2016-03-20'],
  ])('%s → %s runs up to %s', (text, needle, day) => {
    expect(upTo(text, needle)).toBe(day);
  });
  it.each([
    // A month or a year ends no count of hours.
    ['The jets flew 41 sorties in the 24 hours to March 2016 alone.', '24 hours'],
    // The date is not right after the length.
    ['In the last 24 hours, to the relief of residents on 25 March, the shelling stopped.', '24 hours'],
    // A length up to something other than a day.
    ['The truce was extended by two weeks to allow talks.', 'two weeks'],
    ["Il a fallu 24 heures jusqu'à l'arrivée des secours, le 25 mars.", '24 heures'],
  ])('%s → %s: no day it runs up to', (text, needle) => {
    expect(upTo(text, needle)).toBeUndefined();
  });
});
