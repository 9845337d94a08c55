import { describe, expect, it } from 'vitest';
import { read, spans } from './test-kit';

const en = { lang: 'en' as const };

describe('month, day (and year)', () => {
  it.each([
    ['The strikes resumed on March 7 near the oasis.', 'March 7', '2016-03-07'],
    ['Sunday, talks opened, and on March 7, 2016 they stalled.', 'March 7, 2016', '2016-03-07'],
    ['Results are due March 27th.', 'March 27th', '2016-03-27'],
    ['Dated Sept. 19, 2016 and signed.', 'Sept. 19, 2016', '2016-09-19'],
    ['the rally planned for April 21', 'April 21', '2016-04-21'],
    ['the rally held on May 1', 'May 1', '2015-05-01'],
    ['Posted Dec 3 2015 by staff', 'Dec 3 2015', '2015-12-03'],
  ])('%s', (text, span, iso) => {
    expect(read(text, en)).toContainEqual(expect.objectContaining({ text: span, from: iso, to: iso, precision: 'day', parser: 'month-day' }));
  });

  it('reads two days and periods', () => {
    expect(read('a second round around April 9-10', en)[0]).toMatchObject({ text: 'April 9-10', from: '2016-04-09', to: '2016-04-10', precision: 'days' });
    expect(read('on April 9 or 10', en)[0]).toMatchObject({ text: 'April 9 or 10', precision: 'days' });
    expect(read('April 9 or 10', en)[0]!.period).toBeUndefined();
    expect(read('April 9-10', en)[0]!.period).toBeUndefined();
    expect(read('fighting on March 7-27 around the city', en)[0]).toMatchObject({ text: 'March 7-27', period: ['2016-03-07', '2016-03-27'] });
    expect(read('between March 20 and 23 the convoys moved', en)[0]).toMatchObject({ text: 'March 20 and 23', period: ['2016-03-20', '2016-03-23'] });
    expect(read('from March 20 to 23', en)[0]).toMatchObject({ text: 'March 20 to 23', period: ['2016-03-20', '2016-03-23'] });
  });

  it('places "September 30 last year" from the page’s own date', () => {
    expect(read('the first strikes, September 30 last year,', en)[0]).toMatchObject({ text: 'September 30 last year', from: '2015-09-30', relative: true });
  });

  it.each([
    'They will march 10 miles to the capital.',
    'Prices may 3 times rise.',
    'The Mars 2 probe failed.',
    'The march 2016 figures are out.',
  ])('reads no month-day in %j', (text) => {
    expect(spans(text, en)).toEqual([]);
  });
});
