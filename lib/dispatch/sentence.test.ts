import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceAround, sourceSentence } from './sentence';

const article = readFileSync(new URL('../../data/afp-palmyra-2016-03-27.txt', import.meta.url), 'utf8');
const reference = JSON.parse(readFileSync(new URL('../../data/reference.json', import.meta.url), 'utf8')) as {
  source: { copyHeader: { end: number } };
  entries: { id: string; quote: { text: string; start: number; end: number } }[];
};
const floor = reference.source.copyHeader.end;
const sentenceOf = (id: string) => {
  const e = reference.entries.find((x) => x.id === id)!;
  return sentenceAround(article, e.quote, floor);
};

describe('sentenceAround on the dispatch', () => {
  it('extends a quote to its whole sentence', () => {
    expect(sentenceOf('is-killed-palmyra')).toBe(
      'En 20 jours de combats, 400 jihadistes sont morts, "le bilan le plus lourd pour l\'EI dans une seule bataille depuis son émergence" dans le conflit en 2013, selon l\'Observatoire syrien des droits de l\'Homme (OSDH).',
    );
    expect(sentenceOf('pro-regime-killed-palmyra')).toBe('188 membres des forces prorégime y ont péri.');
  });

  it('does not cut at "M." nor at the thousands dot of "2.000"', () => {
    expect(sentenceOf('recapture-date')).toBe(
      'M. Assad a qualifié dimanche d\'"important exploit la libération de Palmyre", ville vieille de plus de 2.000 ans.',
    );
  });

  it("leaves out the copy's header and the subheads", () => {
    expect(sentenceOf('russian-intervention-start').startsWith("Il s'agit de la victoire")).toBe(true);
    expect(sentenceOf('russian-sorties')).toBe(
      'Selon Moscou, les avions russes ont effectué 40 sorties dans la région de Palmyre ces dernières 24 heures, bombardant 117 cibles "terroristes".',
    );
  });

  it('keeps the last sentence whole when the quote ends on its period', () => {
    expect(sentenceOf('next-round-date')).toBe("L'ONU espère un deuxième round autour du 9-10 avril.");
  });

  it('gives, for every entry, one sentence that holds the quote', () => {
    for (const e of reference.entries) {
      const s = sentenceOf(e.id);
      expect(s, e.id).toContain(e.quote.text);
      expect(s, e.id).not.toContain('date 2022-02');
      expect(s, e.id).not.toMatch(/ - /);
      expect(s, e.id).toMatch(/^[\p{Lu}\d"«]/u);
      expect(s, e.id).toMatch(/[.!?…]["»”)]?$/u);
      // One sentence: no sentence end followed by a capital inside it (bar "M. " and quotes).
      expect(s.replace(/\bM\. /g, 'M ').slice(0, -1), e.id).not.toMatch(/[.!?]["»]? [\p{Lu}\d]/u);
    }
  });
});

describe('sentenceAround on other text', () => {
  const text = 'Premier point. Deuxième phrase avec 42 morts ! Troisième ? Fin';
  it('finds sentences ended by ! and ?, and runs to the end of the text without a final mark', () => {
    const at = (needle: string) => {
      const start = text.indexOf(needle);
      return sentenceAround(text, { start, end: start + needle.length });
    };
    expect(at('42 morts')).toBe('Deuxième phrase avec 42 morts !');
    expect(at('Troisième')).toBe('Troisième ?');
    expect(at('Fin')).toBe('Fin');
    expect(at('Premier')).toBe('Premier point.');
  });

  it('spans several sentences when the quote does, and survives offsets out of range', () => {
    expect(sentenceAround(text, { start: 8, end: 20 })).toBe('Premier point. Deuxième phrase avec 42 morts !');
    expect(sentenceAround(text, { start: 500, end: 900 })).toBe('Fin');
    expect(sentenceAround('', { start: 0, end: 3 })).toBe('');
  });
});

describe('sourceSentence: a dataset with or without its article', () => {
  const quote = { text: '40 vehicles', start: 22, end: 33 };
  it("cuts the sentence from the dataset's own text, with no copy header", () => {
    const text = 'The flood came at dawn. It swept away 40 vehicles in the square. Then it rained.';
    expect(sourceSentence({ text }, { ...quote, start: 38, end: 49 })).toBe('It swept away 40 vehicles in the square.');
  });
  it('shows the quote itself without any text', () => {
    expect(sourceSentence({}, quote)).toBe('40 vehicles');
  });
  it('never reaches back into the copy header', () => {
    const e = reference.entries.find((x) => x.id === 'russian-intervention-start')!;
    expect(sourceSentence(reference.source, e.quote, article)).toBe(sentenceOf('russian-intervention-start'));
  });
});
