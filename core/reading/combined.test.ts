import { describe, expect, it } from 'vitest';
import { combinedTollOf } from './combined';
import { countIn } from './testing';

function combined(text: string, needle: string): string | undefined {
  const { b, number, nounEnd } = countIn(text, needle);
  return combinedTollOf(b, number, nounEnd)?.value;
}

describe('combinedTollOf: the dead and the wounded counted together', () => {
  it.each([
    ["Russia's general staff said more than 1,000 IS fighters were killed or wounded.", '1,000', 'killed or wounded'],
    ["Selon Damas, 600 jihadistes ont été tués ou blessés.", '600', 'tués ou blessés'],
    ['The army put enemy losses at 900 dead and wounded.', '900', 'dead and wounded'],
    // Deaths the war caused and deaths it let happen, in one count.
    ['A think tank estimated that 470,000 people had died as a direct or indirect result of the war.', '470,000', 'direct or indirect'],
    ['Selon une étude, 450 000 Syriens seraient morts directement ou indirectement du conflit.', '450 000', 'directement ou indirectement'],
  ])('%s → %s', (text, needle, words) => {
    expect(combined(text, needle)).toBe(words);
  });

  it.each([
    ['The attacks left 32 dead and 340 wounded.', '32'],
    ['Au moins 400 jihadistes ont été tués, et des dizaines blessés.', '400'],
    ['More than 400 IS fighters were killed in the battle.', '400'],
    ['The war has killed more than 270,000 people in five years, directly in the fighting.', '270,000'],
  ])('%s → %s counts the dead only', (text, needle) => {
    expect(combined(text, needle)).toBeUndefined();
  });
});
