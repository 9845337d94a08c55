import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { countedNoun } from './noun-phrase';
import { actorsOf, countSubject, killerOf, rankSubject } from './subject';
import { blockOf } from './testing';
import { predicatesInPhrase } from './predicate';

const ref = reference();
const vocab = { subjects: ref.subjectGroups, generic: ref.genericGroups };

function subjectOf(text: string, needle: string): string | undefined {
  const { b, figure } = blockOf(text);
  const f = figure(needle);
  return countSubject(b, [f.range[0], f.figure.lastToken], countedNoun(b, f.figure)?.value, vocab)?.value;
}

describe('countSubject: whom a count counts', () => {
  it.each([
    ['Au moins 400 jihadistes sont morts.', '400', 'islamic-state'],
    ["L'ONG dénombre 188 morts dans les rangs des soldats loyalistes.", '188', 'pro-regime-forces'],
    ['The monitor counted 188 dead among soldiers and militiamen.', '188', 'pro-regime-forces'],
    ["State television put the jihadists' losses at over 600.", '600', 'islamic-state'],
    ["The army's own figure for enemy dead is 450.", '450', 'islamic-state'],
    ['Au moins 71 civils ont été tués.', '71', 'civilians'],
    // The side in the lead's own words.
    ['The monitor counted 400 IS dead and 188 on the government side.', '188', 'pro-regime-forces'],
    ["L'OSDH a dénombré 400 morts chez les jihadistes et 188 dans le camp gouvernemental.", '188', 'pro-regime-forces'],
    ['The monitor counted 188 dead on the loyalist side and 417 in the jihadist camp.', '417', 'islamic-state'],
    ['Some 450 on the IS side were killed, the army said.', '450', 'islamic-state'],
    // A side named right after a noun of the dead that says none.
    ["Les combats pour Palmyre ont fait au moins 400 morts jihadistes.", '400', 'islamic-state'],
    ["L'ONG recense 188 tués loyalistes depuis le 7 mars.", '188', 'pro-regime-forces'],
    ['The battle left some 188 dead soldiers and militiamen.', '188', 'pro-regime-forces'],
    // A possessive: the side its clause names before it.
    ["Russia's defence ministry said its aircraft had flown 14 sorties.", '14', 'russia'],
    ['The monitor counted 400 IS fighters killed, while Moscow said its jets had flown 40 sorties.', '40 sorties', 'russia'],
    // An English possessive before the toll's noun, however far: whose count it is.
    ["The monitor later put the jihadists' losses in that battle at 417.", '417', 'islamic-state'],
    // A bare figure a tally's noun defines after it, as "the week in numbers" pages write.
    ["417 C'est le nombre de jihadistes de l'Etat islamique tués à Palmyre, selon l'OSDH.", '417', 'islamic-state'],
    ['417: the number of IS fighters killed in the battle, by the monitor\'s latest count.', '417', 'islamic-state'],
    // A participle of killing inside the tally's words: "IS fighters killed" still says whose.
    ['The monitor has raised its toll of IS fighters killed in the offensive to 417.', '417', 'islamic-state'],
    ["The army's losses in the battle for Palmyra came to 188.", '188', 'pro-regime-forces'],
    // "leurs" is the Paris attacks': the dead are people, not IS's.
    ["L'EI a revendiqué les attaques de Bruxelles, quatre mois après celles de Paris et leurs 130 morts.", '130', 'people'],
    // "Their ranks" with no side in the sentence: the side named last in the sentence before.
    ["L'armée a chassé les jihadistes de la ville. L'OSDH a dénombré 417 morts dans leurs rangs.", '417', 'islamic-state'],
    ['The army drove the jihadists out. The monitor counted 417 dead in their ranks.', '417', 'islamic-state'],
    // …or in its own sentence, the nearest: not the first side named.
    ["Selon l'état-major russe, le prix payé par les forces prorégime est élevé : l'OSDH a recensé 188 morts dans leurs rangs.", '188', 'pro-regime-forces'],
    // A fact box's cell listing each side's losses after its name and a colon.
    ['Pertes : loyalistes : au moins 194 morts [2] EI : au moins 417 morts [2]', '417', 'islamic-state'],
    ['Pertes : loyalistes : au moins 194 morts [2] EI : au moins 417 morts [2]', '194', 'pro-regime-forces'],
    ['Casualties: Islamic State: 417 killed (SOHR); government troops: 194 killed', '417', 'islamic-state'],
    ['Government side: 188 killed (SOHR) [3] Islamic State: 417 killed (SOHR) [3]; 450 killed (per the army) [4]', '450', 'islamic-state'],
    // A tally named by its side, when the count's own noun says only "dead".
    ["L'ONG précise que le bilan jihadiste a depuis été porté à 417 morts.", '417', 'islamic-state'],
    ['The IS toll was later raised to 417 dead.', '417', 'islamic-state'],
  ])('%s → %s', (text, needle, subject) => {
    expect(subjectOf(text, needle)).toBe(subject);
  });

  it.each([
    // The side before a verb of killing is the killer, not the dead.
    ['The army killed 400 in three weeks.', '400'],
    ["L'aviation russe a tué 320 en quatre jours.", '320'],
    // …also when it owns the subject of that verb: "Syria's war" is no side of the dead.
    ["Syria's war has now killed a quarter of a million men, women and children.", 'quarter'],
    ["The regime's bombing killed 70 in a day.", '70'],
    // Another count's side does not carry over "and".
    ['The monitor counted 400 jihadists and 188 more.', '188'],
    // A possessive before the tally's noun is not the tally's: the toll stops the search.
    ["After Russia's strikes, the toll rose to 417.", '417'],
    // A side after a tally's noun that is not its complement.
    ["The toll stood at 417, a figure the jihadists' supporters dispute.", '417'],
    // A colon after a word that names no side.
    ['Toll so far: 417.', '417'],
    ['Bilan provisoire : 417.', '417'],
    // A label that names no side ends the search: the side before it is not this count's.
    ['Islamic State: defeated. Toll so far: 417.', '417'],
  ])('%s → %s: no side', (text, needle) => {
    expect(subjectOf(text, needle)).toBeUndefined();
  });

  it.each([
    // A side after a noun of the page's own: the sites are targets, not the dead.
    ['Les frappes ont visé 146 sites jihadistes.', '146'],
    // Not right after the noun: a comma sets the side apart ("31 morts, civils et jihadistes").
    ['Le bilan atteint 31 morts, jihadistes compris.', '31'],
    // A side after the count and its verb is another clause's.
    ['The strike left 31 dead as IS fighters fled.', '31'],
  ])('%s → %s: no side from the word after the noun', (text, needle) => {
    expect(subjectOf(text, needle)).not.toBe('islamic-state');
  });

  it("does not take a country's possessive for the side of a count with a noun of its own", () => {
    expect(subjectOf("Syria's five-year conflict has claimed over 270,000 lives.", '270,000')).not.toBe('syrians');
  });
});

describe('actorsOf: who acts in a dated event', () => {
  function actors(text: string, needle: string): string[] | undefined {
    const { b, figure } = blockOf(text);
    const f = figure(needle);
    const p = predicatesInPhrase(b, f.range, (g) => ref.countGroups.has(g));
    return actorsOf(b, f.range, p?.value.range, { subjects: new Set(['pro-regime-forces', 'islamic-state']), generic: vocab.generic })?.value;
  }
  it.each([
    ["L'armée a repris Palmyre le 27 mars.", '27 mars', ['pro-regime-forces']],
    ["Le groupe Etat islamique a repris le contrôle de Palmyre le 11 décembre.", '11 décembre', ['islamic-state']],
    ['The city was retaken by IS on 11 December.', '11 December', ['islamic-state']],
    ["Palmyre est tombée aux mains de l'EI en mai 2015.", 'mai 2015', ['islamic-state']],
    // The agent past the date; not the side of a relative clause before the predicate.
    ["La cité, que l'EI avait conquise en mai 2015, a été reprise le 27 mars par les forces syriennes.", '27 mars', ['pro-regime-forces']],
    // The subject between the date and its predicate.
    ['In Syria, on Sunday government forces recaptured the city.', 'Sunday', ['pro-regime-forces']],
  ])('%s → %j', (text, needle, expected) => {
    expect(actors(text, needle)).toEqual(expected);
  });
  it('names no actor when none is written', () => {
    expect(actors("L'offensive, lancée le 7 mars, a duré trois semaines.", '7 mars')).toBeUndefined();
  });
  it("names no actor for a participle that tells of the event's noun before it", () => {
    expect(actors("Les forces ont chassé l'EI de la ville au terme d'une offensive lancée le 7 mars.", '7 mars')).toBeUndefined();
    expect(actors('Troops drove IS out after an offensive launched on 7 March.', '7 March')).toBeUndefined();
    // A side right before its verb still acts.
    expect(actors("L'armée a lancé l'offensive le 7 mars.", '7 mars')).toEqual(['pro-regime-forces']);
  });

  it('names no actor for the side that lost the place', () => {
    expect(actors('Elsewhere, IS lost Palmyra on Sunday.', 'Sunday')).toBeUndefined();
    expect(actors("L'EI a perdu Palmyre dimanche.", 'dimanche')).toBeUndefined();
    expect(actors("Le groupe EI a subi une lourde défaite de l'armée le 27 mars.", '27 mars')).toBeUndefined();
    // A fall: its complement fell, it took nothing.
    expect(actors("La chute de l'EI à Palmyre dimanche a surpris.", 'dimanche')).toBeUndefined();
    expect(actors('The fall of IS in Palmyra on Sunday surprised analysts.', 'Sunday')).toBeUndefined();
  });
  it('takes a side after "backed by", "soutenue par" for a supporter, not who acts', () => {
    expect(actors('The offensive, backed by Russian warplanes and IS defectors, was launched on March 7.', 'March 7')).toBeUndefined();
    expect(actors("L'offensive, soutenue par les milices et l'armée, a été lancée le 7 mars.", '7 mars')).toBeUndefined();
    expect(actors('The army, backed by Russian jets, launched the offensive on March 7.', 'March 7')).toEqual(['pro-regime-forces']);
    expect(actors("L'offensive, épaulée par l'aviation russe, a été lancée le 7 mars.", '7 mars')).toBeUndefined();
    // An adjective may stand between the noun of support and the side.
    expect(actors("Lancée avec l'appui décisif de l'armée, l'offensive s'est achevée dimanche par la reprise de la ville.", 'dimanche')).toBeUndefined();
    expect(actors("Menée avec le soutien massif de l'armée, l'offensive a pris fin dimanche par la reprise de la ville.", 'dimanche')).toBeUndefined();
    // A supporting side named far after its lead, past nouns it joins.
    expect(actors("Le 27 mars, l'offensive, appuyée par l'aviation et les forces spéciales de l'armée, a chassé l'EI.", '27 mars')).toBeUndefined();
  });
  it('reads a name glued to a noun by a hyphen as qualifying it, not acting', () => {
    const sides = { subjects: new Set(['pro-regime-forces', 'islamic-state', 'other-powers']), generic: vocab.generic };
    const read = (text: string, needle: string) => {
      const { b, figure } = blockOf(text);
      const f = figure(needle);
      const p = predicatesInPhrase(b, f.range, (g) => ref.countGroups.has(g));
      return actorsOf(b, f.range, p?.value.range, sides)?.value;
    };
    expect(read('The Britain-based monitor says IS emerged in the war in 2013.', '2013')).toEqual(['islamic-state']);
    expect(read('A US-backed army retook the town in April 2016.', 'April 2016')).toEqual(['pro-regime-forces']);
    // Written apart, the same name acts.
    expect(read('Britain-backed or not, Britain retook the town in April 2016.', 'April 2016')).toEqual(['other-powers']);
  });
  it('reads a possessive as whose the noun is, not who acts', () => {
    expect(actors("It was IS's worst loss since it emerged in Syria's war in 2013.", '2013')).toBeUndefined();
  });
  it('reads a relative clause as about the noun before its pronoun', () => {
    // The offensive began; IS, pushed out in the main clause, is no actor of it.
    expect(actors('The army pushed IS out on Sunday, at the end of an offensive that began on March 7.', 'March 7')).toBeUndefined();
    expect(actors("Ils ont chassé l'EI dimanche, au terme d'une offensive qui avait débuté le 7 mars.", '7 mars')).toBeUndefined();
    expect(actors('It was the government troops, who retook the city on 27 March, that raised the flag.', '27 March')).toEqual(['pro-regime-forces']);
  });
});

describe('actorsOf: a side written with the event\'s noun, and sides that only qualify a noun', () => {
  const actors = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    const f = figure(needle);
    const p = predicatesInPhrase(b, f.range, (g) => ref.countGroups.has(g));
    return actorsOf(b, f.range, p?.value.range, vocab)?.value;
  };
  it.each([
    // The adjective after the noun names who acted, whoever the sentence opens with.
    ["Pour le régime, c'est le gain le plus net depuis l'intervention russe de fin septembre 2015.", 'fin septembre 2015', ['russia']],
    ["Ankara s'inquiète depuis l'intervention américaine d'octobre 2015.", 'octobre 2015', ['other-powers']],
    ['Turkey began its own intervention in late September 2015.', 'late September 2015', ['other-powers']],
  ])('%s → %j', (text, needle, expected) => expect(actors(text, needle)).toEqual(expected));
  it.each([
    ['Government troops fighting against IS launched the push on 7 March.', '7 March', ['pro-regime-forces']],
    ["Les soldats en guerre contre l'EI ont lancé l'offensive le 7 mars.", '7 mars', ['pro-regime-forces']],
    ["La victoire face à l'EI a été proclamée dimanche.", 'dimanche', undefined],
    ['It was the biggest win against IS since the air war began on 30 September 2015.', '30 September 2015', undefined],
  ])('takes the side fought for none that acts: %s', (text, needle, expected) => expect(actors(text, needle)).toEqual(expected));
  it("takes a country's possessive for whose the noun is, not who acts", () => {
    expect(actors("Turkey's foreign minister said Russian jets began their strikes on 30 September 2015.", '30 September 2015')).toEqual(['russia']);
  });
  it('takes no adjective after a verb: the side after it is its object', () => {
    expect(actors('On Sunday government forces drove Islamic State fighters out of the city.', 'Sunday')).toEqual(['pro-regime-forces']);
  });
});

describe('countSubject: a name glued to a noun by a hyphen qualifies it', () => {
  it.each([
    ['By Tuesday the Britain-based monitor had raised its count of dead to 417.', '417'],
    ['Then the US-funded monitor revised its figure of dead to 194.', '194'],
  ])('%s → %s: not the qualifier\'s', (text, needle) => expect(subjectOf(text, needle)).toBeUndefined());
  it('still reads the side of a possessive written plainly', () => {
    expect(subjectOf("Russia's defence ministry said its aircraft had flown 40 sorties.", '40 sorties')).toBe('russia');
  });
});

describe('rankSubject: whose rank it is', () => {
  it.each([
    ["C'est la deuxième grande défaite de l'EI en Syrie.", 'deuxième', 'islamic-state'],
    ["It is IS's second major setback this year.", 'second', 'islamic-state'],
  ])('%s', (text, needle, expected) => {
    const { b, figure } = blockOf(text);
    expect(rankSubject(b, figure(needle).range, vocab)?.value).toBe(expected);
  });
  it('finds none in "the second round of talks"', () => {
    const { b, figure } = blockOf('The UN hopes to open a second round of talks.');
    expect(rankSubject(b, figure('second').range, vocab)).toBeUndefined();
  });
});

describe('killerOf: the side that kills is not the one counted', () => {
  const killer = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    return killerOf(b, figure(needle).range, vocab)?.value;
  };
  it.each([
    ['The monitor says IS put to death more than 280 people in and around the city.', 'more than 280', 'islamic-state'],
    ["Selon l'OSDH, l'EI a exécuté au moins 280 personnes pendant son règne.", 'au moins 280', 'islamic-state'],
    ["L'armée syrienne a tué 400 jihadistes en vingt jours.", '400', 'pro-regime-forces'],
    ['Government troops killed some 400 militants.', '400', 'pro-regime-forces'],
  ])('%s → %s killed by %s', (text, needle, side) => expect(killer(text, needle)).toBe(side));

  it.each([
    // No verb of killing between the side and the count.
    ['IS lost more than 400 fighters in the battle.', '400'],
    ["L'EI a perdu 400 combattants.", '400'],
    // The count's own clause names no side before its verb.
    ['The blast killed at least 65 people.', '65'],
    // A coordinator cuts: the side acts in another clause.
    ['The army retook the city and 400 jihadists were killed.', '400'],
  ])('%s → %s: no killer', (text, needle) => expect(killer(text, needle)).toBeUndefined());
});

describe('countSubject: a side the sentence opens with', () => {
  it.each([
    ["Côté loyaliste, le dernier pointage de l'ONG fait état d'au moins 194 morts.", 'au moins 194', 'pro-regime-forces'],
    ["Du côté des jihadistes, l'OSDH a recensé 417 morts.", '417', 'islamic-state'],
    ['Among the jihadists, the monitor later counted 417 dead.', '417', 'islamic-state'],
    ['In the ranks of the government forces, the toll reached at least 194.', '194', 'pro-regime-forces'],
    // A phrase closed by its noun of side needs no comma.
    ['On the government side the same monitor puts the dead at 188.', '188', 'pro-regime-forces'],
    ['On the jihadist side the monitor now reports more than 450 killed.', '450', 'islamic-state'],
    ['In the loyalist camp the losses came to at least 194.', '194', 'pro-regime-forces'],
  ])('%s → %s counts %s', (text, needle, side) => expect(subjectOf(text, needle)).toBe(side));

  it.each([
    // Not at the sentence's start: the opener is another phrase's.
    ["L'ONG, côté loyaliste aussi, fait état d'au moins 194 morts.", 'au moins 194'],
    // No comma closes the opening phrase: the side is the count's own complement.
    ['Among the dead were 71 civilians.', '71'],
    // A preposition and a side with no noun of side after it: no heading ("In the soldiers' absence…").
    ['On the soldiers the monitor has said nothing, but 40 sorties were flown.', '40 sorties'],
    ['In the army of 2015 the losses reached 60.', '60'],
  ])('%s → %s: no side from an opener', (text, needle) => expect(subjectOf(text, needle)).not.toBe('pro-regime-forces'));
});
