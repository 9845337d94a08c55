import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { extraSpanOf, partitiveSpanOf, phaseBefore, phaseOf } from './phase';
import { blockOf } from './testing';

const ref = reference();
// Events that have phases: not the tolls they leave.
const isEventWord = (g: string) => ref.countGroups.has(g) && !ref.tollGroups.has(g);

function phase(text: string): string | undefined {
  const { b } = blockOf(text);
  return phaseOf(b, [0, b.tokens.length - 1], isEventWord)?.words;
}

describe('phaseOf: one phase of an event', () => {
  it.each([
    ['The final push into the town itself began on Thursday.', 'final push'],
    ["Lancée jeudi, la première phase de l'opération devait durer une semaine.", 'phase de l opération'],
    ["L'assaut final a été donné mercredi.", 'assaut final'],
    ['Troops launched a fresh assault on the citadel on Friday.', 'fresh assault'],
  ])('%s → %s', (text, words) => {
    expect(phase(text)?.replace(/[’']/g, ' ')).toBe(words.replace(/[’']/g, ' '));
  });

  it.each([
    ['The offensive began on 7 March.'],
    ["L'armée avait lancé le 7 mars l'offensive pour reprendre Palmyre."],
    ['Russia began its air campaign in Syria on 30 September.'],
    ['The final toll was given on Sunday.'],
  ])('%s → the whole event', (text) => {
    expect(phase(text)).toBeUndefined();
  });
});

describe('phaseBefore: a phase named before the asides that date or measure it', () => {
  const before = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    return phaseBefore(b, figure(needle).range)?.value;
  };
  it.each([
    ['Moscow describes a decisive phase, launched on 24 March, that took only three days.', '24 March'],
    ['Moscow describes a decisive phase, launched on 24 March, that took only three days.', 'three days'],
    ['La phase finale, entamée le 24 mars, a duré trois jours.', 'trois jours'],
  ])('%s → %s is a phase\'s', (text, needle) => expect(before(text, needle)).toBe(true));

  it.each([
    ['The offensive, launched on 7 March, took 20 days.', '20 days'],
    ['In a first phase the army massed troops; the offensive itself began on 7 March.', '7 March'],
  ])('%s → %s is the whole event\'s', (text, needle) => expect(before(text, needle)).toBeUndefined());
});

describe('extraSpanOf: a length added to another', () => {
  const extra = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    return extraSpanOf(b, figure(needle).range)?.value;
  };
  it.each([
    ["Les blindés atteignent les faubourgs jeudi ; il aura encore fallu trois jours de combats.", 'trois jours'],
    ['Il faudra encore deux semaines pour déminer la vieille ville.', 'deux semaines'],
    ['Clearing the last snipers took another three days.', 'three days'],
    ['The army needed a further two weeks to secure the airport.', 'two weeks'],
    ['Les démineurs ont obtenu dix jours supplémentaires.', 'dix jours'],
  ])('%s → %s adds to another length', (text, needle) => expect(extra(text, needle)).toBe(true));

  it.each([
    ['The battle lasted 20 days.', '20 days'],
    ['Il a fallu vingt jours de combats pour reprendre la ville.', 'vingt jours'],
    // "another" far from the length, across a comma, is something else's.
    ['Another column arrived, and the fighting lasted 20 days.', '20 days'],
  ])('%s → %s is a length of its own', (text, needle) => expect(extra(text, needle)).toBeUndefined());
});

describe('partitiveSpanOf: one unit of an event taken out of it', () => {
  const part = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    return partitiveSpanOf(b, figure(needle).range, isEventWord)?.value;
  };
  it.each([
    ['The channel gave more than 500 dead, and that was for a single week of the fighting.', 'a single week'],
    ['Le reportage couvre une semaine des combats.', 'une semaine'],
  ])('%s → %s is a part', (text, needle) => expect(part(text, needle)).toBe(true));
  it.each([
    ['400 jihadists died in 20 days of fighting.', '20 days'],
    ['Over the 20 days of the battle, 400 jihadists died.', '20 days'],
    ['It took a week of hard bargaining.', 'a week'],
  ])('%s → %s is no part of the event', (text, needle) => expect(part(text, needle)).toBeUndefined());
});
