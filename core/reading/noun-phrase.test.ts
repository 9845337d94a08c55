import { describe, expect, it } from 'vitest';
import { countedNoun } from './noun-phrase';
import { blockOf } from './testing';

function noun(text: string, needle: string) {
  const { b, figure } = blockOf(text);
  const n = countedNoun(b, figure(needle).figure);
  return n ? { groups: n.value.groups, other: n.value.other } : undefined;
}

describe('countedNoun: what a count counts', () => {
  it.each([
    ['Au moins 400 jihadistes sont morts dans la bataille.', '400', ['islamic-state']],
    ['Quelque 188 membres des forces prorégime ont péri.', '188', ['pro-regime-forces']],
    ['Moscow said its jets flew 40 sorties over the desert.', '40', ['sorties']],
    ['The army lost 180 government soldiers in the fighting.', '180', ['pro-regime-forces']],
    ['Les bombardiers ont touché 117 cibles en une nuit.', '117', ['targets']],
    ['Officials gave a toll of 31 dead on Tuesday.', '31', ['killed', 'people']],
    // A proper adjective before the known noun qualifies it.
    ['The campaign cost the lives of 180 Syrian soldiers.', '180', ['syria', 'pro-regime-forces']],
    // A figure quoted alone: its noun is past the closing quote.
    ['Une source militaire parle de « plusieurs centaines » de jihadistes tués.', 'centaines', ['islamic-state']],
    ['A military source spoke of "several hundred" jihadists killed.', 'hundred', ['islamic-state']],
    // The noun itself in quotes.
    ["L'armée revendique 450 « terroristes » éliminés.", '450', ['islamic-state']],
    ['The army said it had killed 450 "terrorists" in the town.', '450', ['islamic-state']],
    // The noun stops at a conjugated verb, known or not.
    ['Mais une poignée de jihadistes refusaient encore de partir.', 'poignée', ['islamic-state']],
    ['Une centaine de jihadistes quittèrent la ville dans la nuit.', 'centaine', ['islamic-state']],
  ])('%s → %s counts %j', (text, needle, groups) => {
    expect(noun(text, needle)?.groups.sort()).toEqual([...groups].sort());
  });

  it('does not read past an opening quote after the figure: 117 "terrorist" targets are not terrorists', () => {
    expect(noun('The jets struck 117 "terrorist" targets.', '117')?.groups ?? []).not.toContain('islamic-state');
    expect(noun('A military source spoke of "several hundred" jihadists killed.', 'hundred')?.groups).toContain('islamic-state');
  });

  it.each([
    ["L'exposition a attiré 400 visiteurs samedi.", '400', 'visiteurs'],
    ['The jets struck 146 military sites near the city.', '146', 'military'],
    ['Before the war the town had about 15,000 residents.', '15,000', 'residents'],
    ["Syria's pre-war population of 22.4 million has been scattered.", '22.4', 'population'],
    ['A crowd of 4,120 watched the match.', '4,120', 'crowd'],
    // The unknown noun alone, not the verb after it.
    ['Quelque 300 manifestants bloquaient encore la route.', '300', 'manifestants'],
    // A noun in -té is no participle.
    ['Au total, 14 nationalités sont représentées parmi les victimes.', '14', 'nationalites'],
    ['Trois universités ont fermé leurs portes.', 'Trois', 'universites'],
  ])('%s → %s counts something else (%s)', (text, needle, other) => {
    expect(noun(text, needle)?.other).toBe(other);
  });

  it.each([
    ['The monitor raised its count to 417 on Tuesday.', '417'],
    ['Le bilan a été ramené à 32, selon le ministère.', '32'],
    ['Les 35 annoncés lundi ont été revus.', '35'],
    ['About 400 IS fighters died, and 188 reported on Monday were soldiers.', '188'],
    // The actor's own people: whom the clause names, not a noun.
    ['En cinq ans, le pays a perdu plus de 270 000 des siens.', '270 000'],
    ['The regime won the town back but lost 188 of its own.', '188'],
  ])('%s → %s has no noun of its own', (text, needle) => {
    expect(noun(text, needle)).toBeUndefined();
  });

  it('stops where the words say whose: "190 tués côté prorégime", "188 killed among soldiers"', () => {
    expect(noun("L'OSDH comptait 400 morts dans les rangs de l'EI et près de 190 tués côté prorégime.", '190')).toEqual({ groups: ['killed'], other: undefined });
    expect(noun('The monitor counted 188 killed among soldiers and militiamen.', '188')).toEqual({ groups: ['killed'], other: undefined });
  });

  it('reads a tally\'s noun right after the number as what is counted: tallies, not the dead', () => {
    expect(noun('This is why two counts of pro-government dead appear above.', 'two')).toEqual({ groups: [], other: 'counts' });
    expect(noun("Les deux bilans de l'ONG se contredisent.", 'deux')).toEqual({ groups: [], other: 'bilans' });
    // Before the number it is the tally's own word: "a toll of 31 dead".
    expect(noun('Officials gave a toll of 31 dead on Tuesday.', '31')?.groups).toContain('killed');
  });

  it('stops at another figure: "contre 188 la veille au soir" counts no "veille"', () => {
    expect(noun("Lundi, l'OSDH compte 194 soldats tués, contre 188 la veille au soir.", '188')).toBeUndefined();
    expect(noun('On Monday the toll reached 417 dead, against 400 the day before.', '400')).toBeUndefined();
  });

  it('stops at the verb after a known noun: "400 IS fighters died"', () => {
    expect(noun('Some 400 IS fighters died in the battle.', '400')?.groups).toEqual(['islamic-state']);
  });
});

describe('countedNoun: a word its link and an infinitive follow is the clause\'s verb', () => {
  it.each([
    ['Seule une poignée de combattants continue de résister.', 'une poignée'],
    ['Une dizaine de soldats tente de tenir la citadelle.', 'dizaine'],
  ])('%s → no other noun than the counted one', (text, needle) => expect(noun(text, needle)?.other).toBeUndefined());
  it('keeps a noun and its complement', () => {
    expect(noun('Quelque 188 membres des forces prorégime ont péri.', '188')?.groups).toEqual(['pro-regime-forces']);
  });
});
