import { describe, expect, it } from 'vitest';
import { spans, times } from './test-kit';

describe('times of day', () => {
  it.each([
    ['Le cortège part à 10h30 de la gare.', ['10h30']],
    ['Réunion vers 19 h au siège.', ['19 h']],
    ['Updated 6:42 PM, then at 21:15:08.', ['6:42 PM', '21:15:08']],
    ['The market opens at 6 a.m. and shuts at 9pm.', ['6 a.m.', '9pm']],
    ['La séance reprendra à 14 heures 30 précises.', ['14 heures 30']],
    ['Le couvre-feu commence dès 8 heures.', ['8 heures']],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
    expect(spans(text)).toEqual([]);
  });

  it('leaves durations and what only looks like an hour', () => {
    expect(times('Après 14 heures de combats, la ville est tombée.')).toEqual([]);
    expect(times('Le village est à 14 heures de route.')).toEqual([]);
    expect(times('une autonomie de 48h')).toEqual([]);
    expect(times('the A10h30 motorway exit')).toEqual([]);
  });
});
