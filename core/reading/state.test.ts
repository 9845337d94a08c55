import { describe, expect, it } from 'vitest';
import { stateCountOf } from './state';
import { countIn } from './testing';

function state(text: string, needle: string): string | undefined {
  const { b, number, nounEnd } = countIn(text, needle);
  return stateCountOf(b, number, nounEnd)?.value;
}

describe('stateCountOf: people counted by the state they are in', () => {
  it.each([
    ['Selon le dernier point, 101 blessés étaient encore hospitalisés.', '101', 'hospitalisés'],
    ['Some 62 of the injured remain in intensive care.', '62', 'in intensive care'],
    ['Douze personnes sont toujours portées disparues.', 'Douze', 'portées disparues'],
    ['Le bilan passe à 35, quatre blessés ayant succombé.', 'quatre', 'ayant succombé'],
    ['Four of the injured later died in hospital.', 'Four', 'later died'],
    // Far from the noun, still in its phrase; "soignés" is a state too.
    ["Quelque 90 blessés des explosions de l'aéroport et du métro étaient encore hospitalisés lundi.", '90', 'hospitalisés'],
    ['Une centaine de blessés sont toujours soignés.', 'Une centaine', 'soignés'],
    // Displaced within the country, not those who fled it.
    ["Quelque 6 millions de déplacés à l'intérieur du pays s'ajoutent aux réfugiés.", 'Quelque 6 millions', "déplacés à l'intérieur"],
    ['Another 6.5 million Syrians are internally displaced.', '6.5 million', 'internally displaced'],
  ])('%s → %s', (text, needle, words) => {
    expect(state(text, needle)).toBe(words);
  });

  it.each([
    ['The bombings wounded 340 people, many of them seriously.', '340'],
    ['Les attentats ont fait 340 blessés mardi.', '340'],
    ['More than 400 IS fighters were killed in the battle.', '400'],
    ['Millions of Syrians have fled the country since 2011.', 'Millions'],
    ['Des millions de Syriens ont fui à l’étranger.', 'millions'],
    // The state of people another number counts.
    ['Le bilan a été porté à 35 morts en y ajoutant quatre personnes décédées à l\'hôpital.', '35'],
    ['The toll rose to 35 after four of the injured died in hospital.', '35'],
  ])('%s → %s counts those the event struck', (text, needle) => {
    expect(state(text, needle)).toBeUndefined();
  });
});
