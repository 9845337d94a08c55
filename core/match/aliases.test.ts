import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import { AliasIndex } from './aliases';

const index = new AliasIndex([
  { id: 'is', aliases: ['État islamique', 'EI', 'IS', 'IS fighters', 'jihadistes'] },
  { id: 'alianiye', aliases: ['Al-Alianiyé', 'Alianiyeh'] },
  { id: 'killed', aliases: ['tués', 'killed', 'perdu la vie'] },
]);

const groups = (text: string) => index.find(text, tokenize(text)).map((h) => h.group);

describe('alias index', () => {
  it('ignores case, accents and apostrophes', () => {
    expect(groups("les combattants de l'Etat Islamique")).toEqual(['is']);
    expect(groups('l’EI')).toEqual(['is']);
    expect(groups('the village of al-alianiye')).toEqual(['alianiye']);
  });
  it('matches phrases word by word', () => {
    expect(groups('32 personnes ont perdu la vie')).toEqual(['killed']);
    expect(groups('400 IS fighters were killed')).toEqual(['is', 'killed']);
  });
  it('does not match inside words or across clauses', () => {
    expect(groups('Dieu, this is it')).toEqual([]);
    expect(groups('the IS group')).toEqual(['is']);
    expect(groups('perdu, la vie continue')).toEqual([]);
  });
  it('knows which groups have proper names', () => {
    expect(index.namedGroups.has('is')).toBe(true);
    expect(index.namedGroups.has('killed')).toBe(false);
  });
});
