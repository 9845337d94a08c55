// The page's own date when its metadata gives none: a byline or dateline near the top that holds a
// full date and little else ("Sunday 27 March 2016, 21:10", "Émission du mercredi 30 mars 2016",
// "Published 28 March 2016 · Updated 10:20"). A timeline's first line ("21 mai 2015 – Les forces
// gouvernementales se retirent") tells of an event, not of the page: it has words of its own.
import { lexicon } from '../lexicon';
import { tokenize } from '../text/tokens';
import type { Lang, TextBlock } from '../types';
import { findDates } from './parse';

/** A byline is short, and stands before the article's first long paragraph, among its first blocks. */
const BYLINE_CHARS = 120;
const LONG_PARAGRAPH_CHARS = 200;
const FIRST_BLOCKS = 12;
/** Words a byline may hold beside its date and byline words: an author's or a desk's name. */
const OTHER_WORDS = 4;

export function bylineDay(blocks: readonly TextBlock[], lang: Lang): number | undefined {
  const lex = lexicon(lang);
  for (const block of blocks.slice(0, FIRST_BLOCKS)) {
    const text = block.text;
    if (text.length > LONG_PARAGRAPH_CHARS && block.region !== 'boilerplate') return undefined;
    if (text.length > BYLINE_CHARS || block.region === 'heading' || !/\d{4}/.test(text)) continue;
    const tokens = tokenize(text);
    const { dates, times } = findDates(text, tokens, { lang });
    const full = dates.find((d) => d.precision === 'day' && !d.yearInferred && !d.relative && !d.period);
    if (!full) continue;
    const covered = [...dates, ...times];
    const inFigure = (start: number) => covered.some((d) => start >= d.start && start < d.end);
    const words = tokens.filter((t) => t.type === 'word' && !inFigure(t.start) && !lex.bylineFillers.has(t.norm));
    const bylined = words.some((t) => lex.bylineWords.has(t.norm));
    const own = words.filter((t) => !lex.bylineWords.has(t.norm));
    // Only a date (and a time), or a byline's words and a name beside it.
    if (own.length === 0 || (bylined && own.length <= OTHER_WORDS)) return full.first;
  }
  return undefined;
}
