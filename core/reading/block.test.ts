import { describe, expect, it } from 'vitest';
import { cellRange, clauseRange, describesNoun, phraseRange, segmentRange, sinceAt, words } from './block';
import { blockOf } from './testing';

describe('buildBlock: sentences, segments, phrases, clauses', () => {
  it('cuts segments at strong marks and phrases at commas, not inside "270,000"', () => {
    const { b, figure } = blockOf("Pertes de l'EI | 400 tués (premier bilan) ; 417 tués. The war has killed 270,000 people, the monitor says.");
    const f = figure('270,000');
    expect(words(b, ...phraseRange(b, f.range[0]))).toBe('The war has killed 270,000 people');
    const g = figure('417');
    expect(words(b, ...segmentRange(b, g.range[0]))).toBe('; 417 tués.');
    const h = figure('400');
    expect(b.segmentOpener[b.segmentOf[h.range[0]]!]).toBe('|');
  });
  it('goes on after an aside between two dashes from where the phrase was before it', () => {
    const { b, figure } = blockOf('Les combats ont fait 400 morts chez les jihadistes — un record pour le groupe — et 188 dans les rangs loyalistes.');
    expect(words(b, ...phraseRange(b, figure('188').range[0]))).toBe('Les combats ont fait 400 morts chez les jihadistes — un record pour le groupe — et 188 dans les rangs loyalistes.');
    expect(words(b, ...phraseRange(b, figure('400').range[0]))).toBe('Les combats ont fait 400 morts chez les jihadistes');
    // One dash alone still cuts: "Palmyre – la ville antique".
    const one = blockOf('The army retook the city — 400 jihadists died.');
    expect(words(one.b, ...phraseRange(one.b, one.figure('400').range[0]))).toBe('— 400 jihadists died.');
  });
  it('cuts a clause at a coordinator', () => {
    const { b, figure } = blockOf('IS launched its assault on 20 May and controlled the city the next day.');
    const f = figure('20 May');
    expect(words(b, ...clauseRange(b, f.range))).toBe('IS launched its assault on 20 May');
  });
  it('keeps a second object joined by "and its" in the clause, not a second clause', () => {
    const joined = blockOf('IS had overrun the oasis town and its Roman-era ruins in May 2015.');
    expect(words(joined.b, ...clauseRange(joined.b, joined.figure('May 2015').range))).toBe('IS had overrun the oasis town and its Roman-era ruins in May 2015.');
    const fr = blockOf("L'EI avait pris la ville et ses ruines antiques en mai 2015.");
    expect(words(fr.b, ...clauseRange(fr.b, fr.figure('mai 2015').range))).toBe("L'EI avait pris la ville et ses ruines antiques en mai 2015.");
    // A word of the reference after the coordinator: its own clause.
    const own = blockOf('IS took the town and its fighters were killed on 27 March.');
    expect(words(own.b, ...clauseRange(own.b, own.figure('27 March').range))).toBe('its fighters were killed on 27 March.');
  });
  it('keeps a pair opened by "between"/"entre" in its clause', () => {
    const en = blockOf('The UN hopes for a second round of talks between government and opposition around April 9-10.');
    expect(words(en.b, ...clauseRange(en.b, en.figure('April 9-10').range))).toBe('The UN hopes for a second round of talks between government and opposition around April 9-10.');
    const fr = blockOf("La trêve conclue il y a un mois entre le régime et les rebelles tient encore.");
    expect(words(fr.b, ...clauseRange(fr.b, fr.figure('un mois').range))).toBe("La trêve conclue il y a un mois entre le régime et les rebelles tient encore.");
    // Too far from "between", the coordinator opens a clause.
    const far = blockOf('Talks between the government delegation of Damascus and the rebels stalled and the army attacked on 7 March.');
    expect(words(far.b, ...clauseRange(far.b, far.figure('7 March').range))).toBe('the army attacked on 7 March.');
  });
  it('keeps a dash between numbers inside a phrase, and cuts at a spaced one', () => {
    const { b, figure } = blockOf('Palmyre – la ville antique, reprise après 9-10 jours.');
    expect(b.segmentOpener).toContain('\u2013');
    expect(words(b, ...phraseRange(b, figure('9-10').range[0]))).toBe(', reprise après 9-10 jours.');
    // An en dash glued to its neighbours joins a range, as a hyphen does.
    const range = blockOf('IS fighters overran the oasis on 20\u201321 May 2015 and held it.');
    expect(range.b.segmentOpener).not.toContain('\u2013');
    const years = blockOf('Pendant la guerre de 2011\u20132016, la ville a changé trois fois de mains.');
    expect(years.b.segmentOpener).not.toContain('\u2013');
    // Spaced, it cuts.
    expect(blockOf('Palmyre \u2013 la ville a été reprise le 27 mars.').b.segmentOpener).toContain('\u2013');
  });
  it('cuts the items of a metadata line at a spaced middle dot or bullet, not inside a word', () => {
    const radio = blockOf('Réécouter le journal de 19 heures · Durée : 14 min');
    expect(words(radio.b, ...phraseRange(radio.b, radio.figure('19 heures').range[0]))).toBe('Réécouter le journal de 19 heures');
    const ticker = blockOf('Lahore toll rises to 65 \u2022 Palmyra retaken after 20 days');
    expect(words(ticker.b, ...phraseRange(ticker.b, ticker.figure('20 days').range[0]))).toBe('\u2022 Palmyra retaken after 20 days');
    // Glued, a middle dot is inside a word (French inclusive writing), not a mark.
    expect(blockOf('Les électeur·rices ont voté à 60 %.').b.segmentOpener).not.toContain('\u00b7');
  });
});

describe('describesNoun: a participle between a number and its noun', () => {
  const described = (text: string, word: string) => {
    const { b } = blockOf(text);
    const i = b.tokens.findIndex((t) => t.norm === word);
    return (b.hitsAt[i] ?? []).filter((h) => h.first === i).map((h) => describesNoun(b, h));
  };
  it('describes the soldiers, not an event of the sentence', () => {
    expect(described('IS released a video of 25 captured soldiers being shot.', 'captured')).toContain(true);
  });
  it('describes the noun after a hyphenated compound, where nothing happened', () => {
    expect(described('Some 200,000 people remain in government-held districts.', 'held')).toContain(true);
    expect(described('Its jets struck IS-held territory near Raqqa.', 'held')).toContain(true);
  });
  it('leaves nouns and verbs as they are', () => {
    expect(described('IS has held the town since May 2015.', 'held').every((d) => !d)).toBe(true);
    expect(described('The city was re-taken on Sunday.', 'taken').every((d) => !d)).toBe(true);
    expect(described('Its jets hit 117 targets in the last 24 hours.', 'targets').every((d) => !d)).toBe(true);
    expect(described('IS captured the city in May 2015.', 'captured').every((d) => !d)).toBe(true);
    expect(described("L'aviation a mené 9 000 sorties en Syrie.", 'sorties').every((d) => !d)).toBe(true);
  });
});

describe('cellRange: the cell of a table row a figure stands in', () => {
  it('stops at the separators around the figure, and is the whole range outside tables', () => {
    const { b, figure } = blockOf('Distance to the next town | 60 km (al-Alianiyah) | over 150 km (Deir ez-Zor)');
    const f = figure('150');
    const [from, to] = cellRange(b, f.range, [0, b.tokens.length - 1]);
    expect(words(b, from, to)).toBe('over 150 km (Deir ez-Zor)');
    const plain = blockOf('The army is 60 km from the town.');
    const g = plain.figure('60');
    expect(cellRange(plain.b, g.range, [0, plain.b.tokens.length - 1])).toEqual([0, plain.b.tokens.length - 1]);
  });
});

describe('sinceAt: "since", "depuis", "dès"', () => {
  const at = (text: string, word: string) => {
    const { b } = blockOf(text);
    return sinceAt(b, b.tokens.findIndex((t) => b.text.slice(t.start, t.end) === word));
  };
  it.each([
    ['Les combats durent depuis le 7 mars.', 'depuis'],
    ['Dès le 7 mars, les avions ont frappé.', 'Dès'],
    ['The city has been held since May.', 'since'],
  ])('%s: %s', (text, word) => expect(at(text, word)).toBe(true));
  it.each([
    // The article, written without its accent, is no "dès".
    ["L'ONU espère une reprise autour des 9 et 10 avril.", 'des'],
    ['Des centaines de soldats sont arrivés.', 'Des'],
  ])('%s: %s is no since', (text, word) => expect(at(text, word)).toBe(false));
});
