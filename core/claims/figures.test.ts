import { describe, expect, it } from 'vitest';
import { findDates } from '../dates/parse';
import { findNumbers } from '../numbers/spot';
import { tokenize } from '../text/tokens';
import { readFigures } from './figures';

function figures(text: string) {
  const tokens = tokenize(text);
  return readFigures({ text, tokens, numbers: findNumbers(text, tokens), dates: findDates(text, tokens, { anchor: 16_888 }) }).map((f) => ({
    text: text.slice(f.start, f.end),
    dimension: f.dimension,
    min: f.interval.min,
    max: f.interval.max,
  }));
}

describe('readFigures: what each number measures', () => {
  it.each([
    ['La bataille a duré une vingtaine de jours.', 'une vingtaine de jours', 'duration', 18, 22],
    ['It took a dozen days to clear the mines.', 'a dozen days', 'duration', 12, 12],
    ['Al-Alianiyé est à une soixantaine de kilomètres.', 'une soixantaine de kilomètres', 'distance', 54, 66],
    // A whole number of miles is rounded to the mile: 36.5–37.5 miles in kilometres.
    ['The town lies 37 miles to the south.', '37 miles', 'distance', 36.5 * 1.609344, 37.5 * 1.609344],
    ['The town lies 60 km to the south.', '60 km', 'distance', 60, 60],
    ['The battle lasted 20 days.', '20 days', 'duration', 20, 20],
    // "Over" a length is its window, not "more than", unless a word of length stands before it.
    ['Some 400 fighters were killed over 20 days of combat.', 'over 20 days', 'duration', 20, 20],
    ['Over three weeks of fighting, the army advanced.', 'Over three weeks', 'duration', 17.5, 24.5],
    ['The battle lasted over three weeks.', 'over three weeks', 'duration', 21, Infinity],
    // French puts "last" and "first" between the number and its unit.
    ['40 sorties au cours des 24 dernières heures.', '24 dernières heures', 'duration', 1, 1],
    ['Ses trois premiers jours ont été les plus durs.', 'trois premiers jours', 'duration', 3, 3],
    // "N fois" multiplies the unit after it.
    ['Une cité plus de deux fois millénaire.', 'deux fois millénaire', 'duration', 730_485, Infinity],
  ] as const)('%s → %s', (text, span, dimension, min, max) => {
    const f = figures(text).find((g) => g.text.includes(span.split(' ').at(-2)!));
    expect(f).toMatchObject({ dimension });
    expect(f!.min).toBeCloseTo(min);
    expect(f!.max).toBeCloseTo(max);
  });

  it('keeps an approximate count of people a count', () => {
    expect(figures('Une vingtaine de soldats ont été tués.')).toEqual([expect.objectContaining({ dimension: 'count', min: 18, max: 22 })]);
  });
});

describe('readFigures: list items are numbered, not counted', () => {
  it.each([
    ['3. How many people died?'],
    ['2) Les pertes du régime'],
    ['  7. What happens next?'],
  ])('%s has no figure', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    ['3 soldiers died in the blast.', 3],
    ['400. That is how many jihadists the monitor counted.', 400],
    ['The list of 3. Then another.', 3],
  ])('%s keeps %d', (text, n) => {
    expect(figures(text).map((f) => f.min)).toContain(n);
  });
});

describe('readFigures: counters and fractions are not counts', () => {
  it.each([
    ['4/12 What remains of the arch after the blast.'],
    ['Photo 3/8 : des soldats devant le musée.'],
    ['Une ligne ouverte 24/7 pour les familles.'],
  ])('%s has no figure', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    ['Le 27/03/2016, 400 jihadistes avaient péri.', 400],
    ['Slide 2 of 12: 188 soldiers were buried in Homs.', 188],
  ])('%s keeps %d', (text, n) => {
    expect(figures(text).map((f) => f.min)).toContain(n);
  });
});

describe('readFigures: names of models and things are not figures', () => {
  it.each([
    ['A Russian Su-24 lands at the air base.'],
    ['Des hélicoptères Mi-24 survolent la ville.'],
    ['Two MiG-29 jets flew over the ruins.'],
    ['La pandémie de Covid-19 a vidé les musées.'],
  ])('%s has no figure of the name', (text) => {
    expect(figures(text).filter((f) => f.min === 24 || f.min === 29 || f.min === 19)).toEqual([]);
  });

  it.each([
    ['Since mid-2015, 400 jihadists have died.', 400],
    ['In a 24-hour truce, 3 soldiers died.', 3],
    ['Palmyre-2016 : 40 sorties en un jour.', 40],
    ['The S-400 system and 12 jets were deployed.', 12],
  ])('%s keeps %d', (text, n) => {
    expect(figures(text).map((f) => f.min)).toContain(n);
  });
});

describe('readFigures: seconds are no figure', () => {
  it.each([
    ['Diffusion du lundi 28 mars · Durée : 12 min 40 s', 40],
    ['The clip runs 2 min 35 sec and shows the museum.', 35],
    ['Une minute et 30 secondes de silence ont été observées.', 30],
  ])('%s has no figure of %d', (text, n) => expect(figures(text).map((f) => f.min)).not.toContain(n));
  it.each([
    ['In the 1980s, 40 sorties a day were unheard of.', 40],
    ['Moscou revendique 40 sorties en 24 heures.', 40],
  ])('%s keeps %d', (text, n) => expect(figures(text).map((f) => f.min)).toContain(n));
});

describe('readFigures: ranks', () => {
  it('reads an ordinal as a rank with a noun after it, or standing for one after an article', () => {
    expect(figures('Sa deuxième grande défaite.')).toEqual([expect.objectContaining({ text: 'deuxième grande défaite', dimension: 'rank', min: 2 })]);
    expect(figures('Palmyra, its second, fell fast.')).toEqual([expect.objectContaining({ text: 'second', dimension: 'rank', min: 2 })]);
    expect(figures('La défaite est la troisième.')).toEqual([expect.objectContaining({ text: 'troisième', dimension: 'rank', min: 3 })]);
  });

  it('reads no length in "fois" before a word that is no unit of time', () => {
    expect(figures('Ils passent trois fois par jour.')).toEqual([expect.objectContaining({ dimension: 'count', min: 3 })]);
  });

  it('reads no rank in an ordinal that only orders the text', () => {
    expect(figures('Second, the army needs fuel.')).toEqual([]);
    expect(figures('Deuxièmement, il faut du carburant.')).toEqual([]);
  });
});
