// A starting dataset for an article (`npm run dataset -- draft ARTICLE.txt`): one entry per figure the
// engine reads in it (article.ts, the engine's own readers), with its quote at its offsets, its value,
// kind, unit and qualifier as read. What only the author knows is left as placeholders that still
// validate: what each figure measures ("TODO"), the match slots (empty `counts` and `subject`, and
// `about` naming one placeholder alias group to rename), the title and publisher. The article's text
// goes into `source.text`, so that the quotes can be checked and shown. See docs/datasets.md.
import { DAYS_PER, dayFromIso, isoFromDay, yearOf, type TimeUnit } from '../dates/calendar';
import { bylineDay } from '../dates/byline';
import type { DatePrecision as EngineDatePrecision } from '../dates/parse';
import type { Figure } from '../claims/figures';
import { DISTANCE_UNITS, PERCENT_WORDS, TIME_UNITS } from '../claims/units';
import { detectLanguage } from '../language';
import { splitSentences, type Span } from '../text/sentences';
import { blocksFromPlainText } from '../text/plain';
import type { Interval } from '../types';
import { readArticle } from './article';
import { kebab } from './migrate';
import { COUNT_UNIT_PATTERN, DATASET_VERSION, type DatasetEntryT, type DatasetT } from './schema';

/** The alias group every drafted entry is `about`, for the author to rename and fill. */
export const PLACEHOLDER_GROUP = 'todo-about';
export const TODO = 'TODO';

type DatePrecisionT = Extract<DatasetEntryT['value'], { type: 'date' }>['precision'];
type Value = DatasetEntryT['value'];
type Meaning = DatasetEntryT['qualifier']['meaning'];

const KNOWN_TIME_UNITS = new Set<TimeUnit>(['hour', 'day', 'week', 'month', 'year']);
/** A length written in a unit the schema does not take, in the nearest one it does. */
const TIME_UNIT_FOR: Partial<Record<TimeUnit, TimeUnit>> = { minute: 'hour', decade: 'year', century: 'year', millennium: 'year' };

export interface DraftOptions {
  /** The article's file name, for `source.file` and the dataset's id. */
  file?: string;
  /** The article's date (yyyy-mm-dd) when the author knows it: it places weekdays and relative dates. */
  date?: string;
  /** The day to date the dataset by when the article shows none (a day number); today by default. */
  today?: number;
}

/** A draft dataset for `article`: valid against the schema, every figure an entry, the rest for the author. */
export function draftDataset(article: string, options: DraftOptions = {}): DatasetT {
  const blocks = blocksFromPlainText(article);
  const lang = detectLanguage(blocks);
  // The date given, else the article's own date when the engine finds one (a byline); else its latest
  // full date; else today.
  const given = options.date !== undefined ? dayFromIso(options.date) : undefined;
  if (options.date !== undefined && given === undefined) throw new Error(`not a day: ${options.date}`);
  const byline = given ?? bylineDay(blocks, lang);
  const latest = byline ?? latestFullDay(readArticle(article, { lang }).figures);
  const day = latest ?? options.today ?? Math.floor(Date.now() / 86_400_000);
  const dispatchDate = isoFromDay(day);
  const reading = readArticle(article, { lang, anchor: day, ...(byline !== undefined ? { published: byline } : {}) });
  // A figure's sentence, inside its line (a plain-text article's heading or paragraph).
  const sentenceOf = (s: Span) => {
    const from = article.lastIndexOf('\n', s.start - 1) + 1;
    const next = article.indexOf('\n', s.end);
    const line = article.slice(from, next < 0 ? article.length : next);
    const found = splitSentences(line).find((x) => x.start <= s.start - from && s.end - from <= x.end);
    return found ? line.slice(found.start, found.end) : line.trim();
  };

  const ids = new Set<string>();
  const idFor = (text: string) => {
    const base = kebab(text).slice(0, 40).replace(/-+$/, '') || 'figure';
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  const entries: DatasetEntryT[] = [];
  const excluded: DatasetT['excluded'] = [];
  const numberAt = new Map(reading.numbers.map((n) => [n.start, n]));

  const items: Array<{ start: number; figure?: Figure; span?: Span }> = [
    ...reading.figures.map((figure) => ({ start: figure.start, figure })),
    ...reading.unresolved.map((span) => ({ start: span.start, span })),
  ].sort((a, b) => a.start - b.start);

  for (const item of items) {
    const span = item.figure ?? item.span!;
    const quote = { text: article.slice(span.start, span.end), start: span.start, end: span.end };
    const sentence = sentenceOf(span);
    const base = {
      measures: { en: `${TODO}: what “${quote.text}” measures`, fr: `${TODO} : ce que mesure « ${quote.text} »` },
      attribution: null,
      quote,
      gloss: lang === 'en' ? sentence : `${TODO}: an English gloss of “${sentence}”`,
      reported: dispatchDate,
      match: { counts: [], subject: [], about: [PLACEHOLDER_GROUP] },
    };
    if (!item.figure) {
      // A weekday or a relative date the reader could not place without the article's day.
      entries.push({
        id: idFor(quote.text),
        kind: 'date',
        ...base,
        measures: { en: `${TODO}: what happened on “${quote.text}”, and which day that is (the draft could not place it)`, fr: `${TODO} : ce qui s’est passé « ${quote.text} », et quel jour c’est (le brouillon n’a pas pu le placer)` },
        value: { type: 'date', start: dispatchDate, end: dispatchDate, precision: 'day' },
        unit: 'date',
        qualifier: { stated: null, meaning: 'exact' },
      });
      continue;
    }
    const f = item.figure;
    if (f.unit === 'percent') {
      excluded.push({ text: quote.text, start: quote.start, end: quote.end, reason: 'a percentage: the engine checks no percentages' });
      continue;
    }
    const stated = article.slice(f.start, f.numberStart).trim();
    const { value, unit } = valueOf(f, article, numberAt.get(f.numberStart)?.vague !== undefined);
    entries.push({
      id: idFor(quote.text),
      kind: f.kind,
      ...base,
      value,
      unit,
      qualifier: { stated: stated || null, meaning: f.qualifier },
    });
  }

  const name = options.file?.replace(/^.*[\\/]/, '');
  return {
    version: DATASET_VERSION,
    id: kebab(name?.replace(/\.[^.]*$/, '') ?? '') || 'draft',
    source: {
      ...(name ? { file: name } : {}),
      publisher: TODO,
      language: lang,
      title: { en: `${TODO}: the article's title in English`, fr: `${TODO} : le titre de l’article en français` },
      dispatchDate,
      dateExplanation: dateNote(given !== undefined ? 'given' : byline !== undefined ? 'byline' : latest !== undefined ? 'latest' : 'none'),
      text: article,
    },
    aliases: [
      {
        id: PLACEHOLDER_GROUP,
        label: { en: `${TODO}: the place or event the figures are about`, fr: `${TODO} : le lieu ou l’événement dont parlent les chiffres` },
        aliases: [TODO],
      },
    ],
    entries,
    excluded,
  };
}

/** A placeholder for `dateExplanation`, saying where the draft's date came from. */
function dateNote(from: 'given' | 'byline' | 'latest' | 'none'): DatasetT['source']['title'] {
  switch (from) {
    case 'given':
      return { en: `${TODO}: say how the date was worked out.`, fr: `${TODO} : dites comment la date a été établie.` };
    case 'byline':
      return { en: `${TODO}: check the date; the draft took it from the article's byline.`, fr: `${TODO} : vérifiez la date ; le brouillon l’a prise dans la signature de l’article.` };
    case 'latest':
      return { en: `${TODO}: check the date; the draft took the latest full date the article writes.`, fr: `${TODO} : vérifiez la date ; le brouillon a pris la dernière date complète écrite dans l’article.` };
    case 'none':
      return { en: `${TODO}: set the date of the events; the article shows none, and the draft put the day it was made.`, fr: `${TODO} : indiquez la date des faits ; l’article n’en montre aucune, et le brouillon a mis le jour où il a été fait.` };
  }
}

/** The latest day, with its year written, among the article's dates. */
function latestFullDay(figures: Figure[]): number | undefined {
  let latest: number | undefined;
  for (const f of figures) {
    const d = f.date;
    if (d && d.precision === 'day' && !d.yearInferred && !d.relative && (latest === undefined || d.first > latest)) latest = d.first;
  }
  return latest;
}

/** The figure as written, from the interval it stands for by its qualifier (qualifiers.ts qualifiedInterval). */
function statedOf(interval: Interval, meaning: Meaning): number {
  switch (meaning) {
    case 'more-than':
    case 'at-least':
      return interval.min;
    case 'nearly':
    case 'less-than':
    case 'up-to':
      return interval.max;
    default:
      return (interval.min + interval.max) / 2;
  }
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function valueOf(f: Figure, article: string, vague: boolean): { value: Value; unit: string } {
  switch (f.dimension) {
    case 'date': {
      const precision = datePrecision(f.date?.precision, f.interval);
      return { value: { type: 'date', start: isoFromDay(f.interval.min), end: isoFromDay(f.interval.max), precision }, unit: 'date' };
    }
    case 'rank':
      return { value: { type: 'number', n: f.interval.min }, unit: 'rank' };
    case 'distance':
      return { value: { type: 'number', n: round(statedOf(f.interval, f.qualifier)) }, unit: 'km' };
    case 'duration': {
      const written = (f.unit as TimeUnit | undefined) ?? 'day';
      const unit = KNOWN_TIME_UNITS.has(written) ? written : (TIME_UNIT_FOR[written] ?? 'day');
      return { value: { type: 'number', n: round(statedOf(f.interval, f.qualifier) / DAYS_PER[unit]) }, unit };
    }
    default: {
      const unit = countUnit(f, article);
      if (vague) return { value: { type: 'vague', min: f.interval.min, max: Number.isFinite(f.interval.max) ? f.interval.max : null }, unit };
      if (f.qualifier === 'exact' && f.interval.min !== f.interval.max) return { value: { type: 'range', min: f.interval.min, max: f.interval.max }, unit };
      return { value: { type: 'number', n: round(statedOf(f.interval, f.qualifier)) }, unit };
    }
  }
}

/** What a count counts, as written after it ("400 jihadistes" → "jihadistes"), when that is a word a unit can be; else "item". */
function countUnit(f: Figure, article: string): string {
  const head = article.slice(f.numberEnd, f.end).trim().split(/\s+/).pop() ?? '';
  const word = head
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const timeOrDistance = Object.hasOwn(TIME_UNITS, word) || Object.hasOwn(DISTANCE_UNITS, word) || PERCENT_WORDS.has(word);
  return COUNT_UNIT_PATTERN.test(word) && !timeOrDistance ? word : 'item';
}

function datePrecision(p: EngineDatePrecision | undefined, interval: Interval): DatePrecisionT {
  if (p === 'decade' || p === 'century') return 'years';
  if (p) return p;
  return interval.min === interval.max ? 'day' : yearOf(interval.min) === yearOf(interval.max) ? 'days' : 'years';
}
