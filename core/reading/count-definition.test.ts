import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { countDefinitionOf, frontedDefinitionOf } from './count-definition';
import { blockOf } from './testing';

const people = reference().subjectGroups;

function defined(text: string, needle: string) {
  const { b, figure } = blockOf(text);
  const f = figure(needle);
  return countDefinitionOf(b, f.range[1], (g) => people.has(g))?.value;
}

describe('countDefinitionOf: people a count leaves out', () => {
  it.each([
    ['Officials now count 28 victims, not counting the three suicide bombers.', '28'],
    ['Le bilan est de 32 morts, sans compter les trois kamikazes.', '32'],
    ['There were 32 dead excluding the attackers.', '32'],
    ['Le parquet retient 32 victimes, hors les trois kamikazes.', '32'],
    ['The crisis centre gave 32 victims, a figure that leaves out the three suicide bombers.', '32'],
    ['Brussels attacks, victims | 32 (excl. attackers) | Crisis centre', '32'],
    ['Le centre de crise retient 32 victimes, un chiffre excluant les kamikazes.', '32'],
    // People added on top of the count are not in it.
    ["Les attentats ont fait 32 morts, auxquels s'ajoutent les trois kamikazes.", '32'],
    ['The official count is 32 victims, to which are added the three bombers.', '32'],
    ['The toll tonight stands at 31 dead: 28 victims, plus the three suicide bombers.', '28'],
    ['On compte 32 victimes, plus les trois kamikazes.', '32'],
  ])('%s → %s', (text, needle) => expect(defined(text, needle)).toMatchObject({ mode: 'leaves-out', groups: ['attackers'] }));

  it('leaves out people no group names: the mode, and no group', () => {
    expect(defined('The ministry counts 40 dead, not counting those who died in hospital later.', '40')).toMatchObject({ mode: 'leaves-out', groups: [] });
  });
});

describe('countDefinitionOf: people a count takes in', () => {
  it.each([
    ['The attacks killed 137 people, including the seven gunmen and bombers.', '137'],
    ['On compte 137 morts, y compris les sept assaillants.', '137'],
    ['Prosecutors gave 35 dead, a figure that included the three bombers.', '35'],
    ['Le bilan atteint 35 morts, dont les trois kamikazes.', '35'],
  ])('%s → %s', (text, needle) => expect(defined(text, needle)).toMatchObject({ mode: 'takes-in', groups: ['attackers'] }));

  it('a breakdown by other people names those', () => {
    expect(defined('The strikes killed 40 people, including 12 civilians.', '40')).toMatchObject({ mode: 'takes-in', groups: ['civilians'] });
  });
});

describe('countDefinitionOf: counts that say nothing of whom they take in', () => {
  it.each([
    ['Les attentats ont fait 32 morts et 340 blessés.', '32'],
    // "Plus" adds other counts, or is "more": no people left out.
    ['The bombings killed 31 people plus the 340 injured in hospital.', '31'],
    ['Le bilan est de 31 morts, plus de 300 blessés.', '31'],
    ['The toll was 31 dead plus 340 people wounded.', '31'],
    // The definition is of another count of the sentence.
    ['The attacks killed 32 people; the toll of 35, not counting the bombers, came later.', '32'],
    ['At least 400 jihadists were killed in the three weeks of fighting for the city.', '400'],
    // Too far from the count's noun to define it.
    ['Some 130 people died in Paris that night, and the inquiry later named every one of the attackers, including the three bombers.', '130'],
  ])('%s → %s', (text, needle) => expect(defined(text, needle)).toBeUndefined());
});

describe('countDefinitionOf: whom a definition names ends at its comma', () => {
  it('leaves the next count out of the people named', () => {
    const text = 'Officials say 32 victims died, plus the bombers, and 340 were injured.';
    const { b, figure } = blockOf(text);
    const d = countDefinitionOf(b, figure('32').range[1] + 1, (g) => people.has(g));
    expect(d?.words).toBe('plus the bombers');
    expect(d?.value.last).toBeLessThan(figure('340').range[0]);
  });
});

describe('frontedDefinitionOf: a definition opening the count\'s sentence', () => {
  const fronted = (text: string, needle: string) => {
    const { b, figure } = blockOf(text);
    return frontedDefinitionOf(b, figure(needle).range[0], (g) => people.has(g))?.value;
  };
  it.each([
    ['Sans les assaillants, on compte 32 victimes, dont quatre blessés décédés.', '32'],
    ['Without the three bombers, the toll stands at 32.', '32'],
    ['Hors kamikazes, le parquet retient 32 morts.', '32'],
  ])('%s → %s', (text, needle) => expect(fronted(text, needle)).toMatchObject({ mode: 'leaves-out', groups: ['attackers'] }));
  it.each([
    // Whom it leaves out, unsaid: no definition of the count.
    ["Sans l'appui de l'aviation, l'offensive aurait échoué et 188 soldats sont morts.", '188'],
    ['Without air cover, 188 soldiers died in three weeks.', '188'],
    // Not at the sentence's start, or no comma before the count.
    ['The toll stands at 32 without the three bombers.', '32'],
    ['Sans compter 32 victimes.', '32'],
  ])('none: %s', (text, needle) => expect(fronted(text, needle)).toBeUndefined());
});
