// A year, month or week placed by the page's date: "l'an dernier", "l'année dernière", "l'an passé",
// "cette année", "le mois dernier", "ce mois-ci", "la semaine prochaine", "last year", "this month",
// "next week". Resolved against the page's own date only. Not "the last year" (a duration) nor "les
// trois derniers mois".
import { shiftOffset } from '../context';
import { ARTICLES, PLURAL_UNITS, SHIFT_AFTER, SHIFT_BEFORE, THIS_SUFFIXES, UNITS } from '../lexicon';
import type { Found, TokenParser } from './parser';

export const relativeUnit: TokenParser = {
  name: 'relative-unit',
  openers: Object.keys(UNITS).filter((w) => UNITS[w] !== 'day' && !PLURAL_UNITS.has(w)),
  read(x, i): Found | undefined {
    const unit = UNITS[x.norm(i)!];
    if (unit === undefined || unit === 'day') return undefined;
    // "l'an dernier", "le mois prochain", "la semaine passée"
    const after = SHIFT_AFTER[x.norm(i + 1) ?? ''];
    if (after !== undefined && x.adjacent(i, i + 1)) return { from: i, to: i + 1, parts: { unitShift: { unit, by: shiftOffset(after) } } };
    // "last year", "this month", "cette année", "ce mois-ci"
    const before = SHIFT_BEFORE[x.norm(i - 1) ?? ''];
    if (before === undefined || !x.adjacent(i - 1, i)) return undefined;
    // "the last year" (a duration), "the next week" (after some other date).
    if (ARTICLES.has(x.norm(i - 2) ?? '')) return undefined;
    let to = i;
    if (x.norm(i + 1) === '-' && THIS_SUFFIXES.has(x.norm(i + 2) ?? '') && x.glued(i) && x.glued(i + 1)) to = i + 2;
    return { from: i - 1, to, parts: { unitShift: { unit, by: shiftOffset(before) } } };
  },
};
