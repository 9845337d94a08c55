import { describe, expect, it } from 'vitest';
import { dataset, dispatchSentenceOf, entryById } from './dataset';
import { formatIsoDate, formatReferenceValue } from './format';

const value = (id: string, lang: 'en' | 'fr') => formatReferenceValue(entryById(id)!, lang);
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatReferenceValue', () => {
  it('writes counts with their unit and qualifier', () => {
    expect(value('is-killed-palmyra', 'en')).toBe('400 people');
    expect(value('is-killed-palmyra', 'fr')).toBe('400 personnes');
    expect(value('war-killed', 'en')).toBe('more than 270,000 people');
    expect(nbsp(value('war-killed', 'fr'))).toBe('plus de 270 000 personnes');
    expect(value('syrians-fled', 'en')).toBe('2,000,000 people or more');
  });

  it('writes durations and distances with singular and plural', () => {
    expect(value('truce-duration', 'en')).toBe('1 month');
    expect(value('battle-duration', 'en')).toBe('20 days');
    expect(nbsp(value('battle-duration', 'fr'))).toBe('20 jours');
    expect(value('palmyra-age', 'en')).toBe('more than 2,000 years');
    expect(value('al-alianiye-distance', 'en')).toBe('60 km');
  });

  it('writes dates at their precision', () => {
    expect(value('recapture-date', 'en')).toBe('27 March 2016');
    expect(value('recapture-date', 'fr')).toBe('27 mars 2016');
    expect(value('is-capture-date', 'en')).toBe('May 2015');
    expect(value('is-emergence-year', 'fr')).toBe('2013');
    expect(value('next-round-date', 'en')).toBe('about 9–10 April 2016');
    expect(value('russian-intervention-start', 'en')).toBe('21–30 September 2015');
  });

  it('writes ranks as ordinals', () => {
    expect(value('is-defeat-rank', 'en')).toBe('2nd');
    expect(value('is-defeat-rank', 'fr')).toBe('2e');
  });

  it('gives every entry a non-empty value in both languages', () => {
    for (const e of dataset.entries) {
      expect(formatReferenceValue(e, 'en'), e.id).not.toBe('');
      expect(formatReferenceValue(e, 'fr'), e.id).not.toBe('');
    }
  });
});

describe('formatIsoDate', () => {
  it("writes the dispatch's date in each language, whatever the time zone", () => {
    expect(formatIsoDate('2016-03-27', 'en')).toBe('27 March 2016');
    expect(formatIsoDate('2016-03-27', 'fr')).toBe('27 mars 2016');
    expect(formatIsoDate('not a date', 'en')).toBe('not a date');
  });
});

describe('dataset', () => {
  it('looks entries up by id and cuts their sentence', () => {
    expect(entryById('brussels-killed')?.value).toEqual({ type: 'number', n: 31 });
    expect(entryById('nope')).toBeNull();
    expect(entryById(null)).toBeNull();
    expect(dispatchSentenceOf(entryById('brussels-killed')!)).toContain('(31 morts et 340 blessés)');
  });
});
