import { describe, expect, it } from 'vitest';
import { splitSentences, withoutTimeLabel } from './sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a terminator before a capital, a digit or an opening quote', () => {
    expect(sentences('The army retook the city. 400 jihadists died. "It was a rout," he said.')).toEqual([
      'The army retook the city.',
      '400 jihadists died.',
      '"It was a rout," he said.',
    ]);
  });

  it('ends one before a French quote, whose space stands inside the marks', () => {
    expect(sentences("Au moins 400 jihadistes y ont péri, selon l'OSDH. « L'organisation a perdu 40 % de son territoire », dit-il.")).toEqual([
      "Au moins 400 jihadistes y ont péri, selon l'OSDH.",
      "« L'organisation a perdu 40 % de son territoire », dit-il.",
    ]);
  });

  it('does not end one after an initial, a title or an abbreviation, or inside a number', () => {
    expect(sentences('M. Assad a salué la reprise. Dr. Smith agreed with Gen. Petraeus about the 2.000 dead.')).toEqual([
      'M. Assad a salué la reprise.',
      'Dr. Smith agreed with Gen. Petraeus about the 2.000 dead.',
    ]);
    expect(sentences('It ended at 3 p.m. on Sunday.')).toEqual(['It ended at 3 p.m. on Sunday.']);
    // A unit's one-letter symbol after a number is no initial: its full stop ends the sentence.
    expect(sentences("Ouvert jusqu'à 21 h. Entrée libre le dimanche.")).toEqual(["Ouvert jusqu'à 21 h.", 'Entrée libre le dimanche.']);
    expect(sentences('The wall rises to 12 m. Visitors climb it.')).toEqual(['The wall rises to 12 m.', 'Visitors climb it.']);
    expect(sentences('Vers 10 h, M. Assad a parlé.')).toEqual(['Vers 10 h, M. Assad a parlé.']);
    // An abbreviated month.
    expect(sentences('Sept. 30, 2015: Russia begins air strikes. Oct. 7: more follow.')).toEqual(['Sept. 30, 2015: Russia begins air strikes.', 'Oct. 7: more follow.']);
    expect(sentences('Le 3 déc. 2015, la coalition a frappé Raqqa.')).toEqual(['Le 3 déc. 2015, la coalition a frappé Raqqa.']);
  });
});

describe('withoutTimeLabel: a live post quoted without its time of day', () => {
  it.each([
    ['10h40 – Moscou détaille sa participation : 40 sorties.', 'Moscou détaille sa participation : 40 sorties.'],
    ['14:05 - Moscow says its jets flew 40 sorties.', 'Moscow says its jets flew 40 sorties.'],
    ['9.30am: The army says it holds the city.', 'The army says it holds the city.'],
    ['12 h 20 | Nouveau bilan de 422 morts.', 'Nouveau bilan de 422 morts.'],
  ])('%s', (sentence, quoted) => expect(withoutTimeLabel(sentence)).toBe(quoted));
  it.each([
    // A time inside the sentence, or one that is its subject, stays.
    ['The curfew starts at 10:40 – or so the army says.'],
    ['10h40 était l\'heure annoncée pour le convoi.'],
    ['24 hours – that is how long the push took.'],
    ['2016 – the year Palmyra was retaken twice.'],
  ])('keeps %s', (sentence) => expect(withoutTimeLabel(sentence)).toBe(sentence));
});
