import { describe, expect, it } from 'vitest';
import { read, spans } from '../parsers/test-kit';

describe('a weekday written with its date', () => {
  it.each([
    ['Sunday, March 27, 2016 will be remembered.', 'Sunday, March 27, 2016', 'weekday+month-day', 'en'],
    ['dimanche 27 mars, la ville est reprise', 'dimanche 27 mars', 'weekday+day-month', 'fr'],
    ['Le mardi 22 mars, deux explosions.', 'mardi 22 mars', 'weekday+day-month', 'fr'],
    ['Publié le lundi 28.03.2016', 'lundi 28.03.2016', 'weekday+numeric', 'fr'],
    ['Réunion jeudi 31/03 à la préfecture', 'jeudi 31/03', 'weekday+numeric-short', 'fr'],
    // With a word that shifts the weekday: the date says which one.
    ['Les forces ont annoncé ce dimanche 27 mars la reprise de la ville.', 'ce dimanche 27 mars', 'weekday+day-month', 'fr'],
    ['The blasts of last Tuesday, March 22, killed 32.', 'last Tuesday, March 22', 'weekday+month-day', 'en'],
  ] as const)('%s', (text, span, parser, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, parser, weekday: true, precision: 'day' })]);
  });

  it('keeps the date’s own day even when the weekday disagrees', () => {
    expect(read('Tuesday, March 27, 2016', { lang: 'en' })[0]).toMatchObject({ from: '2016-03-27' });
  });

  it('joins only what stands side by side', () => {
    expect(spans('dimanche, et le 27 mars')).toEqual(['dimanche', '27 mars']);
    expect(spans('samedi 31/03/2016 et 22/03 aussi')).toEqual(['samedi 31/03/2016']);
  });
});
