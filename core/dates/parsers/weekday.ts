// Weekdays: "dimanche", "on Sunday", "Tuesday's bombings", "les attentats de mardi", "mardi dernier",
// "last Tuesday", "next Friday", "ce mardi". Alone, a weekday is resolved against the page's own date
// (bare: the latest such day on or before it; "dernier"/"last" strictly before; "prochain"/"next"
// after); written with a date ("dimanche 27 mars", "Sunday, March 27") it is joined to it by the
// weekday refiner. Not "the Sunday Times", "Super Tuesday", "Mardi gras", "lundi de Pâques", "le
// dernier dimanche de mars".
import type { DateText } from '../context';
import {
  ARTICLES, FEAST_LINKS, FEASTS, MONTHS, SHIFT_AFTER, SHIFT_BEFORE, TITLE_WEEKDAYS, WEEKDAY_FEASTS, WEEKDAY_ORDINALS, WEEKDAY_PREPOSITIONS, WEEKDAYS,
} from '../lexicon';
import type { DateParts } from '../types';
import type { Found, TokenParser } from './parser';

/** Is the weekday at i part of a name ("the Sunday Times", "Easter Monday", "Mardi gras", "lundi de Pâques")? */
function inName(x: DateText, i: number): boolean {
  const next = x.norm(i + 1) ?? '';
  if (WEEKDAY_FEASTS.has(next) && x.adjacent(i, i + 1)) return true;
  if (FEAST_LINKS.has(next)) {
    // "lundi de Pâques", "jeudi de l'Ascension"; not "chassés dimanche de Palmyre"
    const k = FEAST_LINKS.has(x.norm(i + 2) ?? '') ? i + 3 : i + 2;
    if (FEASTS.has(x.norm(k) ?? '')) return true;
  }
  if (!TITLE_WEEKDAYS.has(x.norm(i)!)) return false;
  const prev = x.norm(i - 1) ?? '';
  if (WEEKDAY_PREPOSITIONS.has(prev)) return false;
  const capitalisedWord = (k: number) => x.capitalised(k) && x.adjacent(Math.min(i, k), Math.max(i, k)) && x.month(k) === undefined && x.weekday(k) === undefined;
  // "the Sunday Times", "Sunday Telegraph reported"
  if (capitalisedWord(i + 1)) return true;
  // "Easter Monday", "Super Tuesday"
  return capitalisedWord(i - 1) && MONTHS[prev] === undefined;
}

export const weekday: TokenParser = {
  name: 'weekday',
  openers: Object.keys(WEEKDAYS),
  read(x, i): Found | undefined {
    const w = x.weekday(i);
    if (w === undefined || inName(x, i)) return undefined;
    const prev = x.norm(i - 1) ?? '';
    // "le dernier dimanche de mars", "the first Monday", "the last Sunday of March": the nth weekday of
    // a month, not a date here.
    if (WEEKDAY_ORDINALS.has(prev) || (SHIFT_BEFORE[prev] === 'last' && ARTICLES.has(x.norm(i - 2) ?? ''))) return undefined;
    const parts: DateParts = { weekday: w };
    const after = SHIFT_AFTER[x.norm(i + 1) ?? ''];
    if (after !== undefined && x.adjacent(i, i + 1)) {
      parts.weekdayShift = after;
      return { from: i, to: i + 1, parts };
    }
    const before = SHIFT_BEFORE[prev];
    if (before !== undefined && x.adjacent(i - 1, i)) {
      parts.weekdayShift = before;
      return { from: i - 1, to: i, parts };
    }
    return { from: i, to: i, parts };
  },
};
