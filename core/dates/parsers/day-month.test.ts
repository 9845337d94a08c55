import { describe, expect, it } from 'vitest';
import { read, spans, unresolved } from './test-kit';

describe('day, month (and year)', () => {
  it.each([
    ['Le sommet s’ouvrira le 7 mars à Genève.', '7 mars', '2016-03-07'],
    ['La trêve entre en vigueur le 1er avril.', '1er avril', '2016-04-01'],
    ['Le défilé a eu lieu le premier mai.', 'premier mai', '2015-05-01'],
    ['Elle avait quitté la ville le 21 mai 2015 au matin.', '21 mai 2015', '2015-05-21'],
    ['They signed the deal on 7 March 2016 in Vienna.', '7 March 2016', '2016-03-07'],
    ['The hearing is set for the 27th of March.', '27th of March', '2016-03-27'],
    ['Voting closes 27th March, officials said.', '27th March', '2016-03-27'],
    ['Published 3 déc. 2015', '3 déc. 2015', '2015-12-03'],
    ['The convoy left on 28 Feb. 2016 at dawn.', '28 Feb. 2016', '2016-02-28'],
  ])('%s', (text, span, iso) => {
    expect(read(text, { lang: /[’éè]|le |La |Elle|Publi/.test(text) ? 'fr' : 'en' })).toEqual([
      expect.objectContaining({ text: span, from: iso, to: iso, precision: 'day', parser: 'day-month' }),
    ]);
  });

  it('gives a year-less date the year that puts it nearest before the page (a month ahead at most)', () => {
    expect(read('le 9 avril')[0]!.from).toBe('2016-04-09');
    expect(read('le 30 mai')[0]!.from).toBe('2015-05-30');
    expect(read('le 12 décembre', { anchor: 16_800 /* 2015-12-31 */, published: undefined })[0]!.from).toBe('2015-12-12');
  });

  it('places "7 mars dernier" and "30 September last year" from the page’s own date only', () => {
    expect(read('depuis le 7 mars dernier')).toEqual([expect.objectContaining({ text: '7 mars dernier', from: '2016-03-07', relative: true })]);
    expect(read('depuis le 30 mars dernier')[0]!.from).toBe('2015-03-30');
    expect(read('it began on 30 September last year', { lang: 'en' })[0]).toMatchObject({ text: '30 September last year', from: '2015-09-30' });
    expect(unresolved('depuis le 7 mars dernier', { anchor: 16_888 })).toEqual(['7 mars dernier']);
  });

  it('reads two days of one month', () => {
    expect(read('les 9 et 10 avril')).toEqual([expect.objectContaining({ text: '9 et 10 avril', from: '2016-04-09', to: '2016-04-10', precision: 'days' })]);
    expect(read('talks pencilled in for 9-10 April', { lang: 'en' })[0]).toMatchObject({ text: '9-10 April', precision: 'days' });
    expect(read('vers le 9 ou le 10 avril')[0]).toMatchObject({ text: '9 ou le 10 avril' });
    expect(read('les 9 et 10 avril')[0]!.period).toBeUndefined();
    expect(read('9-10 avril')[0]!.period).toBeUndefined();
    // Glued, but days apart: a period (a fact box's "7–27 March 2016").
    expect(read('Date 7–27 March 2016', { lang: 'en' })[0]).toMatchObject({ text: '7–27 March 2016', period: ['2016-03-07', '2016-03-27'] });
    expect(read('du 20-27 mars')[0]).toMatchObject({ period: ['2016-03-20', '2016-03-27'] });
  });

  it('reads periods of one month with their ends', () => {
    const period = (text: string, lang: 'fr' | 'en' = 'fr') => {
      const [d] = read(text, { lang });
      return [d!.text, d!.period];
    };
    expect(period('du 9 au 27 mars 2016')).toEqual(['9 au 27 mars 2016', ['2016-03-09', '2016-03-27']]);
    expect(period('entre le 20 et le 23 mars')).toEqual(['20 et le 23 mars', ['2016-03-20', '2016-03-23']]);
    expect(period('Du 22 au 24 mars, le trafic sera réduit.')).toEqual(['22 au 24 mars', ['2016-03-22', '2016-03-24']]);
    expect(period('from 14 to 24 March the roads stay shut', 'en')).toEqual(['14 to 24 March', ['2016-03-14', '2016-03-24']]);
    expect(period('Between 20 and 23 March, flights were cut.', 'en')).toEqual(['20 and 23 March', ['2016-03-20', '2016-03-23']]);
    expect(period('20 to 23 March', 'en')).toEqual(['20 to 23 March', ['2016-03-20', '2016-03-23']]);
    expect(period('Offensive : 7 – 27 mars 2016')).toEqual(['7 – 27 mars 2016', ['2016-03-07', '2016-03-27']]);
    expect(period('du dimanche 27 au lundi 28 mars')).toEqual(['dimanche 27 au lundi 28 mars', ['2016-03-27', '2016-03-28']]);
  });

  it.each([
    'Le 7 marsupial 2016 est une blague.',
    'France won 4-2 against Russia.',
    'Ils ont marqué 31-27 en finale.',
    'Il a vendu 2000 exemplaires en mars.',
    'There were 7 Mars bars left.',
  ])('reads no day in %j', (text) => {
    expect(read(text, { lang: /There/.test(text) ? 'en' : 'fr' }).filter((d) => d.precision === 'day' || d.precision === 'days')).toEqual([]);
  });

  it('reads no day that is not one', () => {
    expect(spans('le 32 mars')).toEqual([]);
    expect(unresolved('le 30 février', { anchor: 16_888 })).toEqual(['30 février']);
  });
});
