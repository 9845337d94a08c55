// A month and its year, or a month alone after a word that makes it a month: "mai 2015", "May 2015",
// "en janvier", "since May", "au mois de mai". Not "it may rain", "Mars is red", "they march on",
// "sept morts", nor a month alone elsewhere ("Avril Lavigne", "a June wedding").
import { CAPITALISED_MONTHS, MONTH_PREPOSITIONS, MONTHS, OF, UNITS } from '../lexicon';
import type { Found, TokenParser } from './parser';

export const monthYear: TokenParser = {
  name: 'month',
  openers: [...Object.keys(MONTHS), ...Object.keys(CAPITALISED_MONTHS)],
  read(x, i): Found | undefined {
    const m = x.monthAlone(i);
    if (m === undefined) return undefined;
    const y = x.yearAfter(m.last);
    if (y !== undefined) return { from: i, to: y, parts: { month: m.value, year: x.year(y) } };
    const prev = x.norm(i - 1) ?? '';
    const alone =
      MONTH_PREPOSITIONS.has(prev) ||
      // "au mois de mai", "le mois d'août"
      (OF.has(prev) && UNITS[x.norm(i - 2) ?? ''] === 'month');
    return alone ? { from: i, to: m.last, parts: { month: m.value } } : undefined;
  },
};
