import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { words } from './block';
import { nearestPredicate, predicatesInPhrase, sharedSubjectClause } from './predicate';
import { blockOf } from './testing';

const ref = reference();
const isEvent = (g: string) => ref.countGroups.has(g);

describe('nearestPredicate: what a count says', () => {
  it.each([
    ['Au moins 400 jihadistes sont morts.', '400', 'killed'],
    ['The attacks killed 31 people and wounded 340.', '340', 'injured'],
    ['The attacks killed 31 people and wounded 340.', '31', 'killed'],
    ['Plus de 300 personnes ont été blessées.', '300', 'injured'],
    // Verbs of mass killing, and the French present participle of a wire's clause.
    ['Four months earlier, gunmen slaughtering 130 in Paris had shocked Europe.', '130', 'killed'],
    ["Les kamikazes se sont fait exploser, tuant 31 personnes.", '31', 'killed'],
    ['Une centaine de civils ont été massacrés.', 'centaine', 'killed'],
  ])('%s → %s: %s', (text, needle, group) => {
    const { b, figure } = blockOf(text);
    expect(nearestPredicate(b, figure(needle).range, isEvent)?.value.groups).toContain(group);
  });
  it('finds nothing in a sentence that says nothing', () => {
    const { b, figure } = blockOf('The museum holds 400 statues.');
    expect(nearestPredicate(b, figure('400').range, (g) => g === 'killed')).toBeUndefined();
  });
  it.each([
    ['Several hundred people gathered on Sunday to lay flowers for the victims.', 'Several hundred'],
    ["Plus de 300 personnes se sont rassemblées pour rendre hommage aux victimes.", '300'],
    ['Some 2,000 mourners came in order to honour those killed in the attacks.', '2,000'],
    // The goal runs on through a relative clause of its own complement.
    ['Hundreds of people came to mourn the victims of the bombings, which killed 31 people.', 'Hundreds'],
  ])('takes no word of the goal of what the counted did: %s', (text, needle) => {
    const { b, figure } = blockOf(text);
    expect(nearestPredicate(b, figure(needle).range, (g) => g === 'killed')).toBeUndefined();
  });
  it.each([
    // "to" before an article or a number is a preposition, not a goal's infinitive.
    ['The toll rose to 417 killed.', '417'],
    ['Au moins 400 jihadistes ont été tués pour la seule ville de Palmyre.', '400'],
    // A goal of a relative clause is that clause's: the verb after it is the count's.
    ['Clashes went on and 40 fighters "who wanted to surrender" were killed.', '40'],
    ['Some 40 fighters who wanted to surrender were killed.', '40'],
  ])('still reads the words after a preposition: %s', (text, needle) => {
    const { b, figure } = blockOf(text);
    expect(nearestPredicate(b, figure(needle).range, (g) => g === 'killed')?.value.groups).toEqual(['killed']);
  });
});

describe('predicatesInPhrase: what a date or a duration is of', () => {
  const groups = (text: string, needle: string, tally = false) => {
    const { b, figure } = blockOf(text);
    const f = figure(needle);
    const others = b.figures.filter((g) => g !== f.figure && g.dimension === 'date').map((g) => [b.tokens.findIndex((t) => t.start >= g.start), b.tokens.findIndex((t) => t.start >= g.start)] as [number, number]);
    const isTally = tally ? (i: number) => b.lex.tallyNouns.has(b.tokens[i]!.norm) : undefined;
    return predicatesInPhrase(b, f.range, isEvent, others, undefined, isTally)?.value.groups ?? [];
  };
  it.each([
    ["L'offensive, lancée le 7 mars, a duré trois semaines.", '7 mars', 'offensive-launch'],
    ['The army launched its push on March 7.', 'March 7', 'offensive-launch'],
    ['IS had controlled the city since May 2015.', 'May 2015', 'is-capture'],
    ['It is the worst loss since it emerged in Syria in 2013.', '2013', 'is-emergence'],
    ['The offensive lasted 20 days.', '20 days', 'event-length'],
  ])('%s → %s: %s', (text, needle, group) => expect(groups(text, needle)).toContain(group));

  it('leaves a coordinated clause its own words', () => {
    expect(groups('IS launched its assault on 20 May and controlled the city the following day.', '20 May')).not.toContain('is-capture');
  });
  it('leaves an event word to the date next to it', () => {
    expect(groups('The first flights since the March 22 bombings left Brussels on 3 April.', '3 April')).not.toContain('attacks');
  });
  it('leaves out the goal an infinitive states', () => {
    expect(groups('The army opened its offensive on March 7 to win back the city.', 'March 7')).not.toContain('recapture');
    expect(groups("L'armée avait lancé le 7 mars l'offensive pour reprendre Palmyre.", '7 mars')).not.toContain('recapture');
    expect(groups("L'armée avait lancé le 7 mars l'offensive pour reprendre Palmyre.", '7 mars')).toContain('offensive-launch');
    // What a verb of completion introduces did happen.
    expect(groups('Last March the army needed three weeks to drive them out.', 'Last March')).toContain('recapture');
    expect(groups("En mars l'armée a mis trois semaines pour reprendre la ville.", 'mars')).toContain('recapture');
  });
  it('reads a verb of beginning by the infinitive of what began, when the dataset does not know it', () => {
    expect(groups('Des unités du génie ont commencé lundi à déminer la ville.', 'lundi')).not.toContain('offensive-launch');
    expect(groups('Army engineers began on Monday to clear the mines.', 'Monday')).not.toContain('offensive-launch');
    expect(groups('Les habitants ont commencé dimanche à regagner leurs maisons.', 'dimanche')).not.toContain('offensive-launch');
    // Alone, or before what is no infinitive, it still says the event began.
    expect(groups("L'offensive a commencé le 7 mars.", '7 mars')).toContain('offensive-launch');
    expect(groups("L'offensive qui a commencé le 7 mars a permis de reprendre la ville.", '7 mars')).toContain('offensive-launch');
    expect(groups('The offensive began on March 7 to the surprise of many.', 'March 7')).toContain('offensive-launch');
  });
  it('gives a date that stands nearer a tally to the tally', () => {
    expect(groups('Mardi, le bilan des attentats a été revu à 32 morts.', 'Mardi', true)).not.toContain('attacks');
  });
});

describe('sharedSubjectClause: a verb after "and" shares the clause before it', () => {
  const clause = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    const f = figure(needle).range;
    const others = b.figures.map((g, i) => i).filter((i) => b.figures[i] !== figure(needle).figure && b.figures[i]!.dimension === 'date').map((i) => [b.figures[i]!.firstToken, b.figures[i]!.lastToken] as [number, number]);
    const [first, last] = sharedSubjectClause(b, f, isEvent, others);
    return words(b, first, last);
  };
  it.each([
    ['IS bombers killed 31 people and wounded 340 in Brussels on Tuesday.', 'Tuesday', 'IS bombers killed'],
    ['Des kamikazes ont tué 31 personnes et blessé 340 autres à Bruxelles mardi.', 'mardi', 'Des kamikazes ont tué'],
    // From the subordinate clause's start only.
    ['The win came days after bombers killed 31 people and wounded 340 in Brussels on Tuesday.', 'Tuesday', 'bombers killed'],
  ])('%s → %s', (text, needle, start) => expect(clause(text, needle).startsWith(start)).toBe(true));
  it.each([
    // A subject of its own after "and".
    ['The army advanced and IS withdrew on Sunday.', 'Sunday', 'IS withdrew'],
    // The clause before has its own date.
    ['IS attacked the city on 2015-05-20 and controlled it the next day.', 'next day', 'controlled'],
  ])('%s → %s keeps its own clause', (text, needle, start) => expect(clause(text, needle).startsWith(start)).toBe(true));
});
