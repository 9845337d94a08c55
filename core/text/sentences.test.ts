import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

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
