import { describe, expect, it } from 'vitest';
import { countedNoun } from './noun-phrase';
import { stateCountOf } from './state';
import { blockOf } from './testing';

function state(text: string, needle: string): string | undefined {
  const { b, figure } = blockOf(text);
  const f = figure(needle);
  const noun = countedNoun(b, f.figure);
  return stateCountOf(b, [f.range[0], f.figure.lastToken], noun ? Math.max(noun.value.range[1], f.figure.lastToken) : f.figure.lastToken)?.value;
}

describe('stateCountOf: people counted by the state they are in', () => {
  it.each([
    ['Selon le dernier point, 101 blessés étaient encore hospitalisés.', '101', 'hospitalisés'],
    ['Some 62 of the injured remain in intensive care.', '62', 'in intensive care'],
    ['Douze personnes sont toujours portées disparues.', 'Douze', 'portées disparues'],
    ['Le bilan passe à 35, quatre blessés ayant succombé.', 'quatre', 'ayant succombé'],
    ['Four of the injured later died in hospital.', 'Four', 'later died'],
  ])('%s → %s', (text, needle, words) => {
    expect(state(text, needle)).toBe(words);
  });

  it.each([
    ['The bombings wounded 340 people, many of them seriously.', '340'],
    ['Les attentats ont fait 340 blessés mardi.', '340'],
    ['More than 400 IS fighters were killed in the battle.', '400'],
  ])('%s → %s counts those the event struck', (text, needle) => {
    expect(state(text, needle)).toBeUndefined();
  });
});
