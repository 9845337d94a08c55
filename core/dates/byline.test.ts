import { describe, expect, it } from 'vitest';
import { isoFromDay } from './calendar';
import { bylineDay } from './byline';
import type { Lang, TextBlock } from '../types';

const block = (text: string, region: TextBlock['region'] = 'main'): TextBlock => ({ text, region });
const LONG = 'The army said on Sunday that its troops had taken the whole of the ancient city after three weeks of fighting, with air cover from Russian jets and help from allied militias on the ground, a monitor and the state news agency reported.';

function day(blocks: TextBlock[], lang: Lang = 'en'): string | undefined {
  const d = bylineDay(blocks, lang);
  return d === undefined ? undefined : isoFromDay(d);
}

describe('bylineDay: the page’s own date from its byline, when its metadata has none', () => {
  it.each([
    [[block('Palmyra: what we know', 'heading'), block('Sunday 27 March 2016, 21:10'), block(LONG)], 'en', '2016-03-27'],
    [[block('Invitée du matin', 'heading'), block('Émission du mercredi 30 mars 2016'), block(LONG)], 'fr', '2016-03-30'],
    [[block('Home | World | Middle East', 'boilerplate'), block('Published 28 March 2016 · Updated 10:20', 'boilerplate'), block(LONG)], 'en', '2016-03-28'],
    [[block('Publié le 29/03/2016 à 08h15'), block(LONG)], 'fr', '2016-03-29'],
  ] as const)('%#: %s', (blocks, lang, iso) => {
    expect(day([...blocks], lang)).toBe(iso);
  });

  it.each([
    // A timeline's first line tells of an event.
    [[block('Chronologie', 'heading'), block('21 mai 2015 – Les forces gouvernementales se retirent.'), block(LONG)], 'fr'],
    // A short sentence with a date is no byline.
    [[block('On 21 May 2015 IS took the city.'), block(LONG)], 'en'],
    // A date after the first long paragraph is the article's.
    [[block(LONG), block('Sunday 27 March 2016')], 'en'],
    // A date without its year is no page's date.
    [[block('Sunday 27 March, 21:10'), block(LONG)], 'en'],
  ] as const)('%#: no byline date', (blocks, lang) => {
    expect(day([...blocks], lang)).toBeUndefined();
  });
});
