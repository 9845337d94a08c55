import { describe, expect, it } from 'vitest';
import { exclusionOf } from './exclusion';
import { blockOf } from './testing';

function excluded(text: string, needle: string): string | undefined {
  const { b, figure } = blockOf(text);
  const f = figure(needle);
  return exclusionOf(b, f.range[1])?.value;
}

describe('exclusionOf: a count that leaves part of the whole out', () => {
  it.each([
    ['Officials now count 28 victims, not counting the three suicide bombers.', '28'],
    ['Le bilan est de 32 morts, sans compter les trois kamikazes.', '32'],
    ['There were 32 dead excluding the attackers.', '32'],
    ['Le parquet retient 32 victimes, hors les trois kamikazes.', '32'],
    ['The crisis centre gave 32 victims, a figure that leaves out the three suicide bombers.', '32'],
    ['Brussels attacks, victims | 32 (excl. attackers) | Crisis centre', '32'],
    ['Le centre de crise retient 32 victimes, un chiffre excluant les kamikazes.', '32'],
  ])('%s → %s', (text, needle) => expect(excluded(text, needle)).toBeDefined());
  it.each([
    ['The attacks killed 32 people, including the three bombers.', '32'],
    ['Les attentats ont fait 32 morts et 340 blessés.', '32'],
    // The exclusion is of another count of the sentence.
    ['The attacks killed 32 people; the toll of 35, not counting the bombers, came later.', '32'],
  ])('%s → %s: the whole', (text, needle) => expect(excluded(text, needle)).toBeUndefined());
});
