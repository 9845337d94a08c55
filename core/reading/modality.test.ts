import { describe, expect, it } from 'vitest';
import { modalityIn, modalityOf } from './modality';
import { blockOf } from './testing';

function modal(text: string, needle: string): boolean {
  const { b, figure } = blockOf(text);
  return !!modalityOf(b, figure(needle).range);
}

describe('modalityOf: a hope, a plan, a possibility', () => {
  it.each([
    ['The UN hopes to open a second round of talks around April 9-10.', 'April 9-10'],
    ["L'ONU espère un deuxième round autour du 9-10 avril.", '9-10 avril'],
    ['Officers say the battle could take two weeks.', 'two weeks'],
    ['Les combats pourraient durer deux semaines.', 'deux semaines'],
    ['The envoy plans to reconvene the parties on 13 April.', '13 April'],
    ['The UN wants the next round around the ninth or tenth of April.', 'ninth or tenth of April'],
    ["L'ONU veut rouvrir les pourparlers le 9 avril.", '9 avril'],
    ['Diplomats say the peace talks in Geneva should resume around the ninth of April.', 'ninth of April'],
    ['Les pourparlers devraient reprendre vers le 9 avril.', '9 avril'],
    // "des" is an article, not "dès" (since): the hope still reaches the date.
    ["L'ONU espère réunir les deux camps à Genève autour des 9 et 10 avril.", '9 et 10 avril'],
    ["L'émissaire table sur une reprise des discussions vers le 9 avril.", '9 avril'],
    // A verb in the future tense, a date set for what is to come.
    ['Les négociations reprendront le 13 avril à Genève.', '13 avril'],
    ["Le médiateur réunira les délégations à partir du 13 avril.", '13 avril'],
    ["L'émissaire a fixé au mercredi 13 avril la reprise des discussions.", 'mercredi 13 avril'],
    // The figure is the subject of a modal verb.
    ['Should the higher estimate hold, as many as 200,000 deaths would have gone unrecorded.', '200,000 deaths'],
    ['Selon ce scénario, 500 combattants pourraient encore se cacher dans le désert.', '500 combattants'],
  ])('%s → %s', (text, needle) => expect(modal(text, needle)).toBe(true));

  it.each([
    // The hope is another phrase's: the distance is a fact.
    ['Troops now aim to push on to Al-Alianiyeh, some 60 kilometres to the south.', '60 kilometres'],
    ['The talks opened in Geneva on 14 March.', '14 March'],
    // Past tenses, and short words ending like a future.
    ['Les négociations ont repris le 13 avril à Genève.', '13 avril'],
    ["L'opéra a rouvert le 13 avril.", '13 avril'],
    ['Le bilan a été fixé à 35 morts mardi.', '35 morts'],
    // "May" with a capital is the month.
    ['IS took the city in May 2015.', 'May 2015'],
    ["L'OSDH a compté 417 tués.", '417'],
    ['The 188 soldiers who died will be buried in Homs.', '188 soldiers'],
    ['Around 400 jihadists died, and more could follow.', '400 jihadists'],
    // The modal is another clause's: the figure's own opens at "since".
    ["Some 400 were killed, which would be the group's heaviest toll since it emerged in Syria in 2013.", '2013'],
    ['The regime could claim its biggest gain since Moscow’s intervention began at the end of September.', 'end of September'],
  ])('%s → %s is a fact', (text, needle) => expect(modal(text, needle)).toBe(false));

  it('reads a label: "9-10 April: the dates around which the UN hopes to resume talks"', () => {
    const { b } = blockOf('9-10 April: the dates around which the UN hopes to resume talks.');
    expect(modalityIn(b, [0, b.tokens.length - 1])?.words).toBe('hopes');
  });

  it("reads no hope in a relative clause past a label's main clause and comma", () => {
    const { b } = blockOf('Russian jets carry out their first strikes, the start of an intervention that will change the war.');
    expect(modalityIn(b, [0, b.tokens.length - 1])).toBeUndefined();
    const fr = blockOf("Les avions russes frappent pour la première fois, début d'une intervention qui pourrait changer la guerre.").b;
    expect(modalityIn(fr, [0, fr.tokens.length - 1])).toBeUndefined();
  });
});
