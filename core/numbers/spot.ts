// Finds every number of a text: digits, number words (FR and EN), vague amounts ("des centaines",
// "hundreds") and ordinals ("deuxième", "second", "8th"). What each number counts, and whether it
// is a claim at all, is decided later (claims/): this module only reads numbers.
import { lexicon } from '../lexicon';
import type { Token } from '../text/tokens';
import { findDigitRuns } from './digits';
import { EN_FRACTIONS, EN_NUMBER_JOINERS, EN_NUMBER_WORDS, EN_ORDINALS, EN_SEVERAL, EN_SINGLE, EN_VAGUE } from './lexicon-en';
import { FR_APPROX_NOUNS, FR_FRACTIONS, FR_NUMBER_JOINERS, FR_NUMBER_WORDS, FR_ORDINALS, FR_SINGLE, FR_VAGUE, FR_VAGUE_DETERMINERS } from './lexicon-fr';

export interface NumberMention {
  start: number;
  end: number;
  /** The value; for vague amounts the low end of `vague`. */
  value: number;
  form: 'digits' | 'words';
  ordinal: boolean;
  /** Vague amounts as an interval: "hundreds" is [200, 999]. */
  vague?: [number, number];
  /** "une centaine de", "a dozen or so": approximately `value`. */
  approximate?: boolean;
  decimal: boolean;
  leadingZero: boolean;
  /** Count of digits when written with digits. */
  digits: number;
}

const MULTIPLIERS: Record<string, number> = {
  mille: 1e3, thousand: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9,
  mn: 1e6, bn: 1e9,
};

const DIGIT_ORDINAL_SUFFIX = /^(?:st|nd|rd|th|e|er|re|ere|eme|ème|ieme|ième|è)\b/iu;

// (A lexicon holds both languages' words, whichever page language it is compiled for.)
const WORDS = lexicon('en');

/** Words that only count as the number one in front of a unit of time: "un mois", "a week". */
const ONE_WORDS = WORDS.indefiniteArticles.words;

/** Definite articles and possessives: after one, an ordinal with no noun stands for one ("its second,"; "wait a second" is a unit). */
const DETERMINERS = WORDS.determiners.words;

/** A number just before token i, or a number and its noun: "25 sorties | a day", "20 | a day". */
function countBefore(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (p?.type === 'number') return true;
  return p?.type === 'word' && tokens[i - 2]?.type === 'number';
}
export const ONE_UNIT_WORDS = new Set([
  'mois', 'an', 'annee', 'semaine', 'jour', 'journee', 'heure', 'siecle', 'decennie', 'minute',
  'month', 'year', 'week', 'day', 'hour', 'century', 'decade', 'minute', 'dozen', 'hundred', 'thousand', 'million',
  'cent', 'mille', 'million', 'milliard', 'billion',
]);

const SINGLE_WORDS = new Set([...EN_SINGLE, ...FR_SINGLE]);

const NUMBER_WORD_VALUES = new Map<string, number>([...Object.entries(FR_NUMBER_WORDS), ...Object.entries(EN_NUMBER_WORDS)]);

const FRACTIONS = new Map<string, number>([...Object.entries(FR_FRACTIONS), ...Object.entries(EN_FRACTIONS)]);

/** Every word this module reacts to: most words of a page are none of them, and one lookup says so. */
const NUMBER_LEXICON = new Set<string>([
  ...NUMBER_WORD_VALUES.keys(), ...ONE_WORDS, ...Object.keys(FR_ORDINALS), ...Object.keys(EN_ORDINALS),
  ...Object.keys(FR_VAGUE), ...Object.keys(EN_VAGUE), ...Object.keys(FR_APPROX_NOUNS), ...FRACTIONS.keys(),
]);

function wordValue(norm: string): number | undefined {
  return NUMBER_WORD_VALUES.get(norm);
}

/** Parses a run of number words ("cent quatre-vingt-huit", "two hundred and fifty"). */
export function valueOfWords(words: string[]): number {
  let total = 0;
  let current = 0;
  let previous = '';
  for (const w of words) {
    if (FR_NUMBER_JOINERS.has(w) || EN_NUMBER_JOINERS.has(w)) continue;
    const v = wordValue(w) ?? (ONE_WORDS.has(w) ? 1 : undefined);
    if (v === undefined) continue;
    if ((w === 'vingt' || w === 'vingts') && previous === 'quatre') current += 80 - 4; // quatre-vingts
    else if (v === 100) current = (current || 1) * 100;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
    previous = w;
  }
  return total + current;
}

function isNumberWord(norm: string): boolean {
  return wordValue(norm) !== undefined;
}

/**
 * A fraction of a large unit, read from its fraction word at `i`: "half a million", "a quarter of a
 * million", "three quarters of a million", "un demi-million", "un quart de million". Without the
 * unit it is no number ("half the dead", "un quart de la ville").
 */
function fractionAt(tokens: Token[], i: number): { first: number; last: number; value: number } | undefined {
  const part = FRACTIONS.get(tokens[i]!.norm)!;
  let j = i + 1;
  if (tokens[j]?.norm === '-') j++;
  if (WORDS.ofWords.has(tokens[j]?.norm)) j++;
  if (ONE_WORDS.has(tokens[j]?.norm ?? '')) j++;
  const unit = MULTIPLIERS[tokens[j]?.norm ?? ''];
  if (unit === undefined || tokens[j]!.type !== 'word') return undefined;
  // "three quarters": the count of parts before the word; "a quarter", "un demi": one.
  const before = tokens[i - 1];
  const count = before?.type === 'word' ? (ONE_WORDS.has(before.norm) ? 1 : wordValue(before.norm)) : undefined;
  return { first: count === undefined ? i : i - 1, last: j, value: (count ?? 1) * part * unit };
}

/**
 * All numbers of `text`, given its tokens (from tokenize()). Sorted by start, never overlapping.
 */
export function findNumbers(text: string, tokens: Token[]): NumberMention[] {
  const out: NumberMention[] = [];

  // Digits, with a multiplier word or an ordinal suffix glued on.
  for (const run of findDigitRuns(text)) {
    let { end, value } = run;
    const tail = text.slice(end, end + 12);
    const suffix = DIGIT_ORDINAL_SUFFIX.exec(tail);
    if (suffix && !run.decimal && /^\p{L}+/u.exec(tail)?.[0].length === suffix[0].length) {
      out.push({ ...run, end: end + suffix[0].length, value, form: 'digits', ordinal: true });
      continue;
    }
    const mult = /^[\s\u00a0\u202f]*(millions?|milliards?|billions?|thousand|mille|mn|bn)\b/iu.exec(tail);
    if (mult) {
      value *= MULTIPLIERS[mult[1]!.toLowerCase()] ?? 1;
      end += mult[0].length;
    }
    out.push({ start: run.start, end, value, form: 'digits', ordinal: false, decimal: run.decimal, leadingZero: run.leadingZero, digits: run.digits });
  }

  // Tokens inside a digit figure ("1,5 million": "million" is taken), found in one merge pass.
  const taken = new Uint8Array(tokens.length);
  for (let i = 0, k = 0; i < tokens.length && k < out.length; ) {
    const t = tokens[i]!;
    const m = out[k]!;
    if (t.start >= m.end) k++;
    else {
      if (t.start >= m.start) taken[i] = 1;
      i++;
    }
  }

  // Words: runs of number words, hyphens and joiners inside.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || taken[i] || !NUMBER_LEXICON.has(t.norm)) continue;
    const norm = t.norm;
    const next = tokens[i + 1];
    const after = tokens[i + 2];

    if (FRACTIONS.has(norm)) {
      const fraction = fractionAt(tokens, i);
      if (fraction) {
        out.push({ start: tokens[fraction.first]!.start, end: tokens[fraction.last]!.end, value: fraction.value, form: 'words', ordinal: false, decimal: false, leadingZero: false, digits: 0 });
        i = fraction.last;
      }
      continue;
    }

    // Ordinals: "deuxième", "second" (not the unit "30 seconds").
    const ord = FR_ORDINALS[norm] ?? EN_ORDINALS[norm];
    if (ord !== undefined) {
      const prev = tokens[i - 1];
      const nounFollows = next?.type === 'word' && !(norm === 'second' || norm === 'seconde') ? true : next?.type === 'word' && !isNumberWord(next.norm);
      const standsAlone = next?.type !== 'word' && next?.type !== 'number' && DETERMINERS.has(prev?.norm ?? '') && !ONE_WORDS.has(prev!.norm);
      if ((nounFollows || standsAlone) && prev?.type !== 'number') {
        out.push({ start: t.start, end: t.end, value: ord, form: 'words', ordinal: true, decimal: false, leadingZero: false, digits: 0 });
      }
      continue;
    }

    // Vague plurals: "des centaines", "hundreds", "des dizaines de milliers", "tens of thousands".
    const vague = FR_VAGUE[norm] ?? EN_VAGUE[norm];
    if (vague !== undefined) {
      const prev = tokens[i - 1];
      const isFrench = FR_VAGUE[norm] !== undefined && EN_VAGUE[norm] === undefined;
      if (isFrench && !(prev && FR_VAGUE_DETERMINERS.has(prev.norm))) continue;
      if (!isFrench && norm === 'tens' && !(next?.norm === 'of' && after && EN_VAGUE[after.norm])) continue;
      if (!isFrench && norm === 'scores' && next?.norm !== 'of') continue;
      let [lo, hi] = vague;
      let end = t.end;
      // "des dizaines de milliers", "hundreds of thousands": the second scales the first.
      const scale = next && (next.norm === 'de' || next.norm === 'of') && after ? (FR_VAGUE[after.norm] ?? EN_VAGUE[after.norm] ?? (after.norm === 'thousands' ? [1000, 1000] : undefined)) : undefined;
      if (scale) {
        const unit = scale[0] >= 2e6 ? 1e6 : scale[0] >= 2000 ? 1000 : scale[0] >= 200 ? 100 : 10;
        lo *= unit;
        hi = hi === Infinity ? Infinity : (hi + 1) * unit - 1;
        end = after!.end;
        i += 2;
      }
      const start = prev && FR_VAGUE_DETERMINERS.has(prev.norm) && prev.norm !== 'de' ? prev.start : t.start;
      out.push({ start, end, value: lo, vague: [lo, hi], form: 'words', ordinal: false, decimal: false, leadingZero: false, digits: 0 });
      continue;
    }

    // "une centaine de", "un millier": approximately.
    const approx = FR_APPROX_NOUNS[norm];
    if (approx !== undefined) {
      const prev = tokens[i - 1];
      const start = prev && ONE_WORDS.has(prev.norm) ? prev.start : t.start;
      out.push({ start, end: t.end, value: approx, approximate: true, form: 'words', ordinal: false, decimal: false, leadingZero: false, digits: 0 });
      continue;
    }

    const isOne = ONE_WORDS.has(norm);
    if (!isNumberWord(norm) && !isOne) continue;
    // "a three-week campaign": the article, not a number, unless a multiplier follows ("a hundred").
    if ((norm === 'a' || norm === 'an') && next && isNumberWord(next.norm) && !['hundred', 'thousand', 'million', 'billion', 'dozen'].includes(next.norm)) continue;
    // The run: number words joined by hyphens, spaces and "et"/"and".
    const words = [norm];
    let j = i + 1;
    let end = t.end;
    let cursor = t.end; // end of the last token consumed, joiners included
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (u.type === 'punct' && u.norm === '-' && tokens[j + 1] && isNumberWord(tokens[j + 1]!.norm)) {
        cursor = u.end;
        j++;
        continue;
      }
      if (u.type !== 'word' || taken[j]) break;
      // Words must be adjacent: only spaces, hyphens or joiners between.
      if (!/^[\s\u00a0-]*$/.test(text.slice(cursor, u.start))) break;
      const joiner = FR_NUMBER_JOINERS.has(u.norm) || EN_NUMBER_JOINERS.has(u.norm);
      if (joiner && tokens[j + 1] && isNumberWord(tokens[j + 1]!.norm) && words.length > 0) {
        words.push(u.norm);
        cursor = u.end;
        j++;
        continue;
      }
      if (!isNumberWord(u.norm)) break;
      words.push(u.norm);
      end = cursor = u.end;
      j++;
    }
    const real = words.filter((w) => !FR_NUMBER_JOINERS.has(w) && !EN_NUMBER_JOINERS.has(w));
    // A lone "un"/"a"/"one" is an article unless a unit of time follows ("un mois", "a week").
    if (real.length === 1 && isOne) {
      // "a single day", "une seule journée": one, stressed; the word belongs to the number.
      if (SINGLE_WORDS.has(tokens[j]?.norm ?? '')) end = tokens[j++]!.end;
      const unit = tokens[j];
      if (!unit || !(ONE_UNIT_WORDS.has(unit.norm) || ONE_UNIT_WORDS.has(unit.norm.replace(/s$/, '')))) continue;
      // "25 sorties a day", "20 a day": "a" is "per", the rate's unit, not one day.
      if ((norm === 'a' || norm === 'an') && countBefore(tokens, i)) continue;
    }
    // "several hundred", "a few thousand": a vague amount of that order, as "hundreds" is.
    const several = tokens[i - 1];
    if (real.length === 1 && (norm === 'hundred' || norm === 'thousand') && several && EN_SEVERAL.has(several.norm)) {
      const unit = valueOfWords(real);
      out.push({ start: several.start, end, value: 2 * unit, vague: [2 * unit, 10 * unit - 1], form: 'words', ordinal: false, decimal: false, leadingZero: false, digits: 0 });
      i = j - 1;
      continue;
    }
    // "a hundred", "a dozen" read as one number with their article.
    const value = valueOfWords(real);
    out.push({ start: t.start, end, value, form: 'words', ordinal: false, decimal: false, leadingZero: false, digits: 0 });
    i = j - 1;
  }

  // A digit run followed by "mille"/"millions" was merged above; a word like "dozen" after "a" too.
  out.sort((a, b) => a.start - b.start);
  return removeOverlaps(out);
}

function removeOverlaps(sorted: NumberMention[]): NumberMention[] {
  const kept: NumberMention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
