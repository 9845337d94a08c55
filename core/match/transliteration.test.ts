import { describe, expect, it } from 'vitest';
import { transliterations } from './transliteration';

describe('transliterations: the other endings of a name written from Arabic', () => {
  it('gives the -eh, -e, -ah and -a forms of a name in -é or -eh', () => {
    expect(transliterations('Al-Alianiyé', 'alianiye').sort()).toEqual(['alianiya', 'alianiyah', 'alianiyeh']);
    expect(transliterations('Alianiyeh', 'alianiyeh').sort()).toEqual(['alianiya', 'alianiyah', 'alianiye']);
  });
  it('leaves other names as they are', () => {
    expect(transliterations('Hezbollah', 'hezbollah')).toEqual([]);
    expect(transliterations('Palmyre', 'palmyre')).toEqual([]);
    expect(transliterations('Homs', 'homs')).toEqual([]);
    // Too short to tell a transliteration from another word.
    expect(transliterations('Dié', 'die')).toEqual([]);
  });
});
