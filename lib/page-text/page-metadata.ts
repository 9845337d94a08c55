// What a page says about itself besides its text: title, declared language, publication date.
// The publication date matters to the engine (relative dates resolve against it), so it is taken from
// the most deliberate source first: meta tags, then JSON-LD, then the byline, never the story body.
// Here, in the DOM, only its clues are gathered, best first; reading them takes the date reader,
// which runs with the engine (settle.ts).

import type { Lang } from '../../core/types';
import type { BlockHints, BlockMap, Byline } from './scan-blocks';
import { MAX_CLUE_CHARS, MAX_CLUES } from '../protocol/bounds';
import { WHITESPACE_RUN } from './whitespace';

/**
 * What may date the page. `value`: a machine-written date (meta tag, JSON-LD, microdata). `line`: a
 * block by the headline, a byline (`byline`) or a line that may be only a date, with the `datetime`
 * of its <time>, if any.
 */
export type DateClue = { value: string } | { line: string; byline: Byline; time?: string };

export interface DateClues {
  /** Numeric dates are read month first (American pages): see dateReading. */
  monthFirst: boolean;
  /** Best first: the first that gives a full date dates the page. */
  clues: DateClue[];
}


const value = (v: string): DateClue => ({ value: v.slice(0, MAX_CLUE_CHARS) });

// Meta names/properties/itemprops that carry the first publication date, most specific first.
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'pubdate',
  'date',
  'article_date_original',
  'originalpublicationdate',
];

/** How far into the page a byline may stand: bylines sit by the headline, not below the story's opening. */
const BYLINE_WINDOW_MAIN_CHARS = 1500;
/** The longest a written date gets ("Wednesday" aside): "30 septembre 2016", "September 30th, 2016". */
const LONGEST_WRITTEN_DATE = 40;

export function collapseText(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** document.title, else the first <h1>'s text. */
export function pageTitle(doc: Document, root: Document | Element): string | undefined {
  const title = collapseText(doc.title ?? '');
  if (title !== '') return title;
  const h1 = root.querySelector('h1');
  const heading = h1 ? collapseText(h1.textContent ?? '') : '';
  return heading !== '' ? heading : undefined;
}

/** 'fr' or 'en' when <html lang> says so (the engine detects the language anyway). */
export function declaredLang(doc: Document): Lang | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  if (/^fr(?:[-_]|$)/.test(lang)) return 'fr';
  if (/^en(?:[-_]|$)/.test(lang)) return 'en';
  return undefined;
}

/** Publication dates of the <head>'s meta tags, most specific key first (microdata metas in the body: microdataDates). */
export function metaDates(doc: Document): DateClue[] {
  const head = doc.head;
  if (!head) return [];
  const found = new Map<string, string>();
  for (const meta of Array.from(head.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content') ?? meta.getAttribute('datetime');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  const clues: DateClue[] = [];
  for (const key of PUBLISHED_META_KEYS) {
    const content = found.get(key);
    if (content !== undefined && clues.length < MAX_CLUES) clues.push(value(content));
  }
  return clues;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|WebPage|NewsArticle|LiveBlogPosting/;

/** datePublished values of JSON-LD, an article's before any other item's. Parsed, never evaluated. */
export function jsonLdDates(doc: Document): DateClue[] {
  const articles: DateClue[] = [];
  const all: DateClue[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const data = parseJsonLd(script.textContent ?? '');
    if (data === undefined) continue;
    const stack: unknown[] = [data];
    let visited = 0;
    while (stack.length > 0 && visited++ < 10_000) {
      const item = stack.pop();
      if (Array.isArray(item)) {
        for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
        continue;
      }
      if (item === null || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      const raw = record['datePublished'];
      if (typeof raw === 'string' && all.length < MAX_CLUES) {
        const type = record['@type'];
        const types = Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
        if (ARTICLE_TYPE.test(types)) articles.push(value(raw));
        all.push(value(raw));
      }
      for (const key of Object.keys(record)) {
        const value = record[key];
        if (value !== null && typeof value === 'object') stack.push(value);
      }
    }
  }
  return [...articles, ...all];
}

/**
 * `text` without its trailing run of `char`, in one backward pass. Not `/;+$/`: V8 has no end-anchor
 * shortcut for it, so each start position of a long run is tried to the run's end and back
 * (9.6 s on 100,000 semicolons followed by anything else).
 */
export function trimTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A JSON-LD script's text as JSON: parsed, never evaluated; undefined when it does not parse. */
export function parseJsonLd(text: string): unknown {
  // CMSs wrap JSON-LD in comments or CDATA markers and leave trailing semicolons.
  const cleaned = trimTrailing(
    text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .trim(),
    ';',
  );
  if (cleaned === '') return undefined;
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    return undefined;
  }
}

/** Explicit microdata datePublished anywhere (<time itemprop="datePublished" datetime=...>). */
export function microdataDates(root: Document | Element): DateClue[] {
  return Array.from(root.querySelectorAll('[itemprop~="datePublished"], time[pubdate]'))
    .slice(0, MAX_CLUES)
    .map((el) => value(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? ''));
}

/**
 * The lines that may hold the byline's date, near the top of the page: a byline (its <time datetime>,
 * else a date written in it: "Publié le 27 mars 2016", "March 28, 2016 08:15", "02/04/2016"), or a
 * line that is only a date. Only blocks before the story's first ~1500 characters count, never certain
 * chrome (navigation, footers, comments, asides). Blocks only named like chrome ("headline__footer")
 * are a second choice, and only right after the <h1>: a sidebar's dates must not date the page.
 */
export function bylineDates(blocks: readonly BlockMap[], hints: readonly BlockHints[]): DateClue[] {
  const headline = hints.findIndex((h) => h.headline);
  return [
    ...bylineLines(blocks, hints, 0, blocks.length, false),
    ...(headline < 0 ? [] : bylineLines(blocks, hints, headline + 1, headline + 1 + NEAR_HEADLINE, true)),
  ];
}

/** How many blocks after the <h1> a byline named like chrome may stand. */
const NEAR_HEADLINE = 8;
const HAS_DIGIT = /\d/;

function bylineLines(blocks: readonly BlockMap[], hints: readonly BlockHints[], from: number, to: number, acceptNamedChrome: boolean): DateClue[] {
  const lines: DateClue[] = [];
  let mainChars = 0;
  for (let i = from; i < Math.min(to, blocks.length) && mainChars < BYLINE_WINDOW_MAIN_CHARS && lines.length < MAX_CLUES; i++) {
    const block = blocks[i]!;
    const hint = hints[i]!;
    // A line worded like a byline is one when it holds a date, and then not the story's text.
    if (block.region === 'main' && !block.bylineIfDated) mainChars += block.text.length;
    if (block.region === 'heading' || hint.chrome === 'structure') continue;
    // A table's row states the story's facts (a fact box's "Start | 7 March 2016"), unless a byline's class says otherwise.
    if (block.element?.tagName === 'TR' && hint.byline !== 'class') continue;
    if (hint.chrome === 'names' && !acceptNamedChrome) continue;
    // Bylines are short (the walk flags none over 200 characters) and a date line is little more than
    // its date: a longer block can be neither, so it is not read (a 5 MB block took 80 ms to read).
    if (!hint.byline && block.text.length > DATE_LINE_SLACK + LONGEST_WRITTEN_DATE) continue;
    // A full date has digits (its year); a <time> may say what its text does not.
    const time = hint.time?.getAttribute('datetime');
    if (!time && !HAS_DIGIT.test(block.text)) continue;
    lines.push({ line: block.text.slice(0, MAX_CLUE_CHARS), byline: hint.byline, ...(time ? { time: time.slice(0, MAX_CLUE_CHARS) } : {}) });
  }
  return lines;
}

/** A block that is only a date ("27/03/2016 21:15", "Sunday 27 March 2016") may have this much else. */
export const DATE_LINE_SLACK = 24;

/**
 * How the page writes numeric dates, from <html lang>: American English (and bare "en", mostly
 * American sites) month first, everything else (fr, en-GB, en-IN...) day first.
 */
export function monthFirst(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  return lang === 'en' || lang === 'en-us' || lang === 'en_us';
}
