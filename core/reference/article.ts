// The figures the engine reads in an article's whole text, with their offsets in it: what a dataset
// must account for (check.ts) and what a draft dataset starts from (draft.ts). The same readers as
// the engine's (core/claims/figures.ts readFigures over core/numbers and core/dates), run once over
// the whole text so that offsets are the file's. Zod-free.
import { readFigures, type Figure } from '../claims/figures';
import { findDates } from '../dates/parse';
import { findNumbers, type NumberMention } from '../numbers/spot';
import type { Span } from '../text/sentences';
import { tokenize } from '../text/tokens';
import type { Lang } from '../types';

export interface ArticleReading {
  /** Every figure the engine reads, in text order. */
  figures: Figure[];
  /** Dates the reader found but could not place in time (a weekday without the article's own date). */
  unresolved: Span[];
  /** The numbers as read (values, vague amounts), for what a figure's interval does not keep. */
  numbers: NumberMention[];
}

/**
 * Reads the article's figures. `anchor` (a day number) gives year-less dates their year; `published`
 * (a day number) also places weekdays and relative dates ("dimanche", "last month").
 */
export function readArticle(article: string, options: { lang: Lang; anchor?: number; published?: number }): ArticleReading {
  const tokens = tokenize(article);
  const numbers = findNumbers(article, tokens);
  const { lang, anchor, published } = options;
  const dates = findDates(article, tokens, { anchor, lang, ...(published !== undefined ? { published } : {}) });
  const figures = readFigures({ text: article, tokens, numbers, dates });
  return { figures, unresolved: dates.unresolved, numbers };
}

/** The engine's language of a dataset's language tag: French for 'fr', 'fr-CA'…; English otherwise. */
export function engineLang(tag: string): Lang {
  return /^fr\b/i.test(tag) ? 'fr' : 'en';
}
