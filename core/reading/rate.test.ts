import { describe, expect, it } from 'vitest';
import { rateOf, rateUnitOf } from './rate';
import { figureRange } from './reading';
import { blockOf, countIn } from './testing';

function rate(text: string, needle: string): boolean {
  const { b, range, nounEnd } = countIn(text, needle);
  return !!rateOf(b, range, nounEnd);
}

describe('rateOf: a rate is not a total', () => {
  it.each([
    ['Pilots flew 20 to 25 sorties a day.', '20'],
    ["L'aviation menait de 20 à 25 sorties par jour.", '20'],
    ['Il effectuait 30 sorties quotidiennes.', '30'],
    ['The hall can handle 800 passengers an hour.', '800'],
    ['The jets flew a daily average of 30 missions.', '30'],
    // The rate's unit is a figure too; it is not another number's phrase.
    ['Its pilots flew 40 sorties in a day around the town.', '40'],
  ])('%s → %s is a rate', (text, needle) => expect(rate(text, needle)).toBe(true));

  it.each([
    ['Russian jets flew 40 sorties in 24 hours.', '40'],
    ['Les avions ont effectué 40 sorties et frappé 117 cibles.', '117'],
  ])('%s → %s is a total', (text, needle) => expect(rate(text, needle)).toBe(false));
});

describe('rateUnitOf: a span that is a rate\'s unit, not a length', () => {
  function unit(text: string, needle: string) {
    const { b, figure } = blockOf(text);
    const all = b.figures.map((g) => ({ figure: g, range: figureRange(b, g) }));
    return rateUnitOf(b, figure(needle).range, all)?.value;
  }
  it.each([
    ['It had averaged close to two dozen sorties a day over the area.', 'a day'],
    ['They averaged about two dozen strikes a day over the ruins.', 'a day'],
    // How often, with no count before it.
    ['Jets hit positions around the town several times a day.', 'a day'],
    ['The convoy came twice a week during the siege.', 'a week'],
  ])('%s → %s is a rate', (text, needle) => {
    expect(unit(text, needle)).toBe(true);
  });
  it.each([
    ['The monitor says 400 jihadists were killed in a day.', 'a day'],
    ['Some 40 soldiers needed a day to clear the road.', 'a day'],
    ['The 400 fighters held out for a day.', 'a day'],
  ])('%s → %s is a length', (text, needle) => {
    expect(unit(text, needle)).toBeUndefined();
  });
});
