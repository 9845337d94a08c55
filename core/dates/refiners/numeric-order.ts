// Numeric dates are read day first. Month first where the page says so: told by the caller (a page
// declared American English), or an English text writing a slash date only month first allows
// ("10/27/2016") and none only day first allows ("27/10/2016"). Then "04/10/2016" is 10 April.
import type { Reading } from '../types';

export function numericOrder(readings: Reading[], lang: 'fr' | 'en' | undefined, monthFirst: boolean | undefined): Reading[] {
  let swap = monthFirst === true;
  if (!swap && lang === 'en') {
    let monthFirstOnly = false;
    for (const r of readings) {
      if (r.order === 'day-first' && r.parser === 'numeric') return readings;
      if (r.order === 'month-first') monthFirstOnly = true;
    }
    swap = monthFirstOnly;
  }
  if (!swap) return readings;
  return readings.map((r) =>
    r.order === 'both' ? { ...r, order: 'month-first', parts: { ...r.parts, day: r.parts.month, month: r.parts.day } } : r,
  );
}
