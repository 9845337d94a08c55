import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import { en } from './en';
import { fr } from './fr';
import { lexicon, PhraseSet } from './index';

describe('lexicons', () => {
  it('hold the same roles in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
  it('match phrases at and before a token, folded, never across punctuation', () => {
    const set = new PhraseSet(["d'entre eux", 'among them', 'per day']);
    const tokens = tokenize("Seize d’entre eux ; 20 sorties per, day");
    expect(set.at(tokens, 1)).toBe(3);
    expect(set.before(tokens, 3)).toBe(3);
    expect(set.at(tokens, 7)).toBe(0);
  });
  it('compile once per page language, with both languages\' words (pages quote each other)', () => {
    expect(lexicon('fr')).toBe(lexicon('fr'));
    expect(lexicon('en').lang).toBe('en');
    expect(lexicon('en').modal.has('espere')).toBe(true);
    expect(lexicon('fr').modal.has('hopes')).toBe(true);
  });
});
