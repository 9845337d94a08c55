import { describe, expect, it } from 'vitest';
import { dayFromIso, dayOf, isoFromDay } from './calendar';
import { resolveParts, type Anchors } from './resolve';
import type { DateParts } from './types';

const day = (iso: string) => dayFromIso(iso)!;
/** Sunday 27 March 2016. */
const SUNDAY: Anchors = { anchor: day('2016-03-27'), published: day('2016-03-27') };

function span(parts: DateParts, a: Anchors = SUNDAY): [string, string, string] | undefined {
  const r = resolveParts(parts, a);
  return r && [isoFromDay(r.first), isoFromDay(r.last), r.precision];
}

describe('resolveParts', () => {
  it('places weekdays from the page’s own date: bare 0–6 days back, "last" 1–7, "next" 1–7 ahead', () => {
    expect(span({ weekday: 0 })).toEqual(['2016-03-27', '2016-03-27', 'day']);
    expect(span({ weekday: 1 })).toEqual(['2016-03-21', '2016-03-21', 'day']);
    expect(span({ weekday: 0, weekdayShift: 'last' })).toEqual(['2016-03-20', '2016-03-20', 'day']);
    expect(span({ weekday: 6, weekdayShift: 'last' })).toEqual(['2016-03-26', '2016-03-26', 'day']);
    expect(span({ weekday: 0, weekdayShift: 'next' })).toEqual(['2016-04-03', '2016-04-03', 'day']);
    expect(span({ weekday: 2, weekdayShift: 'next' })).toEqual(['2016-03-29', '2016-03-29', 'day']);
    expect(span({ weekday: 0 }, { anchor: day('2016-03-27') })).toBeUndefined();
  });

  it('places "ago" and shifted units from the page’s own date', () => {
    expect(span({ ago: { unit: 'month', count: 4 } })).toEqual(['2015-11-01', '2015-11-30', 'month']);
    expect(span({ ago: { unit: 'week', count: 2 } })).toEqual(['2016-03-13', '2016-03-13', 'day']);
    expect(span({ unitShift: { unit: 'month', by: -3 } })).toEqual(['2015-12-01', '2015-12-31', 'month']);
    // Weeks run Monday to Sunday: a Sunday is the last day of its week.
    expect(span({ unitShift: { unit: 'week', by: 0 } })).toEqual(['2016-03-21', '2016-03-27', 'days']);
    expect(span({ unitShift: { unit: 'week', by: -1 } })).toEqual(['2016-03-14', '2016-03-20', 'days']);
    expect(span({ unitShift: { unit: 'year', by: -1 } }, { anchor: 1 })).toBeUndefined();
  });

  it('shifts months by the page’s month, days by its day', () => {
    expect(span({ month: 3, shift: 'last' })).toEqual(['2015-03-01', '2015-03-31', 'month']);
    expect(span({ month: 2, shift: 'last' })).toEqual(['2016-02-01', '2016-02-29', 'month']);
    expect(span({ month: 3, day: 7, shift: 'last' })).toEqual(['2016-03-07', '2016-03-07', 'day']);
    expect(span({ month: 3, day: 30, shift: 'last' })).toEqual(['2015-03-30', '2015-03-30', 'day']);
    expect(span({ month: 3, shift: 'next' })).toEqual(['2017-03-01', '2017-03-31', 'month']);
    expect(span({ month: 5, yearOffset: -1 })).toEqual(['2015-05-01', '2015-05-31', 'month']);
  });

  it('gives year-less dates the anchor’s year, or the one before when that is over a month ahead', () => {
    expect(span({ month: 4, day: 25 })).toEqual(['2016-04-25', '2016-04-25', 'day']);
    expect(span({ month: 4, day: 30 })).toEqual(['2015-04-30', '2015-04-30', 'day']);
    expect(span({ month: 1, day: 10 }, { anchor: day('2015-12-20') })).toEqual(['2016-01-10', '2016-01-10', 'day']);
    expect(span({ month: 3, day: 7 }, {})).toBeUndefined();
    // Without an anchor the page's own date serves.
    expect(span({ month: 3, day: 7 }, { published: day('2016-03-27') })).toEqual(['2016-03-07', '2016-03-07', 'day']);
  });

  it('resolves ranges across a year end, and refuses days that do not exist', () => {
    expect(span({ day: 28, month: 12, end: { day: 3, month: 1, year: 2016 }, isPeriod: true })).toEqual(['2015-12-28', '2016-01-03', 'days']);
    expect(span({ day: 28, month: 12, year: 2015, end: { day: 3, month: 1 } })).toEqual(['2015-12-28', '2016-01-03', 'days']);
    expect(span({ day: 30, month: 2, year: 2016 })).toBeUndefined();
    expect(span({ day: 9, month: 4, end: { day: 31 } })).toBeUndefined();
  });

  it('reads centuries and decades without any date', () => {
    expect(resolveParts({ century: -18 }, {})).toMatchObject({ first: dayOf(-1800, 1, 1), last: dayOf(-1701, 12, 31), precision: 'century' });
    expect(span({ century: 0 }, {})).toBeUndefined();
    expect(span({ decade: 1990 }, {})).toEqual(['1990-01-01', '1999-12-31', 'decade']);
  });

  it('leaves anaphoric days to their refiner', () => {
    expect(span({ anaphora: 1 })).toBeUndefined();
  });
});
