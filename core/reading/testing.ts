// Test helpers for the readers of this folder: a sentence in, its block and figures out.
import { readFigures } from '../claims/figures';
import { dayFromIso } from '../dates/calendar';
import { findDates, type DateContext } from '../dates/parse';
import { lexicon } from '../lexicon';
import { findNumbers } from '../numbers/spot';
import { reference } from '../reference/dataset';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokens';
import type { Lang } from '../types';
import { buildBlock, type Range, type ReadingBlock } from './block';
import { countedNoun } from './noun-phrase';
import { figureRange } from './reading';

export interface TestBlock {
  b: ReadingBlock;
  /** The figure whose words hold `needle`, with its token range. */
  figure(needle: string): { index: number; range: Range; figure: ReadingBlock['figures'][number] };
}

/** A test sentence's language: one French word or accent makes it French (detectLanguage needs more text than a sentence). */
const FRENCH = /[àâçéèêëîïôûù]|\b(?:il|elle|les|des|du|une|est|sont|aux|cette|ces|dans|qui|pour|avec|selon|depuis|vieux|vieille|ville|d'entre|seize)\b/i;

export function blockOf(text: string, lang: Lang = FRENCH.test(text) ? 'fr' : 'en', published = '2016-03-28'): TestBlock {
  const ref = reference();
  const tokens = tokenize(text);
  const day = dayFromIso(published)!;
  const dates = findDates(text, tokens, { anchor: day, published: day, lang } as DateContext);
  const figures = readFigures({ text, tokens, numbers: findNumbers(text, tokens), dates });
  const b = buildBlock(text, tokens, splitSentences(text), figures, ref.aliases.find(text, tokens), lexicon(lang));
  return {
    b,
    figure(needle) {
      const at = text.indexOf(needle);
      if (at < 0) throw new Error(`"${needle}" is not in "${text}"`);
      const index = figures.findIndex((f) => f.start <= at + needle.length - 1 && f.end > at);
      if (index < 0) throw new Error(`no figure at "${needle}" among ${figures.map((f) => `"${text.slice(f.start, f.end)}"`).join(', ')}`);
      return { index, range: figureRange(b, figures[index]!), figure: figures[index]! };
    },
  };
}

/**
 * A count of a test sentence as the count readers take it: the block, the count's token range, its
 * number's own tokens, and where its noun phrase ends (the count itself when it has none).
 */
export function countIn(text: string, needle: string): { b: ReadingBlock; range: Range; number: Range; nounEnd: number } {
  const { b, figure } = blockOf(text);
  const f = figure(needle);
  const noun = countedNoun(b, f.figure);
  return { b, range: f.range, number: [f.range[0], f.figure.lastToken], nounEnd: noun ? Math.max(noun.value.range[1], f.figure.lastToken) : f.figure.lastToken };
}
