// `npx tsx scripts/dates-vs-chrono.ts [--verbose]`: the date reader (core/dates) against chrono-node on
// the annotated pages of ../shared/eval/dev and dev2 (or PALMYRA_SHARED). For each: how many annotated
// dates (claims of kind "date") it finds — a date it reports overlapping the annotated text — and how
// many dates it reports that overlap no annotated date (noise). Same text for both: the page's blocks
// as `check` extracts them (pageInputOf); the reader runs block by block with the page's language and
// its own date (`published`), chrono-node (`chrono.fr.casual` / `chrono.en.casual` by the page's
// language) on the blocks joined one a line, with the page's date as reference date.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { dayFromIso, isoFromDay } from '../core/dates/calendar';
import { findDates } from '../core/dates/parse';
import { tokenize } from '../core/text/tokens';
import { sharedDir } from './bench/pages';
import { addNoise, addRecalls, chronoMatches, emptyNoise, emptyRecall, noiseOf, recallOf, type ChronoParser, type Noise, type Recall, type Span } from './bench/recall';
import { pageInputOf } from './check';

const DISPATCH_DAY = dayFromIso('2016-03-27')!;
const CHRONO: Record<'fr' | 'en', ChronoParser> = { fr: chrono.fr.casual, en: chrono.en.casual };

interface Score {
  recall: Recall;
  noise: Noise;
  /** Annotated dates missed that the reader read but could not place (no page date): ours only. */
  readUnplaced?: number;
}

const empty = (): Score => ({ recall: emptyRecall(), noise: emptyNoise() });
const add = (a: Score, b: Score): Score => ({
  recall: addRecalls(a.recall, b.recall),
  noise: addNoise(a.noise, b.noise),
  ...(a.readUnplaced !== undefined || b.readUnplaced !== undefined ? { readUnplaced: (a.readUnplaced ?? 0) + (b.readUnplaced ?? 0) } : {}),
});

/** Without a page date, year-less dates take the latest full date the page writes (as the engine does). */
function latestWrittenDay(blocks: readonly string[]): number | undefined {
  let latest: number | undefined;
  for (const text of blocks) {
    for (const d of findDates(text, tokenize(text), {}).dates) {
      if (d.precision === 'day' && !d.yearInferred && (latest === undefined || d.first > latest)) latest = d.first;
    }
  }
  return latest;
}

/** The reader's dates on a page, one item per date mention, and what it read but could not place. */
export function readerDates(blocks: readonly string[], lang: 'fr' | 'en', published: number | undefined, anchor: number): { dates: Span[][]; unresolved: Span[] } {
  const dates: Span[][] = [];
  const unresolved: Span[] = [];
  blocks.forEach((text, block) => {
    const r = findDates(text, tokenize(text), { anchor, published, lang });
    for (const d of r.dates) dates.push([{ block, start: d.start, end: d.end }]);
    for (const u of r.unresolved) unresolved.push({ block, start: u.start, end: u.end });
  });
  return { dates, unresolved };
}

function scorePage(htmlFile: string, verbose: boolean): { lang: 'fr' | 'en'; ours: Score; chrono: Score } | undefined {
  const jsonFile = htmlFile.replace(/\.html$/, '.json');
  if (!existsSync(jsonFile)) return undefined;
  const annotations = JSON.parse(readFileSync(jsonFile, 'utf8')) as { lang?: string; claims?: Array<{ text?: unknown; kind?: unknown }> };
  const wanted = (annotations.claims ?? []).filter((c) => c.kind === 'date' && typeof c.text === 'string').map((c) => c.text as string);
  const input = pageInputOf(htmlFile, readFileSync(htmlFile, 'utf8'));
  const texts = input.blocks.map((b) => b.text);
  const lang: 'fr' | 'en' = (annotations.lang ?? input.lang) === 'fr' ? 'fr' : 'en';
  const published = input.published ? dayFromIso(input.published) : undefined;
  // As the engine: the page's date, else the latest full date it writes, else the dispatch's date.
  const anchor = published ?? latestWrittenDay(texts) ?? DISPATCH_DAY;
  const reference = new Date(`${isoFromDay(anchor)}T12:00:00Z`);

  const { dates: ourFound, unresolved } = readerDates(texts, lang, published, anchor);
  const chronoFound = chronoMatches(CHRONO[lang], texts, reference);
  const name = path.basename(htmlFile);
  const tag = (r: Recall): Recall => ({ ...r, missed: r.missed.map((t) => `${name}: ${t}`), unlocated: r.unlocated.map((t) => `${name}: ${t}`) });
  const tagNoise = (n: Noise): Noise => ({ ...n, examples: n.examples.map((t) => `${name}: ${t}`) });
  const ourRecall = recallOf(wanted, texts, ourFound.flat());
  // Of what it missed, what it read but left unresolved (weekdays, relative dates on a page without a date of its own).
  const readUnplaced = recallOf(ourRecall.missed, texts, unresolved).found;
  const ours = { recall: tag(ourRecall), noise: tagNoise(noiseOf(wanted, texts, ourFound)), readUnplaced };
  const chronoScore = { recall: tag(recallOf(wanted, texts, chronoFound.flat())), noise: tagNoise(noiseOf(wanted, texts, chronoFound)) };
  if (verbose) process.stderr.write(`${name} (${lang}, ${input.published ?? 'no date'}): ours ${ours.recall.found}/${ours.recall.located} +${ours.noise.noise} noise; chrono ${chronoScore.recall.found}/${chronoScore.recall.located} +${chronoScore.noise.noise} noise\n`);
  return { lang, ours, chrono: chronoScore };
}

function row(label: string, spotter: string, s: Score): string {
  const r = s.recall;
  const pct = r.located ? ((100 * r.found) / r.located).toFixed(0) : '-';
  return `| ${label} | ${spotter} | ${r.found} / ${r.located} (${pct} %) | ${s.noise.reported} | ${s.noise.noise} |`;
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const shared = sharedDir();
  const sets = ['dev', 'dev2'].map((s) => path.join(shared, 'eval', s)).filter((d) => existsSync(d));
  if (sets.length === 0) {
    process.stderr.write(`dates-vs-chrono: no annotated pages under ${path.join(shared, 'eval')}\n`);
    return 2;
  }
  const lines = ['| pages | reader | annotated dates found | dates reported | noise (overlapping no annotated date) |', '|---|---|---|---|---|'];
  let allOurs = empty();
  let allChrono = empty();
  let pages = 0;
  for (const dir of sets) {
    let ours = empty();
    let chronoScore = empty();
    let n = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
      const s = scorePage(path.join(dir, file), verbose);
      if (!s) continue;
      ours = add(ours, s.ours);
      chronoScore = add(chronoScore, s.chrono);
      n++;
    }
    const label = `${path.basename(dir)} (${n})`;
    lines.push(row(label, 'core/dates', ours), row(label, 'chrono-node', chronoScore));
    allOurs = add(allOurs, ours);
    allChrono = add(allChrono, chronoScore);
    pages += n;
  }
  lines.push(row(`all (${pages})`, 'core/dates', allOurs), row(`all (${pages})`, 'chrono-node', allChrono));
  process.stdout.write(`${lines.join('\n')}\n`);
  if (allOurs.recall.unlocated.length) process.stdout.write(`\nannotated dates not found in the extracted text (not counted): ${allOurs.recall.unlocated.length}\n`);
  process.stdout.write(`\ncore/dates: of the ${allOurs.recall.missed.length} annotated dates missed, ${allOurs.readUnplaced ?? 0} were read but left unresolved (weekdays and relative dates on pages without a date of their own)\n`);
  if (verbose) {
    const list = (title: string, items: string[]) => process.stdout.write(`\n${title} (${items.length}):\n${items.map((t) => `  ${t}`).join('\n')}\n`);
    list('core/dates missed', allOurs.recall.missed);
    list('chrono-node missed', allChrono.recall.missed);
    list('core/dates noise', allOurs.noise.examples);
    list('chrono-node noise', allChrono.noise.examples);
  }
  return 0;
}

if (process.argv[1] && /dates-vs-chrono\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
