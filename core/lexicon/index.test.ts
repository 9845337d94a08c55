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
  it('read a hyphen inside a word as part of the phrase, but not a dash between words', () => {
    const set = new PhraseSet(["l'avant-veille de", 'year-old']);
    const tokens = tokenize("vendredi, l'avant-veille de la chute; a 2,000-year-old temple");
    expect(set.at(tokens, 2)).toBe(5);
    expect(set.before(tokens, 6)).toBe(5);
    const old = tokens.findIndex((t) => t.norm === 'year');
    expect(set.at(tokens, old)).toBe(3);
    expect(set.before(tokens, old + 2)).toBe(3);
    expect(set.at(tokenize("l'avant - veille de"), 0)).toBe(0);
    expect(set.at(tokenize('year -old'), 0)).toBe(0);
  });
  it('compile once per page language, with both languages\' words (pages quote each other)', () => {
    expect(lexicon('fr')).toBe(lexicon('fr'));
    expect(lexicon('en').lang).toBe('en');
    expect(lexicon('en').modal.has('espere')).toBe(true);
    expect(lexicon('fr').modal.has('hopes')).toBe(true);
  });
});
