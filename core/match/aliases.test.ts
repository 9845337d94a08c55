import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import { AliasIndex } from './aliases';

const index = new AliasIndex([
  { id: 'is', aliases: ['État islamique', 'EI', 'IS', 'IS fighters', 'jihadistes'] },
  { id: 'alianiye', aliases: ['Al-Alianiyé', 'Alianiyeh'] },
  { id: 'killed', aliases: ['tués', 'killed', 'perdu la vie'] },
]);

const groups = (text: string) => index.find(text, tokenize(text)).map((h) => h.group);

describe('alias index', () => {
  it('ignores case, accents and apostrophes', () => {
    expect(groups("les combattants de l'Etat Islamique")).toEqual(['is']);
    expect(groups('l’EI')).toEqual(['is']);
    expect(groups('the village of al-alianiye')).toEqual(['alianiye']);
  });
  it('matches phrases word by word', () => {
    expect(groups('32 personnes ont perdu la vie')).toEqual(['killed']);
    expect(groups('400 IS fighters were killed')).toEqual(['is', 'killed']);
  });
  it('does not match inside words or across clauses', () => {
    expect(groups('Dieu, this is it')).toEqual([]);
    expect(groups('the IS group')).toEqual(['is']);
    expect(groups('perdu, la vie continue')).toEqual([]);
  });
  it('knows which groups have proper names', () => {
    expect(index.namedGroups.has('is')).toBe(true);
    expect(index.namedGroups.has('killed')).toBe(false);
  });
});

describe('alias index: phrasal verbs split by their object', () => {
  const verbs = new AliasIndex(
    [
      { id: 'is', aliases: ['Islamic State', 'IS'] },
      { id: 'recapture', aliases: ['pushed out', 'took back'] },
    ],
    { particles: ['out', 'back'] },
  );
  const found = (text: string) => verbs.find(text, tokenize(text)).map((h) => `${h.group}:${h.first}-${h.last}`);
  it('matches the verb around its object, and leaves the object its own group', () => {
    expect(found('Troops pushed the Islamic State out of Palmyra')).toEqual(['recapture:1-1', 'is:3-4']);
    expect(found('The army took the city back on Sunday')).toEqual(['recapture:2-2']);
    expect(found('IS was pushed out of the town')).toEqual(['is:0-0', 'recapture:2-3']);
  });
  it('does not reach past punctuation or a long object', () => {
    expect(found('They pushed hard, and the others went out')).toEqual([]);
    expect(found('They pushed the last of the remaining fighters out')).toEqual([]);
  });
});

describe('alias index: a name inside another name', () => {
  const places = new AliasIndex([{ id: 'palmyra', aliases: ['Palmyre', 'Palmyra'] }], { nameArticles: ['le', 'la', 'les', 'l', 'the'] });
  const found = (text: string) => places.find(text, tokenize(text)).map((h) => h.group);
  it.each([
    'Le zoo de La Palmyre ouvre ses portes samedi.',
    "Nous avons dormi à l'hôtel Le Palmyre, près du port.",
    'The crew of The Palmyra docked at dawn.',
  ])('after an article written with a capital, it is another name: %s', (text) => expect(found(text)).toEqual([]));
  it.each([
    "L'armée a repris Palmyre dimanche.",
    'La ville de Palmyre est libérée.',
    // At a sentence's start, the capital says nothing.
    'La Palmyre antique attirait des milliers de visiteurs.',
    'The army retook Palmyra on Sunday, and the Palmyra museum was found damaged.',
    // A dash that opens an item, as a colon does ("Mai 2015 — La Palmyre antique tombe").
    'Mai 2015 — La Palmyre antique tombe aux mains des jihadistes.',
    'Sunday – The Palmyra museum was found damaged.',
  ])('the place itself: %s', (text) => expect(found(text)).toContain('palmyra'));
  it('still reads a name after a hyphen glued to a word as another name', () => {
    expect(found('Le parc-La Palmyre ouvre samedi.')).toEqual([]);
  });
});

describe('alias index: a word of the reference in a set phrase of another sense', () => {
  const senses = ['hopital de campagne', 'campagne electorale', 'election campaign'].map((p) => p.split(' '));
  const otherSenses = { at: (tokens: ReturnType<typeof tokenize>, i: number) => senses.find((p) => p.every((w, k) => tokens[i + k]?.norm === w))?.length ?? 0 };
  const events = new AliasIndex([{ id: 'battle', aliases: ['campagne', 'campaign', 'offensive'] }], { otherSenses });
  const found = (text: string) => events.find(text, tokenize(text)).map((h) => h.group);
  it.each([
    "L'armée russe a monté un hôpital de campagne aux abords de la ville.",
    'La campagne électorale bat son plein.',
    'The election campaign enters its last week.',
  ])('is no hit: %s', (text) => expect(found(text)).toEqual([]));
  it.each([
    "La campagne de l'armée a duré vingt jours.",
    'The campaign to retake the city lasted three weeks.',
    // The set phrase covers one word; another of the sentence is still found.
    "Un hôpital de campagne suivait l'offensive.",
  ])('is found: %s', (text) => expect(found(text).length).toBeGreaterThan(0));
});

describe('alias index: a place name that is a street’s, a club’s or a hotel’s', () => {
  const heads = { after: ['street', 'athletic', 'atoll', 'hotel'], before: ['rue', 'hotel', 'stade'], links: ['de', 'du', 'la', 'of', 'the'] };
  const places = new AliasIndex([{ id: 'palmyra', aliases: ['Palmyre', 'Palmyra'] }], { nameHeads: heads });
  const found = (text: string) => places.find(text, tokenize(text)).map((h) => h.group);
  it.each([
    'Palmyra Athletic won the derby on Sunday.',
    'The rats of Palmyra Atoll were eradicated.',
    'Le conseil a voté la réfection de la rue de Palmyre.',
    'We stayed at the Hotel Palmyra in Baalbek.',
  ])('is another name: %s', (text) => expect(found(text)).toEqual([]));
  it.each([
    'The Palmyra museum reopened.',
    'Troops entered Palmyra Sunday.',
    'Le théâtre de Palmyre a été endommagé.',
  ])('is the place: %s', (text) => expect(found(text)).toContain('palmyra'));
});
