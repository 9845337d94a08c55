import { describe, expect, it } from 'vitest';
import { read, spans, unresolved } from './test-kit';

// The page is dated Monday 28 March 2016.
describe('weekdays, placed by the page’s own date', () => {
  it.each([
    ["L'armée a repris la ville dimanche.", 'dimanche', '2016-03-27', 'fr'],
    ['Troops entered the city on Sunday.', 'Sunday', '2016-03-27', 'en'],
    ["Tuesday's bombings shook the capital.", 'Tuesday', '2016-03-22', 'en'],
    ['les attentats de mardi à Bruxelles', 'mardi', '2016-03-22', 'fr'],
    ['Lundi, la ministre a démissionné.', 'Lundi', '2016-03-28', 'fr'],
    ['Le vote de mardi dernier a été annulé.', 'mardi dernier', '2016-03-22', 'fr'],
    ["Since last Tuesday's attacks, the metro is shut.", 'last Tuesday', '2016-03-22', 'en'],
    ['The inquiry resumed last Monday.', 'last Monday', '2016-03-21', 'en'],
    ['Le conseil se réunira lundi prochain.', 'lundi prochain', '2016-04-04', 'fr'],
    ['The verdict is due next Friday.', 'next Friday', '2016-04-01', 'en'],
    ['Ce samedi, le marché est fermé.', 'Ce samedi', '2016-03-26', 'fr'],
  ] as const)('%s', (text, span, iso, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from: iso, to: iso, precision: 'day', parser: 'weekday', weekday: true, relative: true })]);
  });

  it('is a date of its own only with the page’s own date, never guessed', () => {
    expect(spans("L'armée a repris la ville dimanche.", { anchor: 16_888, published: undefined })).toEqual([]);
    expect(unresolved("L'armée a repris la ville dimanche.", { anchor: 16_888 })).toEqual(['dimanche']);
    expect(unresolved('on Sunday', { lang: 'en' })).toEqual(['Sunday']);
  });

  it('is part of the date written after it, which needs no page date', () => {
    expect(read('Sunday, March 27, 2016', { lang: 'en', anchor: undefined, published: undefined })).toEqual([
      expect.objectContaining({ text: 'Sunday, March 27, 2016', from: '2016-03-27', parser: 'weekday+month-day', weekday: true }),
    ]);
    expect(read('Mardi 22 mars, deux explosions', { published: undefined })[0]).toMatchObject({ text: 'Mardi 22 mars', from: '2016-03-22', weekday: true });
    expect(read('le dimanche 27.03.2016')[0]).toMatchObject({ text: 'dimanche 27.03.2016', parser: 'weekday+numeric' });
  });

  it.each([
    ['He writes for the Sunday Times.', 'en'],
    ['Super Tuesday decided little.', 'en'],
    ['Sunday Telegraph readers complained.', 'en'],
    ['Le Mardi gras attire les foules.', 'fr'],
    ['Le lundi de Pâques est férié.', 'fr'],
    ['le dernier dimanche de mars', 'fr'],
    ['the first Monday of the month', 'en'],
    ['The shops shut on Sundays.', 'en'],
  ] as const)('reads no weekday date in %j', (text, lang) => {
    expect(spans(text, { lang })).toEqual([]);
  });

  it('keeps a weekday a date before a name when a preposition says so', () => {
    expect(spans('On Sunday Syrian troops took the citadel.', { lang: 'en' })).toEqual(['Sunday']);
    expect(spans('a annoncé dimanche Vladimir Poutine', { lang: 'fr' })).toEqual(['dimanche']);
  });
});
