import { describe, expect, it } from 'vitest';
import { derivedCountOf } from './derived';
import { countIn } from './testing';

const derived = (text: string, needle: string) => {
  const { b, number } = countIn(text, needle);
  return derivedCountOf(b, number)?.words;
};

describe('derivedCountOf: a count the writer works out from the figures before it', () => {
  it.each([
    ['Les attentats de mardi ont fait 31 morts, ceux de novembre 130, soit 161 morts au total.', '161', 'soit'],
    ["L'armée a perdu 188 hommes et l'EI 400, soit un total de 588 tués en trois semaines.", '588', 'soit un total de'],
    ['Brussels lost 32 and Paris 130, that is some 162 dead in two attacks.', '162', 'that is'],
  ])('%s → %s', (text, needle, words) => expect(derived(text, needle)).toBe(words));

  it.each([
    // The count itself, stated: nothing worked out.
    ['En 20 jours de combats, 400 jihadistes sont morts.', '400'],
    ['The monitor said that 188 soldiers died in the battle.', '188'],
    // A toll brought up to date: the event's own.
    ["Quatre blessés sont morts à l'hôpital, ce qui porte le total à 35.", '35'],
    ['Two more died overnight, making a total of 34 for the attacks.', '34'],
    // "soit" in another phrase than the count's.
    ['Quel que soit le bilan final, 400 jihadistes sont morts selon l’OSDH.', '400'],
    ['It is what it is: 400 fighters died, the monitor says.', '400'],
  ])('%s: not worked out', (text, needle) => expect(derived(text, needle)).toBeUndefined());
});
