import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { apposedPlace, comparedPlaces, namedPlaces, offsetPlaces, unknownPlaces } from './places';
import { blockOf } from './testing';

const ref = reference();
const events = (g: string) => ref.countGroups.has(g);

function unknown(text: string) {
  const { b } = blockOf(text);
  return unknownPlaces(b, 0, b.tokens.length - 1, events).map((p) => `${p.name}${p.topical ? '*' : ''}`);
}

describe('unknownPlaces: places the reference has no name for', () => {
  it.each([
    ["Plus à l'ouest, l'armée prépare l'assaut sur Qaryatain.", ['Qaryatain*']],
    ['Meanwhile, IS still holds Qaryatain.', ['Qaryatain*']],
    ['The army also retook the town of Qaryatain.', ['Qaryatain*']],
    ['A car bomb killed 12 people in Baghdad.', ['Baghdad*']],
    ['The order came from commanders in Raqqa.', ['Raqqa']],
    // A noun of place in the plural, an adjective of direction before the name.
    ['Troops close in on the last rebel-held districts of eastern Aleppo after a month-long offensive.', ['Aleppo*']],
    ['Les frappes visent les quartiers de Raqqa depuis un mois.', ['Raqqa*']],
    ['The eastern outskirts of the city stayed quiet.', []],
    // Past the object of a verb of driving out: the place it is driven out of.
    ["Le 3 avril, les forces gouvernementales ont chassé les jihadistes d'Al-Qaryatayn.", ['Al-Qaryatayn*']],
    ['On Sunday government forces drove the militants out of Qaryatain.', ['Qaryatain*']],
    // Not after other verbs: a person's name after "de" is no place.
    ['Les soldats ont tué des combattants de Bachar al-Assad.', []],
    // Between two places: the first places what happened there (right after the event: it moves the text).
    ['Iraqi forces hold the four villages retaken on Thursday between Makhmour and Qayyarah.', ['Makhmour*']],
    ['Les forces irakiennes tiennent les villages repris jeudi entre Makhmour et Qayyarah.', ['Makhmour*']],
    ['The road between Homs and the coast is open again.', ['Homs']],
    ["L'armée vise désormais Deir Ezzor, à l'est.", []],
    // A noun of place names it: the text moves there.
    ["Un attentat-suicide a visé un parc de Lahore dimanche soir.", ['Lahore*']],
    ['The blast tore through a crowded market of Kabul.', ['Kabul*']],
    ['A suicide bomber killed at least 72 people in a crowded park in Lahore.', ['Lahore*']],
    // After a verb of capture and its date.
    ["L'armée a repris le 3 avril Al-Qaryatain, plus au sud-ouest.", ['Al-Qaryatain*']],
    ['The army retook on Sunday Qaryatain, further west.', ['Qaryatain*']],
    // A name after its particle: "al-", "el-".
    ['Troops retake al-Qaryatain, about 100 km to the west.', ['al-Qaryatain*']],
    ["Les rebelles se replient vers el-Bab, au nord.", ['el-Bab']],
    // After an elided preposition; a facility's place in passing: "la base de Makhmour".
    ["Dès lundi, des unités ont engagé les combats autour d'Al-Qaryatayn.", ['Al-Qaryatayn*']],
    ["L'offensive lancée jeudi depuis la base de Makhmour progresse.", ['Makhmour']],
    ['Troops moved out from the base of Tiyas at dawn.', ['Tiyas']],
    ["Le centre russe, installé sur la base de Hmeimim, a relevé dix violations.", ['Hmeimim']],
    ["L'OSDH, basé à Londres, en recense quatre cents.", ['Londres']],
  ])('%s → %j', (text, places) => expect(unknown(text)).toEqual(places));

  it.each([
    ['IS had held the city since May 2015.'],
    ['According to Marta Lind, counts differ.'],
    ['A Reuters reporter saw the museum.'],
    // A person's name after "de", not a noun of place.
    ['Le parcours de Zenobia reste mal connu.'],
    // A date between a verb and a capitalised word that is no place's name.
    ['Troops retook the city on 27 March. Officials cheered.'],
    // A particle without a name after it.
    ['They were at a loss as to why.'],
  ])('%s → none', (text) => expect(unknown(text)).toEqual([]));
});

describe('namedPlaces: places named as what the sentence is about', () => {
  const named = (text: string) => {
    const { b } = blockOf(text);
    return [...namedPlaces(b, 0, b.tokens.length - 1, (g) => ref.placeGroups.has(g), events)];
  };
  it('keeps a place the sentence is about', () => {
    expect(named("L'armée a repris Palmyre dimanche.")).toEqual(['palmyra']);
    expect(named('Investigators are still at Maelbeek station.')).toEqual(['brussels-sites']);
  });
  it('keeps a place that is the subject of a clause after "before"', () => {
    expect(named('In the last week before Palmyra fell, jets flew 40 sorties a day.')).toEqual(['palmyra']);
    expect(named('The town was quiet again days after Palmyra changed hands.')).toEqual(['palmyra']);
    // After an article the name qualifies a noun: in passing still.
    expect(named('Europe was still reeling from the Brussels bombings.')).toEqual([]);
    expect(named('Markets recovered quickly from the Paris attacks.')).toEqual([]);
  });
  it('keeps a place named bare after "from": where the story is', () => {
    expect(named('Army engineers began clearing mines from Palmyra on Monday.')).toEqual(['palmyra']);
    expect(named('The last IS fighters withdrew from Palmyra overnight.')).toEqual(['palmyra']);
  });
  it('leaves out places named in passing', () => {
    expect(named("C'est sa deuxième défaite après Kobané.")).toEqual([]);
    // Compared through a pronoun standing for the event: "after that of Kobane".
    expect(named("Le revers est le deuxième de cette ampleur, après celui de Kobané.")).toEqual([]);
    expect(named('This setback is the second after that of Kobane.')).toEqual([]);
    // A place that only says where another one lies.
    expect(named("L'armée a repris Al-Qaryatain, à quelque 120 km au sud-ouest de Palmyre.")).toEqual([]);
    expect(named('Les troupes avancent vers Al-Soukhna, au nord-est de Palmyre.')).toEqual([]);
    expect(named("Le village se trouve à l'est de Palmyre.")).toEqual([]);
  });
});

describe('unknownPlaces: a place opening its segment before a comma places the rest of it', () => {
  const fronted = (text: string) => {
    const { b } = blockOf(text);
    return unknownPlaces(b, 0, b.tokens.length - 1, events).filter((p) => p.fronted).map((p) => p.name);
  };
  it.each([
    ['Near Aleppo, at least 25 soldiers died in clashes with rebels.', ['Aleppo']],
    ['The truce is fraying elsewhere: near Aleppo, 25 soldiers died.', ['Aleppo']],
    ['À Alep, au moins 25 soldats ont été tués samedi.', ['Alep']],
    ['Dans la province de Homs, 12 civils ont péri.', []],
  ])('%s → %s', (text, names) => expect(fronted(text)).toEqual(names));

  it.each([
    // Not opening its segment, or not closed by a comma.
    ['At least 25 soldiers died near Aleppo, the monitor said.'],
    ['Near Aleppo at least 25 soldiers died.'],
    ['Troops near Aleppo, where 25 soldiers died, held the hill.'],
  ])('%s: none', (text) => expect(fronted(text)).toEqual([]));
});

describe('unknownPlaces: a name opening its sentence is a place only as a passive event’s subject', () => {
  it.each([
    ["Al-Qaryatain reprise par l'armée le 3 avril.", ['Al-Qaryatain*']],
    ['Ramadi retaken by Iraqi forces on 28 December.', ['Ramadi*']],
    ["Mossoul tombée aux mains de l'EI en juin 2014.", ['Mossoul*']],
    // An auxiliary of the passive and a date: no agent needed.
    ['Al-Qaryatayn est reprise le 3 avril 2016.', ['Al-Qaryatayn*']],
    ['Ramadi was retaken in December 2015.', ['Ramadi*']],
    ["Al-Qaryatain a été reprise le 3 avril.", ['Al-Qaryatain*']],
  ])('%s → %s', (text, places) => expect(unknown(text)).toEqual(places));

  it.each([
    // The one-word label of an item of a brief names what the item is about.
    ['Lahore: Pakistan says 72 people were killed in a park bombing.', ['Lahore*']],
    ['Mossoul : les forces irakiennes ont repris quatre villages.', ['Mossoul*']],
    // A dateline: the place, a larger one, the day, then the item.
    ['Sousse, Tunisia, June 26, 2015: a gunman killed 38 people on a beach.', ['Sousse*']],
    ['Ouagadougou, Burkina Faso, 15 janvier 2016 : 30 morts dans un hôtel et un café.', ['Ouagadougou*']],
  ])('%s → %s (an item’s label)', (text, places) => expect(unknown(text)).toEqual(places));

  it.each([
    // A field of a form and its short value: the paragraph after it is about the page's places.
    ['Rating: Mostly false. The monitor counted 400 dead in the battle.'],
    ['Verdict : faux. Le bilan de l’Observatoire est de 188 morts.'],
    ['Status: Unproven. Moscow gave no figure for the night.'],
    // Commas that go on as a sentence are no dateline.
    ['Meanwhile, the army said: 400 jihadists were killed.'],
  ])('%s: no place (a field’s label)', (text) => expect(unknown(text)).toEqual([]));

  it.each([
    // An apposed noun of place that tells an event there.
    ['Qaryatain, a town the army retook on Sunday, lies south of Palmyra.', ['Qaryatain*']],
    ["C'est là que se trouve Al-Qaryatayn, ville chrétienne et musulmane reprise ce dimanche par l'armée.", ['Al-Qaryatayn*']],
    // Mid-sentence without an event, a place named in passing.
    ['The convoy stopped at Sukhnah, a town on the road east.', ['Sukhnah']],
  ])('%s → %s (an apposition of place)', (text, places) => expect(unknown(text)).toEqual(places));

  it.each([
    // The noun of place owns another noun: "the town's mayor" is a person.
    ['The appeal came from Hamidi, the town’s mayor, on Sunday.'],
    ["Selon Hamidi, le maire de la ville, l'armée est entrée dimanche."],
    // Opening the sentence, an apposition that tells no event: any word.
    ['Smith, a village elder, said little.'],
  ])('%s: no place (apposition)', (text) => expect(unknown(text)).toEqual([]));

  it.each([
    // A sentence's first word otherwise, even before an event's word.
    ['Hezbollah fighters retook the hill.'],
    ['Damascus claimed the town on Sunday.'],
    ["Moscou a salué la reprise de la ville."],
    // An auxiliary with no date after the event's word: a state, not a capture.
    ['Europe was still reeling from the Brussels bombings.'],
    // "of", "de": too many words are followed by them.
    ['Reuters reported the capture of the town.'],
    // A rubric or a speaker's role is no subject; two words before a colon are as often a speaker.
    ['Update: the monitor raised its count to 417.'],
    ['Journaliste : combien de jihadistes sont morts ?'],
    ['Hélène Marchand : les destructions sont terribles.'],
  ])('%s: no place', (text) => expect(unknown(text)).toEqual([]));
});

describe('comparedPlaces: the places a rank is compared with', () => {
  const compared = (text: string, rank: string) => {
    const { b, figure } = blockOf(text);
    return [...comparedPlaces(b, figure(rank).range[1], b.tokens.length - 1, (g) => ref.placeGroups.has(g))];
  };
  it.each([
    ['It is the second big defeat for the group, after Kurdish fighters pushed it out of Kobane.', 'second', ['kobane']],
    ['The town is its second major loss after the Kurdish-held border town of Kobani.', 'second', ['kobane']],
    ["C'est le deuxième revers du groupe en Syrie, après la perte de Kobané.", 'deuxième', ['kobane']],
  ] as const)('%s', (text, rank, places) => expect(compared(text, rank)).toEqual(places));
  it.each([
    // The place stands before the rank, or no word of comparison comes first.
    ['Kobane was the first big defeat of the group.', 'first'],
    ['The second round of talks will open in Geneva, not in Palmyra.', 'second'],
  ])('none in: %s', (text, rank) => expect(compared(text, rank)).toEqual([]));
});

describe('offsetPlaces: the places a time between two moments is told from', () => {
  const toldFrom = (text: string, offset: string) => {
    const { b, figure } = blockOf(text);
    return [...offsetPlaces(b, figure(offset).range, (g) => ref.placeGroups.has(g))];
  };
  it.each([
    ["Ces attentats ont fait 32 morts, quatre mois après le carnage de Paris.", 'quatre mois', ['paris']],
    ['The bombings killed 32, four months after the attacks in Paris.', 'four months', ['paris']],
    ['Palmyra fell a week after the Brussels bombings, whose toll now stands at 35.', 'a week', ['brussels']],
  ] as const)('%s', (text, offset, places) => expect(toldFrom(text, offset)).toEqual(places));
  it.each([
    // Before the time, or in another sentence: not told from.
    ['Paris lost 130 people. Four months later the group struck again.', 'Four months'],
    ['In Brussels, the airport stayed shut for 12 days.', '12 days'],
  ])('none in: %s', (text, offset) => expect(toldFrom(text, offset)).toEqual([]));
});

describe('apposedPlace: the place a distance says where lies', () => {
  const apposed = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    const places = unknownPlaces(b, 0, b.tokens.length - 1, events);
    return apposedPlace(b, figure(needle).range, 0, (g) => ref.placeGroups.has(g), places)?.place;
  };
  it.each([
    ["L'armée doit encore reprendre Al-Alianiyé, à 60 km plus au sud.", '60 km', 'al-alianiye'],
    ['The next target is Al-Alianiyeh, some 60 km further south.', '60 km', 'al-alianiye'],
    // Another place, known to the reference or not.
    ["Elle poussera ensuite vers Deir Ezzor, à quelque 200 kilomètres au nord-est.", '200 kilomètres', 'elsewhere:Deir Ezzor'],
    ['Troops must then retake Al-Qaryatain, about 100 km to the west.', '100 km', 'elsewhere:Al-Qaryatain'],
  ])('%s → %s is where %s lies', (text, needle, place) => expect(apposed(text, needle)).toBe(place));
  it.each([
    // Measured to a place named after it, or with words between: no apposition.
    ['Some 60 km south of Palmyra lies Al-Alianiyeh.', '60 km'],
    ['The column drove 200 km across the desert from Homs.', '200 km'],
    ["Les troupes d'Al-Alianiyé ont parcouru 60 km.", '60 km'],
  ])('%s → none for %s', (text, needle) => expect(apposed(text, needle)).toBeUndefined());
});
