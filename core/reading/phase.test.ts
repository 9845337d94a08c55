import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { phaseBefore, phaseOf } from './phase';
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
