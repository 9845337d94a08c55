// The text-only half of reading a page: what the DOM walk could not decide without the date reader,
// which does not ship in the content script. The background runs this on what the content script
// sends (lib/tab-state/analysis.ts); in node, extractPage runs it right after the walk.
import type { PageInput, TextBlock } from '../../core/types';
import { DATE_LINE_SLACK, type DateClue, type DateClues } from './page-metadata';
import { findWrittenDate, parseMachineDate, type DateReading } from './written-date';

/** A block as the walk leaves it: `bylineIfDated` is settled here. */
export interface RawBlock extends TextBlock {
  bylineIfDated?: boolean;
}

/** A page as the walk leaves it: its date is still a list of clues. */
export interface RawPage extends Omit<PageInput, 'blocks' | 'published'> {
  blocks: RawBlock[];
  published?: string;
  dateClues?: DateClues;
}

/** A line worded like a byline is one (boilerplate) when it holds a full date. */
export function settleBlock({ bylineIfDated, ...block }: RawBlock): TextBlock {
  return bylineIfDated && findWrittenDate(block.text) !== null ? { ...block, region: 'boilerplate' } : block;
}

export function settlePage({ dateClues, blocks, ...page }: RawPage): PageInput {
  const input: PageInput = { ...page, blocks: blocks.map(settleBlock) };
  const published = page.published ?? (dateClues ? dateFromClues(dateClues) : undefined);
  if (published !== undefined) input.published = published;
  return input;
}

/** The first clue that gives a full date, as yyyy-mm-dd. */
export function dateFromClues({ monthFirst, clues }: DateClues): string | undefined {
  const reading: DateReading = { monthFirst };
  for (const clue of clues) {
    const iso = 'value' in clue ? parseMachineDate(clue.value) : bylineDate(clue, reading);
    if (iso) return iso;
  }
  return undefined;
}

/** A byline's date (its <time datetime> first, else a date written in it), or the date a line is only made of. */
function bylineDate(clue: Extract<DateClue, { line: string }>, reading: DateReading): string | null {
  const written = findWrittenDate(clue.line, reading);
  const dateLine = written !== null && clue.line.length - written.length <= DATE_LINE_SLACK;
  // Worded like a byline only: one if it holds a full date as settleBlock reads it (day first; read
  // again only when this page reads month first).
  const asBlock = reading.monthFirst ? findWrittenDate(clue.line) : written;
  const byline = clue.byline === 'class' || (clue.byline === 'wording' && asBlock !== null);
  if (!byline && !dateLine) return null;
  const fromTime = clue.time ? parseMachineDate(clue.time) : null;
  return fromTime ?? written?.iso ?? null;
}
