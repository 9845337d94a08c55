// Generators of page text for the property tests: the engine's own vocabulary (number words, months,
// qualifiers, the dataset's aliases, the dispatch's sentences) mixed with what hostile or broken
// pages contain (bidi controls, lone surrogates, NUL, emoji sequences, other scripts, odd digits).
// Vocabulary comes from the engine's lexicons and the dataset, so the generators follow them.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { MONTHS, CAPITALISED_MONTHS, MONTH_PARTS, WEEKDAYS } from '@/core/dates/lexicon';
import { EN_NUMBER_WORDS, EN_ORDINALS, EN_VAGUE } from '@/core/numbers/lexicon-en';
import { FR_APPROX_NOUNS, FR_NUMBER_WORDS, FR_ORDINALS, FR_VAGUE } from '@/core/numbers/lexicon-fr';
import { referenceDataset } from '@/core/reference/dataset';
import type { PageInput, Region, TextBlock } from '@/core/types';

const ARTICLE = readFileSync(new URL('../../../data/afp-palmyra-2016-03-27.txt', import.meta.url), 'utf8');

/** The dispatch cut into rough sentences: real text the engine should find figures in. */
export const DISPATCH_SENTENCES: readonly string[] = ARTICLE.split(/(?<=[.!?])\s+/).filter((s) => s.length > 3);

const words = (...records: Array<Record<string, unknown>>) => records.flatMap((r) => Object.keys(r));

/** Words the number and date readers react to, folded as in the lexicons and as pages write them. */
export const LEXICON: readonly string[] = [
  ...words(FR_NUMBER_WORDS, EN_NUMBER_WORDS, FR_ORDINALS, EN_ORDINALS, FR_VAGUE, EN_VAGUE, FR_APPROX_NOUNS),
  ...words(MONTHS, CAPITALISED_MONTHS, MONTH_PARTS, WEEKDAYS),
  ...['février', 'août', 'décembre', 'Mai', 'May', 'Sept', 'deuxième', 'première', 'mi-mars', 'quatre-vingt-dix-neuf'],
  ...['siècle', 'century', 'XVIIIe', 'IIIe', 'av.', 'J.-C.', 'BC', 'dernier', 'dernière', 'last', 'next', 'year', "l'an", 'année'],
  ...['jours', 'days', 'semaines', 'weeks', 'mois', 'months', 'ans', 'years', 'km', 'kilomètres', 'miles', 'm', '%', 'pour cent'],
  ...['du', 'au', 'entre', 'et', 'and', 'to', 'between', 'le', 'la', 'the', 'of', 'de', 'des', "d'", 'depuis', 'since', 'en', 'in'],
  ...['morts', 'tués', 'killed', 'dead', 'blessés', 'wounded', 'bilan', 'toll', 'dont', 'another', 'including', '(OSDH)', 'selon'],
];

/** Qualifiers, alone and nested ("plus de près de au moins environ"). */
export const QUALIFIERS: readonly string[] = [
  'plus de', "plus d'", 'près de', 'au moins', 'environ', 'quelque', 'moins de', "jusqu'à", 'pas moins de', 'un peu plus de',
  'more than', 'over', 'at least', 'nearly', 'almost', 'about', 'around', 'some', 'up to', 'fewer than', 'no fewer than',
];

/** Every alias of the dataset: the words that tie a figure to the reference. */
export const ALIASES: readonly string[] = referenceDataset.aliases.flatMap((g) => g.aliases);

/** Characters that break naive text handling. */
export const HOSTILE_CHARS: readonly string[] = [
  '\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // NUL and lone surrogates
  '\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', // bidi
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width, soft hyphen
  '\u0301', '\u0308', '\u20DD', // combining marks
  '\u00A0', '\u202F', '\u2009', '\u2007', '\u3000', '\t', '\r', '\n', '\u2028', '\u2029', '\u000B', '\u000C', // spaces and breaks
  '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D', // dashes
  '\u2019', '\u02BC', '`', '´', '«', '»', '“', '”', '"', "'", '\\', '<', '>', '&',
];

/** Whole sequences that are one glyph, numbers in other scripts, words of other scripts. */
export const FOREIGN: readonly string[] = [
  '👨‍👩‍👧‍👦', '👩🏽‍🚒', '🏳️‍🌈', '🇸🇾', '1️⃣', '🔟', '❤️',
  '٤٠٠', '١٨٨', '۲۰۱۶', '४००', '１８８', '²', '³⁴', 'Ⅻ', '①', '〇', '五', '四百',
  'مرحبا', 'تدمر', 'قتيل', 'Пальмира', 'погибли', '帕尔米拉', '死亡', 'שלום', 'Παλμύρα', 'ﷺ', 'ǅ', 'ß', 'İ', 'ﬁ',
];

/** Digits in the formats pages write: grouped thousands, decimals, ordinals, times, dates. */
export const digitFigure: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 3000 }).map(String),
  fc.integer({ min: 1000, max: 999_999_999 }).chain((n) =>
    fc.constantFrom('.', ',', ' ', '\u00a0', '\u202f', '\u2009', '').map((sep) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep)),
  ),
  fc.tuple(fc.nat({ max: 999 }), fc.constantFrom('.', ','), fc.nat({ max: 99 })).map(([a, s, b]) => `${a}${s}${b}`),
  fc.tuple(fc.nat({ max: 40 }), fc.constantFrom('e', 'er', 'ème', 'st', 'nd', 'rd', 'th', 'h', 'h30', ':45', ' PM', 'a.m.')).map(([a, s]) => `${a}${s}`),
  fc.tuple(fc.nat({ max: 35 }), fc.nat({ max: 14 }), fc.integer({ min: 0, max: 2300 }), fc.constantFrom('/', '.', '-')).map(([d, m, y, s]) => `${d}${s}${m}${s}${y}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.nat({ max: 13 }), fc.nat({ max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.stringMatching(/^0\d{1,12}$/), // codes and phone numbers
  fc.integer({ min: 1, max: 60 }).map((n) => '9'.repeat(n)), // long digit runs
);

/** One word, figure or hostile piece. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LEXICON) },
  { weight: 4, arbitrary: digitFigure },
  { weight: 2, arbitrary: fc.constantFrom(...QUALIFIERS) },
  { weight: 2, arbitrary: fc.constantFrom(...ALIASES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
  { weight: 1, arbitrary: fc.constantFrom(...FOREIGN) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', ' ', ', ', '. ', '.', '-', '/', ' - ', ' – ', '\u00a0', '\u202f', '\n', '', ' (', ') ', ': ', ' | ', '; ', '! ');

/** A sentence-like run of fragments and separators. */
export const noisyText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, separator), { maxLength: 40 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** A sentence of the dispatch with its figures replaced and hostile pieces spliced in. */
export const mutatedDispatch: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...DISPATCH_SENTENCES), fc.array(fc.tuple(fc.nat(), fc.oneof(fragment, digitFigure)), { maxLength: 4 }), fc.boolean())
  .map(([sentence, inserts, replaceDigits]) => {
    let s = replaceDigits ? sentence.replace(/\d+/g, (d) => String((Number(d) * 7 + 3) % 1000)) : sentence;
    for (const [at, piece] of inserts) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + piece + s.slice(i);
    }
    return s;
  });

/** Nested and repeated qualifiers before a figure: "plus de près de au moins environ 400". */
export const nestedQualifiers: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...QUALIFIERS), { minLength: 1, maxLength: 12 }), digitFigure, fc.constantFrom(...ALIASES), fc.constantFrom('morts', 'killed', 'jours', 'km', ''))
  .map(([qs, n, alias, unit]) => `${qs.join(' ')} ${n} ${alias} ${unit}`);

/** Right-to-left and bidi-wrapped figures: the figure's characters interleaved with controls. */
export const bidiText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...DISPATCH_SENTENCES), fc.constantFrom('\u202E', '\u2066', '\u2067', '\u2068', '\u200F', '\u061C'), fc.constantFrom('\u202C', '\u2069', ''))
  .map(([s, open, close]) => `${open}${s.replace(/\d/g, (d) => `${d}${open === '\u202E' ? '' : close}`)}${close} تدمر ${open}١٨٨${close}`);

export const pageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: noisyText },
  { weight: 3, arbitrary: mutatedDispatch },
  { weight: 1, arbitrary: nestedQualifiers },
  { weight: 1, arbitrary: bidiText },
);

const region: fc.Arbitrary<Region> = fc.constantFrom('main', 'main', 'main', 'heading', 'boilerplate');

export const block: fc.Arbitrary<TextBlock> = fc.record({ text: pageText, region });

/** Valid, invalid and odd publication dates. */
const published = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('2016-03-27', '2016-03-28', '2015-05-21', '2016-02-29', '2015-02-29', '2016-13-01', '0000-00-00', '9999-12-31', '2016-03-27T10:00:00Z', 'hier', ''),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

export const page: fc.Arbitrary<PageInput> = fc.record(
  {
    blocks: fc.array(block, { maxLength: 6 }),
    lang: fc.constantFrom(undefined, 'fr' as const, 'en' as const),
    title: fc.option(pageText, { nil: undefined }),
    published,
  },
  { requiredKeys: ['blocks'] },
);
