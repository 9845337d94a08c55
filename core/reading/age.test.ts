import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { ageOwner, isAge } from './age';
import { tokenize } from '../text/tokens';
import { blockOf } from './testing';

const places = reference().placeGroups;

function age(text: string, needle: string): { age: boolean; owner?: string } {
  const { b, figure } = blockOf(text);
  const f = figure(needle);
  const owner = ageOwner(b, f.range, (i) => (b.hitsAt[i] ?? []).some((h) => places.has(h.group)));
  return { age: !!isAge(b, f.figure, f.range), ...(owner ? { owner: owner.value } : {}) };
}

describe('isAge and ageOwner: whose age', () => {
  it.each([
    ['Palmyre, ville vieille de plus de 2.000 ans, a été reprise.', '2.000 ans', 'place'],
    ['The city, more than two millennia old, fell to IS.', 'two millennia', 'place'],
    ['Une cité de deux mille ans d\'histoire.', 'deux mille ans', 'place'],
    // A place "of" so many hundred years: its age.
    ["L'inventaire des blessures d'une cité de deux mille ans.", 'deux mille ans', 'place'],
    ['The 2,000-year-old city was retaken.', '2,000-year-old', 'place'],
    ['Ce patrimoine vieux de plus de 2 000 ans reste restaurable.', '2 000 ans', 'place'],
    ['It holds 2,000 years of history.', '2,000 years', 'place'],
    ['La cité a traversé vingt siècles d\'histoire avant la guerre.', 'vingt siècles', 'place'],
    // A French adjective after the noun of place.
    ['Palmyre est une cité caravanière vieille de plus de deux millénaires.', 'deux millénaires', 'place'],
    ['On découvre une ville syrienne vieille de 2 000 ans.', '2 000 ans', 'place'],
    ['Avec ses deux mille ans d\'histoire, elle attire les visiteurs.', 'deux mille ans', 'place'],
    ["La ville, inscrite au patrimoine mondial de l'Unesco en 1980, est vieille de plus de 2 000 ans.", '2 000 ans', 'place'],
    ['Les archéologues visitent la cité caravanière, vieille de plus de deux mille ans.', 'deux mille ans', 'place'],
    // How long it has stood.
    ['A city that has stood for two thousand years changed hands again.', 'two thousand years', 'place'],
    ['La cité, debout depuis deux mille ans, a encore changé de mains.', 'deux mille ans', 'place'],
    // A noun of place apposed to a name: that place's age, unless the name is the entry's or no place.
    ['A month later IS bulldozed Nimrud, a city roughly 3,000 years old.', '3,000 years', 'other'],
    ['Les jihadistes ont ensuite rasé Hatra, une cité vieille de deux mille ans.', 'deux mille ans', 'other'],
    ['Troops entered Palmyra, a city more than 2,000 years old.', '2,000 years', 'place'],
    ['On Sunday, a city more than 2,000 years old was retaken.', '2,000 years', 'place'],
    ['Les écrans montraient une cité plus de deux fois millénaire, debout.', 'deux fois millénaire', 'place'],
    ['Our reporter heads for the ancient city, which is more than 2,000 years old.', '2,000 years', 'place'],
    ['Dans cette cité « vieille de plus de deux mille ans », la guerre a ajouté des ruines.', 'deux mille ans', 'place'],
    // Opening the sentence, the age tells of the noun after its comma.
    ['Vieille de plus de deux millénaires, Palmyre a perdu plusieurs de ses monuments.', 'deux millénaires', 'place'],
    ['More than 2,000 years old, the oasis city has changed hands again.', '2,000 years', 'place'],
    // Millennia are an age, whatever the verb.
    ['Palmyre a plus de deux millénaires ; elle peut attendre.', 'deux millénaires', 'place'],
  ])('%s → %s is the age of a place', (text, needle, owner) => {
    expect(age(text, needle)).toEqual({ age: true, owner });
  });

  it.each([
    ['The 2,000-year-old temple was blown up.', '2,000-year-old'],
    ['The temple, almost 2,000 years old, was blown up last summer.', '2,000 years'],
    ['Le sanctuaire, vieux de près de 2 000 ans, a été dynamité.', '2 000 ans'],
    ['A statue more than 1,800 years old was smashed.', '1,800 years'],
    ['The 82-year-old archaeologist was killed.', '82-year-old'],
    ['But the temple stood for almost 2,000 years before it was blown up.', '2,000 years'],
    ["Vieux de près de deux mille ans, l'arc a été dynamité.", 'deux mille ans'],
    ['Le temple romain vieux de 1 900 ans a été détruit.', '1 900 ans'],
    ['Les jihadistes ont rasé Hatra, une cité antique vieille de deux mille ans.', 'deux mille ans'],
    // Years of history, when the clause names whose they are.
    ["Il faut rappeler que ces visages ont traversé dix-huit siècles d'histoire.", 'dix-huit siècles'],
    ['The show follows an exhibition tracing 2,000 years of history.', '2,000 years'],
  ])('%s → %s is the age of something else', (text, needle) => {
    expect(age(text, needle)).toEqual({ age: true, owner: 'other' });
  });

  it("reads a fact sheet's row by its label: 'Age of the ancient city' is a place's, 'Age of the temple' not said", () => {
    const ownerUnder = (labelText: string) => {
      const { b, figure } = blockOf('more than 2,000 years');
      const labelled = { ...b, label: { text: labelText, tokens: tokenize(labelText), hits: [] } };
      return ageOwner(labelled, figure('2,000 years').range, () => false)?.value;
    };
    expect(ownerUnder('Age of the ancient city')).toBe('place');
    expect(ownerUnder("Âge de la cité")).toBe('place');
    expect(ownerUnder('Age of the temple')).toBeUndefined();
    expect(ownerUnder('Population of the city')).toBeUndefined();
  });

  it("says nothing of whose age when a pronoun or a verb's subject out of reach holds it", () => {
    expect(age('On la dit « vieille de plus de 2 000 ans », à tort.', '2 000 ans')).toEqual({ age: true });
    expect(age('Vieux de près de deux mille ans, il a été pulvérisé en août.', 'deux mille ans')).toEqual({ age: true });
    expect(age('But the temple was nearly 2,000 years old and it is simply gone.', '2,000 years')).toEqual({ age: true });
  });

  it("is no place's age when someone is said to be that old, past the place's name and a comma", () => {
    // The place named before the comma is the person's, not the age's.
    expect(age("Au sujet du gardien du musée de Palmyre, on a appris qu'il était âgé de 79 ans.", '79 ans').owner).not.toBe('place');
    expect(age('In the profile of the Palmyra curator, readers learned she was aged 71.', '71').owner).not.toBe('place');
    // An impersonal "il" is no one: the city founded two thousand years ago is still the place.
    expect(age('Palmyre, fondée il y a plus de deux mille ans, a changé de mains.', 'deux mille ans')).toEqual({ age: true, owner: 'place' });
  });

  it('a length of time is no age, even next to an adjective of age', () => {
    expect(age('Les bombardiers ont frappé 117 cibles autour de la cité antique en une journée.', 'une journée').age).toBe(false);
    expect(age('The restoration may take six years.', 'six years').age).toBe(false);
    // A place "of" a few years is a length, not an age.
    expect(age('Une ville de vingt ans de guerre civile.', 'vingt ans').age).toBe(false);
    expect(age('Les combats ont duré vingt jours.', 'vingt jours').age).toBe(false);
  });
});
