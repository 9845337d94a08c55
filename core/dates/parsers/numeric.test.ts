import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens';
import { readDates } from '../parse';
import { isoFromDay } from '../calendar';
import { read, spans, unresolved } from './test-kit';

describe('numeric dates (day first)', () => {
  it.each([
    ['Le scrutin est fixé au 14/06/2016 dans tout le pays.', '14/06/2016', '2016-06-14'],
    ['Mis en ligne le 05.11.2015 en fin de journée', '05.11.2015', '2015-11-05'],
    ['Report updated 27-03-2016 by the desk', '27-03-2016', '2016-03-27'],
    ['Filed on 07/03/16, amended later', '07/03/16', '2016-03-07'],
    ['Dernière révision : 9/4/2016.', '9/4/2016', '2016-04-09'],
  ])('%s', (text, span, iso) => {
    expect(read(text)).toEqual([expect.objectContaining({ text: span, from: iso, to: iso, precision: 'day', parser: 'numeric' })]);
  });

  it('reads month first where day first is no date ("10/27/2016")', () => {
    expect(read('Posted 10/27/2016 at noon', { lang: 'en' })[0]).toMatchObject({ from: '2016-10-27' });
    expect(read('Publié le 12/31/2015', { lang: 'fr' })[0]).toMatchObject({ from: '2015-12-31' });
  });

  it('turns ambiguous slash dates month first on an English page that writes month first elsewhere', () => {
    const text = 'Deadline 04/10/2016; the last one was 12/25/2015.';
    expect(read(text, { lang: 'en' }).map((d) => d.from)).toEqual(['2016-04-10', '2015-12-25']);
    // A French page keeps day first for what both orders allow.
    expect(read(text, { lang: 'fr' }).map((d) => d.from)).toEqual(['2016-10-04', '2015-12-25']);
    // So does an English page that also writes a date only day first allows.
    expect(read('Filed 04/10/2016, closed 25/10/2016, opened 12/25/2015', { lang: 'en' }).map((d) => d.from)).toEqual(['2016-10-04', '2016-10-25', '2015-12-25']);
  });

  it('reads month first when the caller says the page does (American English)', () => {
    const text = 'Mis à jour 04/10/2016';
    const [d] = readDates(text, tokenize(text), { monthFirst: true }).dates;
    expect(isoFromDay(d!.first)).toBe('2016-04-10');
  });

  it('reads "22/03" only after a weekday', () => {
    expect(read('Rendez-vous mardi 22/03 devant la mairie.')).toEqual([
      expect.objectContaining({ text: 'mardi 22/03', from: '2016-03-22', parser: 'weekday+numeric-short', weekday: true }),
    ]);
    expect(read('On Friday 01.04 the market reopens.', { lang: 'en' })[0]).toMatchObject({ text: 'Friday 01.04', from: '2016-04-01' });
    expect(spans('Le taux est passé de 22/03 à 25/03 points.')).toEqual([]);
    expect(spans('a ratio of 3/4 in the sample')).toEqual([]);
  });
});

describe('numeric dates: what they are not', () => {
  it.each([
    'Les Bleus ont gagné 31-27 face aux Gallois.',
    'Install version 1.2.10 before the update.',
    'Le serveur répond sur 192.168.1.10 seulement.',
    'Appelez le 06-12-34-56-78 après midi.',
    'Il reste 1/2/3 des places.',
    'Le prix est passé à 12.50.2016 euros le lot.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('reads no day that does not exist', () => {
    expect(spans('daté du 31/02/2016')).toEqual([]);
    expect(unresolved('daté du 31/02/2016')).toEqual([]);
  });
});
