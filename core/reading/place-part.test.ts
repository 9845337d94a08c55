import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { capturedPart, shareOfPlace } from './place-part';
import { blockOf } from './testing';

const ref = reference();
const isEventWord = (g: string) => ref.countGroups.has(g);
const part = (text: string) => {
  const { b } = blockOf(text);
  return capturedPart(b, [0, b.tokens.length - 1], isEventWord)?.words;
};

describe('capturedPart: a capture of one part of a town', () => {
  it.each([
    ['March 25 - Troops take the medieval citadel overlooking the ruins.', 'take the medieval citadel'],
    ["25 mars 2016 : l'armée reprend la citadelle médiévale qui domine la ville.", 'reprend la citadelle'],
    ['On Saturday the army seized the military airport south-east of the town.', 'seized the military airport'],
    ['25 March – The army captures the Mamluk-era citadel overlooking the ruins.', 'captures the Mamluk-era citadel'],
    // The event told in a relative clause on the part.
    ["La citadelle du XIIIe siècle, qui domine l'oasis et d'où l'armée a délogé les jihadistes vendredi, a souffert.", "citadelle du XIIIe siècle, qui domine l'oasis et d'où l'armée a délogé"],
    ['The hilltop castle, from which troops drove the militants on Friday, is badly damaged.', 'castle, from which troops drove'],
  ])('%s → %s', (text, words) => expect(part(text)).toBe(words));

  it.each([
    ['The army retook Palmyra on Sunday.'],
    ["L'armée a repris dimanche la ville antique."],
    // The part is named, but not as what was taken.
    ['Troops retook the town on Sunday; fighting went on near the airport.'],
    ['The Syrian flag was raised over the hilltop citadel on Sunday.'],
    ['The first flights since the March 22 suicide bombings left Brussels Airport on Sunday.'],
    // A relative clause on the town, or on a part that is not the clause's place.
    ['Troops entered Palmyra, which IS had captured in May 2015, on Sunday.'],
    ["L'armée a repris la ville, où la citadelle domine l'oasis, dimanche."],
  ])('%s → the whole town', (text) => expect(part(text)).toBeUndefined());
});

describe('shareOfPlace: a share of the town', () => {
  const share = (text: string) => {
    const { b } = blockOf(text);
    return shareOfPlace(b, [0, b.tokens.length - 1])?.words;
  };
  it.each([
    ['The monitor says troops hold about 35% of the city.', '35% of the city'],
    ["L'armée contrôle désormais la moitié de la ville.", 'moitié de la ville'],
    ['By Friday the army held most of the ancient town.', 'most of the ancient town'],
  ])('%s → %s', (text, words) => expect(share(text)).toBe(words));
  it.each([
    ['The army retook the whole city on Sunday.'],
    ['Half of the fighters fled towards Raqqa.'],
    ['Turnout reached 35% in the city.'],
  ])('%s → no share of the town', (text) => expect(share(text)).toBeUndefined());
});
