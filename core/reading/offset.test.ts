import { describe, expect, it } from 'vitest';
import { phraseRange, words } from './block';
import { beginVerbIn, dayFromEventOf, lengthOfNoun, offsetOf, sinceOf, startOf } from './offset';
import { reference } from '../reference/dataset';
import { blockOf } from './testing';

const read = (fn: typeof offsetOf, text: string, needle: string) => {
  const { b, figure } = blockOf(text);
  return !!fn(b, figure(needle).range);
};

describe('offsetOf: a time between two moments', () => {
  it.each([
    ['The group struck Brussels four months after the Paris attacks.', 'four months'],
    ['Quatre mois avant Bruxelles, le groupe avait frappé Paris.', 'Quatre mois'],
    ['The airport reopened 12 days after the bombings.', '12 days'],
    ['A third attacker struck an hour later.', 'an hour'],
    ['Les explosions ont eu lieu une heure plus tard.', 'une heure'],
    ['Two satellite images taken ten days apart show the temple gone.', 'ten days'],
    ["Deux clichés pris à trois jours d'intervalle montrent l'arche abattue.", 'trois jours'],
    ['IS seized both cities within a week of each other last spring.', 'a week'],
    ["Les deux villes sont tombées à une semaine l'une de l'autre.", 'une semaine'],
    ["Les deux explosions, à une heure d'écart, ont frappé le même quartier.", 'une heure'],
    ['She excavated at Palmyra for 15 years before the war.', '15 years'],
    // How far into an event a moment falls: not its length.
    ['On 14 March, a week into the campaign, Moscow announced a pull-out.', 'a week'],
    ['Three days into the offensive, the army held the hills west of the city.', 'Three days'],
  ])('%s → %s', (text, needle) => expect(read(offsetOf, text, needle)).toBe(true));
  it.each([
    ['The army retook the city after 20 days of fighting.', '20 days'],
    ['La trêve tient depuis un mois.', 'un mois'],
    ['Five years on, the war goes on.', 'Five years'],
    ['The army turned 20 days of fighting into a rout.', '20 days'],
    ["Le siège a duré trois jours d'affilée.", 'trois jours'],
    // A window that ends at a moment.
    ['The jets flew 40 sorties in the 24 hours before the troops entered the city.', '24 hours'],
    ["Les avions ont effectué 40 sorties dans les 24 heures avant l'entrée des troupes.", '24 heures'],
    ["L'aviation a effectué 40 sorties en 24 heures avant la libération.", '24 heures'],
  ])('%s → %s is a length', (text, needle) => expect(read(offsetOf, text, needle)).toBe(false));
});

describe('sinceOf and startOf: the first day of a state or an event', () => {
  it.each([
    ['IS had controlled the city since May 2015.', 'May 2015', sinceOf],
    ['Les forces du régime contrôlent la ville depuis le 27 mars.', '27 mars', sinceOf],
    ['Encyclopedias date the operation from March 9.', 'March 9', startOf],
    ["L'offensive est parfois datée du 9 mars.", '9 mars', startOf],
  ])('%s → %s', (text, needle, fn) => expect(read(fn, text, needle)).toBe(true));
  it('leaves a plain date alone', () => {
    expect(read(sinceOf, 'The offensive was launched on March 7.', 'March 7')).toBe(false);
    expect(read(startOf, 'The offensive was launched on March 7.', 'March 7')).toBe(false);
  });
});

describe('beginVerbIn: a verb of beginning in a date\'s phrase', () => {
  const begins = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    return !!beginVerbIn(b.lex, b.tokens, phraseRange(b, figure(needle).range[0]), (i, j) => words(b, i, j));
  };
  it.each([
    ['Moscow began bombing targets in Syria on 30 September 2015.', '30 September'],
    ['La Russie commence à bombarder en Syrie le 30 septembre 2015.', '30 septembre'],
    ["L'armée a lancé l'assaut le 7 mars.", '7 mars'],
  ])('%s → %s', (text, needle) => expect(begins(text, needle)).toBe(true));
  it.each([
    ['The army retook the city on March 27.', 'March 27'],
    // The beginning is of another phrase than the date's.
    ['The talks began in Geneva, and the army entered the city on March 24.', 'March 24'],
  ])('%s → %s: no', (text, needle) => expect(begins(text, needle)).toBe(false));
});

describe('dayFromEventOf: a day told from another event', () => {
  const from = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    return dayFromEventOf(b, figure(needle).range)?.value;
  };
  it.each([
    ['Notre envoyé spécial a pu entrer ce lundi dans Palmyre, au lendemain de la reconquête de la ville.', 'ce lundi'],
    ['Reporters were let into the town on Monday, the day after the army retook it.', 'Monday'],
    ['Les délégués arrivent jeudi, à la veille de la reprise des pourparlers.', 'jeudi'],
    ["Les premiers blindés sont entrés en ville vendredi, l'avant-veille de sa chute.", 'vendredi'],
    ['Le drapeau a été hissé mardi, le surlendemain de la reprise.', 'mardi'],
    ['Advance units reached the outskirts on Friday, two days before the town fell.', 'Friday'],
  ])('%s → %s', (text, needle) => expect(from(text, needle)).toBe(true));
  it.each([
    ['The army retook the town on Sunday, after a three-week offensive.', 'Sunday'],
    ["L'armée a repris la ville dimanche, au terme de vingt jours de combats.", 'dimanche'],
    // The day after something else, far past the date: its own clause.
    ['The army retook the town on Sunday in fierce street fighting against the last snipers, the day after the citadel fell.', 'Sunday'],
  ])('%s → %s is its own event\'s day', (text, needle) => expect(from(text, needle)).toBeUndefined());
});

describe('lengthOfNoun: a length glued to the noun of an event', () => {
  const events = reference().countGroups;
  const ofNoun = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    return lengthOfNoun(b, figure(needle).range, (g) => events.has(g))?.words;
  };
  it.each([
    ['Over the 20-day offensive, jets flew 20 to 25 sorties a day.', '20-day', '20-day offensive'],
    ['It was a three-week battle for the ruins.', 'three-week', 'three-week battle'],
  ])('%s → %s', (text, needle, words) => expect(ofNoun(text, needle)).toBe(words));
  it.each([
    // Not glued, or no event's noun after it.
    ['The offensive lasted 20 days.', '20 days'],
    ['Jets flew 40 sorties over a 24-hour stretch of desert.', '24-hour'],
    ['Une offensive de 20 jours a permis de reprendre la ville.', '20 jours'],
  ])('none: %s', (text, needle) => expect(ofNoun(text, needle)).toBeUndefined());
});
