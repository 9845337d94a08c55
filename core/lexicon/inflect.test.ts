import { describe, expect, it } from 'vitest';
import { inflections } from './inflect';

describe('inflections: the forms a page may write of a dataset word', () => {
  it.each([
    ['emerged', ['emerges', 'emerging', 'emerge']],
    ['killed', ['kill', 'kills', 'killing']],
    ['launched', ['launch', 'launches', 'launching']],
    ['recaptured', ['recapture', 'recaptures', 'recapturing']],
    ['stopped', ['stop', 'stops', 'stopping']],
    ['carried', ['carry', 'carries', 'carrying']],
    ['bombing', ['bomb', 'bombs', 'bombed']],
    ['entres', ['entree', 'entrees', 'entrent']],
    ['tenait', ['tenaient']],
    ['controlaient', ['controlait']],
    ['began', ['begin', 'begins', 'begun']],
    ['fled', ['flee', 'flees', 'fleeing']],
    ['attack', ['attacks']],
    ['casualties', ['casualty']],
    // French agreement (folded: "lancé" is "lance").
    ['lance', ['lancee', 'lances', 'lancees']],
    ['tues', ['tue', 'tuee', 'tuees']],
    ['detruit', ['detruite', 'detruits', 'detruites']],
    ['perdu', ['perdue', 'perdus', 'perdues', 'perdre']],
    ['repris', ['reprise', 'reprend', 'reprennent']],
    ['victime', ['victimes']],
    // The tenses of a story: "chassé" (folded "chasse") as "chassait", "chassaient", "chassa", "chassèrent".
    ['chasse', ['chassait', 'chassaient', 'chassa', 'chasserent']],
    ['libere', ['liberait', 'libera', 'libererent']],
  ])('%s → %j', (word, forms) => {
    expect(inflections(word)).toEqual(expect.arrayContaining(forms));
  });

  it.each([
    // A French word is no English base: "dure" must not give "during", "reste" not "rested".
    ['dure', ['during', 'dured']],
    ['reste', ['rested', 'resting']],
    // Only a participle's stem takes the tenses of a story: no "attaquait" from the noun "attaque", no "tuait" from "tué".
    ['attaque', ['attaquait']],
    ['tue', ['tuait']],
    // Short words do not turn into others.
    ['fled', ['fling', 'fle']],
    ['shed', ['she', 'sh']],
    ['need', ['nee', 'ne']],
    // Forms that are other common words.
    ['dated', ['date', 'dates']],
    ['lives', ['live']],
    ['hands', ['hand']],
    // Prepositions are no verb's form ("entrés", folded, would give "entre").
    ['entres', ['entre']],
    ['contres', ['contre']],
    // Acronyms and words with digits stay as written.
    ['ei', ['eis', 'eie']],
  ])('%s does not give %j', (word, forms) => {
    for (const f of forms) expect(inflections(word)).not.toContain(f);
  });
});
