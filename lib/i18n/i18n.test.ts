import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { localeOf, resolveUiLang, t } from './index';

describe('string tables', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('no string is empty and every placeholder of a key appears in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].length, key).toBeGreaterThan(0);
      expect(fr[key].length, key).toBeGreaterThan(0);
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('t', () => {
  it('returns the string of the language', () => {
    expect(t('verdict.contradicted', 'en')).toBe('Differs from the reference');
    expect(t('verdict.contradicted', 'fr')).toBe('Diffère de la référence');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('card.dispatch', 'en', { date: '27 March 2016' })).toBe('AFP dispatch of 27 March 2016');
    expect(t('empty.nothingRelated', 'fr', { n: 3 })).toContain('page : 3.');
    expect(t('card.dispatch', 'en', {})).toBe('AFP dispatch of {date}');
  });
});

describe('resolveUiLang', () => {
  it('follows the choice, else the browser', () => {
    expect(resolveUiLang('fr', 'en-US')).toBe('fr');
    expect(resolveUiLang('en', 'fr-FR')).toBe('en');
    expect(resolveUiLang('auto', 'fr-CA')).toBe('fr');
    expect(resolveUiLang('auto', 'FR')).toBe('fr');
    expect(resolveUiLang('auto', 'de-DE')).toBe('en');
    expect(resolveUiLang('auto', undefined)).toBe('en');
  });

  it('formats dates the way each language writes them', () => {
    const d = new Date(Date.UTC(2016, 2, 27));
    const fmt = (lang: 'en' | 'fr') =>
      new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
    expect(fmt('en')).toBe('27 March 2016');
    expect(fmt('fr')).toBe('27 mars 2016');
  });
});
