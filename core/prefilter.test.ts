import { describe, expect, it } from 'vitest';
import { mayHoldDays, mayHoldFigures } from './prefilter';

describe('prefilter', () => {
  it.each(['400 jihadistes', 'quatre cents morts', 'depuis un mois', 'for a month', 'the second round', 'en mai 2015', 'hundreds of IS militants', 'la deuxième grande défaite'])(
    'keeps %s',
    (text) => expect(mayHoldFigures(text)).toBe(true),
  );
  it.each(['Le régime a remporté une victoire', 'The army took the city', 'Accueil', 'Privacy · Terms · Contact'])('skips %s', (text) =>
    expect(mayHoldFigures(text)).toBe(false),
  );
});

describe('mayHoldDays', () => {
  it.each(["L'armée a repris la ville dimanche", 'on Tuesday', 'le lendemain', 'four days ago', "L'armée a reconquis hier la cité", "aujourd'hui", 'in control of the city yesterday'])('keeps %s', (text) => expect(mayHoldDays(text)).toBe(true));
  it.each(['Sundays are quiet here', 'Le dimanchement', 'an agog crowd', 'la hiérarchie du groupe', 'todays'])('skips %s', (text) => expect(mayHoldDays(text)).toBe(false));
});
