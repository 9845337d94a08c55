import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { partOfWhole } from './part-of-whole';
import { countIn } from './testing';

const tolls = new Set(reference().entries.filter((e) => e.entry.kind === 'casualties').flatMap((e) => e.entry.match.counts));

function part(text: string, needle: string, counted?: (g: string) => boolean): string | undefined {
  const { b, number, nounEnd } = countIn(text, needle);
  return partOfWhole(b, number, nounEnd, (g) => tolls.has(g), counted)?.by;
}

describe('partOfWhole: a part is not the whole toll', () => {
  it.each([
    ['Another 16 died at the metro station.', '16', 'part-of-whole:before'],
    ['Le bilan est de 35 morts, dont 4 à l\'hôpital.', '4', 'part-of-whole:before'],
    ['Investigators have named 24 of the dead so far.', '24', 'part-of-whole:of'],
    ['28 of the 31 victims were foreigners.', '28', 'part-of-whole:of'],
    ['Les enquêteurs ont identifié 24 des 32 victimes.', '24', 'part-of-whole:of'],
    ['Seize d\'entre eux étaient belges.', 'Seize', 'part-of-whole:of'],
    ['Sur les 35 morts, 31 d\'entre eux ont été tués sur le coup.', '31 d', 'part-of-whole:of'],
    ['So far 28 victims have been identified.', '28', 'part-of-whole:other-count'],
    // Executions are a count of their own, not the battle's dead.
    ["Au moins 280 personnes exécutées, selon l'ONG.", '280', 'part-of-whole:other-count'],
    ["Une vidéo montrait l'exécution de 25 soldats syriens.", '25', 'part-of-whole:other-count'],
    ["La propagande diffusait la mise à mort de vingt-cinq soldats.", 'vingt-cinq', 'part-of-whole:other-count'],
    ['The group filmed the execution of 25 soldiers in the theatre.', '25', 'part-of-whole:other-count'],
    // How many times, not how many people.
    ['Le bilan a été révisé à quatre reprises.', 'quatre', 'part-of-whole:other-count'],
    ['The toll was revised four times.', 'four', 'part-of-whole:other-count'],
  ])('%s → %s', (text, needle, by) => {
    expect(part(text, needle)).toBe(by);
  });

  it.each([
    ['At least 400 jihadists died in the battle.', '400'],
    ['Le bilan des attentats est de 32 morts.', '32'],
    ['The monitor counted 188 dead among the soldiers.', '188'],
    // "Of them" with the side just named: that side's toll, not a part.
    ["Le prix est lourd pour les jihadistes : quelque 400 d'entre eux auraient été tués.", '400'],
    // The whole of "28 of the 31" is no part.
    ['Prosecutors say 28 of the 31 dead were identified.', '31'],
    // Killed by shooting is killed.
    ['Some 25 soldiers were shot dead in the assault.', '25'],
    ["L'offensive a coûté la vie à 188 soldats.", '188'],
  ])('%s → %s is whole', (text, needle) => {
    expect(part(text, needle)).toBeUndefined();
  });

  it("takes no word of the reference's own counts for another count (a dataset may count what this one does not)", () => {
    // The bundled 'recapture' group holds "reprises", a word of the lexicon's other counts.
    expect(part('Le bilan a été révisé à quatre reprises.', 'quatre', (g) => g === 'recapture')).toBeUndefined();
    expect(part('Le bilan a été révisé à quatre reprises.', 'quatre', (g) => g === 'killed')).toBe('part-of-whole:other-count');
  });
});
