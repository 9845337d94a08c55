import { describe, expect, it } from 'vitest';
import { reference } from '../reference/dataset';
import { countedNoun } from './noun-phrase';
import { segmentRange } from './block';
import { siteOf } from './site';
import { blockOf } from './testing';

const sites = new Set(reference().within.keys());

function site(text: string, needle: string): string | undefined {
  const { b, figure } = blockOf(text);
  const f = figure(needle);
  const noun = countedNoun(b, f.figure)?.value;
  const nounEnd = noun ? Math.max(noun.range[1], f.range[1]) : f.range[1];
  const isCount = (i: number) => b.figures.some((g) => g.dimension === 'count' && g !== f.figure && b.tokens[i]!.start >= g.start && b.tokens[i]!.end <= g.end);
  return siteOf(b, segmentRange(b, f.range[0]), [f.range[0], f.figure.lastToken], nounEnd, sites, isCount)?.words;
}

describe('siteOf: a toll at one place inside the event\'s is a part', () => {
  it.each([
    ['Sixteen people were killed at the airport.', 'Sixteen', 'airport'],
    ['The blast at the Brussels metro station killed 16 people.', '16', 'metro station'],
    ["À l'aéroport de Zaventem, 16 personnes ont été tuées.", '16', 'aéroport de Zaventem'],
    ['Seules les 31 victimes décédées sur place étaient comptées.', '31', 'sur place'],
    ['16 died at the airport and 16 at the metro station.', '16 at the metro', 'metro station'],
    ['Sixteen people died at the airport and 16 in the metro.', '16 in', 'in the metro'],
    ["Seize personnes sont mortes à l'aéroport et 16 dans le métro.", '16 dans', 'dans le métro'],
  ])('%s → %s', (text, needle, words) => {
    expect(site(text, needle)).toBe(words);
  });

  it.each([
    // Both places of the attacks named together: the whole toll.
    ['The bombings at Zaventem airport and Maalbeek metro station killed 32 people.', '32'],
    ["Les attentats de l'aéroport et de la station Maelbeek ont fait 32 morts.", '32'],
    ['At least 400 jihadists died in the battle for Palmyra.', '400'],
    // The second place joined at the end of the reach after the count.
    ['Prosecutors settled on a toll of 32 for the suicide bombings at Brussels Airport and the Maelbeek metro station.', '32'],
    // The metro names the attack, not a place inside it.
    ['The airport and metro bombings killed 32 people.', '32'],
    // "a" is the English article, not French "à"; the second place shares the first's preposition.
    ["IS claimed the bombings at Brussels airport and a metro station, which killed at least 31 people.", 'at least 31'],
    ["Thirty-one people died in Tuesday's attacks on Brussels airport and a metro station, and 340 were injured.", '340'],
    // A place in a clause of its own after the count is that clause's.
    ["Le centre de crise faisait état de 31 morts, avant que des décès survenus à l'hôpital ne soient ajoutés.", '31'],
    ['The crisis centre gave 31 dead, which did not yet include those who died at the hospital.', '31'],
  ])('%s → %s: the whole', (text, needle) => {
    expect(site(text, needle)).toBeUndefined();
  });
});
