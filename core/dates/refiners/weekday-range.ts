// Two weekdays linked as a period are one period: "entre mardi et jeudi", "du mardi au jeudi", "from
// Tuesday to Thursday", "between Tuesday and Thursday". Weekdays are placed only once resolved against
// the page's date, so this refiner runs on resolved mentions: the second must fall after the first,
// within the week.
import type { DateText } from '../context';
import type { DateMention } from '../types';
import { linkBetween } from './range-merge';

const WEEK_DAYS = 7;

function bareWeekday(d: DateMention): boolean {
  return d.parser === 'weekday' && d.precision === 'day' && !d.period;
}

/** Merges in place (the array is compacted) and returns it. */
export function mergeWeekdayRanges(dates: DateMention[], x: DateText): DateMention[] {
  let n = 0;
  for (let k = 0; k < dates.length; k++) {
    const a = dates[k]!;
    const b = dates[k + 1];
    // Each weekday was placed alone, the latest such day up to the page's: on a Tuesday, "entre mardi
    // et jeudi" has its Tuesday the week before its Thursday.
    const first = b && a.first >= b.first ? a.first - WEEK_DAYS : a.first;
    if (b && bareWeekday(a) && bareWeekday(b) && b.first > first && b.first - first < WEEK_DAYS && linkBetween(x, a, b) === 'period') {
      dates[n++] = { ...a, end: b.end, first, last: b.last, period: { from: [first, first], to: [b.first, b.last] }, parser: `${a.parser}…${b.parser}` };
      k++;
      continue;
    }
    dates[n++] = a;
  }
  dates.length = n;
  return dates;
}
