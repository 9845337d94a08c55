import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { lengthSubject } from './length-subject';
import { predicatesInPhrase } from './predicate';
import { blockOf } from './testing';

const ref = reference();

function subject(text: string, needle: string): string | undefined {
  const { b, figure } = blockOf(text);
  const { range } = figure(needle);
  const predicate = predicatesInPhrase(b, range, (g) => ref.countGroups.has(g));
  if (!predicate) throw new Error(`no verb of length before "${needle}"`);
  return lengthSubject(b, predicate.value.range, range)?.value;
}

describe('lengthSubject: what a verb of length measures', () => {
  it.each([
    ['The journey to Lebanon took them 20 days, with stops in Homs.', '20 days', 'journey'],
    ['Le trajet vers la frontière a duré vingt jours.', 'vingt jours', 'trajet'],
    ['Their trek across the desert lasted three weeks.', 'three weeks', 'trek'],
  ])('%s → %s measures a %s', (text, needle, noun) => expect(subject(text, needle)).toBe(noun));

  it.each([
    // The subject is the reference's event or side, or no noun at all.
    ['The battle lasted 20 days.', '20 days'],
    ["L'offensive a duré vingt jours.", 'vingt jours'],
    ['It took the army 20 days to retake the town.', '20 days'],
    ['Il lui a fallu vingt jours pour reprendre la ville.', 'vingt jours'],
    ['Syrian troops needed three weeks to drive IS out.', 'three weeks'],
    ["Nous avions tenu vingt jours.", 'vingt jours'],
    // A window's preposition is no verb of length.
    ['Les avions ont effectué 40 sorties au-dessus de la région au cours des dernières 24 heures.', '24 heures'],
    // A name is no common noun of another thing.
    ['The UNESCO mission took 20 days.', '20 days'],
    // The word of the event is a noun the length qualifies, not a verb.
    ["Les troupes ont chassé l'EI de la cité au terme d'une offensive de vingt jours.", 'vingt jours'],
  ])('%s → %s measures the event in focus', (text, needle) => expect(subject(text, needle)).toBeUndefined());
});
