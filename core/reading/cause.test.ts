import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { causeOf } from './cause';
import { blockOf } from './testing';

const causes = reference().causeGroups;

describe('causeOf: a toll of one cause', () => {
  it.each([
    ['Russian air strikes killed more than 320 militants.'],
    ['Plus de 320 jihadistes ont été tués par les frappes russes.'],
    ['Les bombardements ont tué 80 combattants.'],
    ["Selon Moscou, au moins 80 combattants de l'EI ont été tués dans ces raids."],
    ['Moscow said its raids had killed at least 80 militants.'],
  ])('%s', (text) => {
    const { b } = blockOf(text);
    expect(causeOf(b, [0, b.tokens.length - 1], (g) => causes.has(g))?.value).toBe('strikes');
  });
  it.each([
    ['The fighting killed 400 IS militants.'],
    ["Tuesday's bombings in Brussels killed 31 people."],
    // "frappé" is the attacks' verb, not the noun of air strikes.
    ['Les attentats qui ont frappé Bruxelles mardi ont fait 31 morts.'],
  ])('%s: the whole toll', (text) => {
    const { b } = blockOf(text);
    expect(causeOf(b, [0, b.tokens.length - 1], (g) => causes.has(g))).toBeUndefined();
  });
});
