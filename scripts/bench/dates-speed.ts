// `npx tsx scripts/bench/dates-speed.ts [--runs N] [--against path/to/other/parse.ts]`: the time findDates
// takes over the text of the corpus pages (../shared/corpus/news-pages), text extracted crudely (tags
// stripped, a few entities decoded) and tokenized once beforehand (not timed). With --against, another
// findDates (an older copy of core/dates/parse.ts) runs on the same tokens, interleaved run by run so
// that machine noise hits both alike, and the ratio of the medians is printed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dayFromIso } from '../../core/dates/calendar';
import { findDates, type DateContext } from '../../core/dates/parse';
import { tokenize, type Token } from '../../core/text/tokens';
import { sharedDir } from './pages';
import { median } from './stats';

type FindDates = (text: string, tokens: Token[], context: DateContext) => { dates: unknown[]; times: unknown[]; unresolved: unknown[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '\u2019', lsquo: '\u2018', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', ndash: '\u2013', mdash: '\u2014' };

/** Visible-ish text of an HTML page: scripts, styles and comments out, tags become line breaks. */
export function crudeText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

interface Page {
  text: string;
  tokens: Token[];
  lang: 'fr' | 'en';
}

function loadPages(): Page[] {
  const dir = path.join(sharedDir(), 'corpus', 'news-pages');
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as Array<{ file: string; lang: string }>;
  return index.map((e) => {
    const text = crudeText(readFileSync(path.join(dir, e.file), 'utf8'));
    return { text, tokens: tokenize(text), lang: e.lang === 'fr' ? 'fr' : 'en' };
  });
}

const ANCHOR = dayFromIso('2016-03-27')!;

function pass(fn: FindDates, pages: Page[]): { ms: number; found: number } {
  let found = 0;
  const t0 = performance.now();
  for (const p of pages) {
    const r = fn(p.text, p.tokens, { anchor: ANCHOR, published: ANCHOR, lang: p.lang });
    found += r.dates.length + r.times.length + r.unresolved.length;
  }
  return { ms: performance.now() - t0, found };
}

async function main(argv: string[]): Promise<void> {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 15;
  const againstAt = argv.indexOf('--against');
  const pages = loadPages();
  const chars = pages.reduce((n, p) => n + p.text.length, 0);
  const impls: Array<[string, FindDates]> = [['current', findDates as FindDates]];
  if (againstAt >= 0) {
    const mod = (await import(pathToFileURL(path.resolve(argv[againstAt + 1]!)).href)) as { findDates: FindDates };
    impls.push(['against', mod.findDates]);
  }
  // Warm-up, then interleaved runs.
  for (const [, fn] of impls) for (let i = 0; i < 3; i++) pass(fn, pages);
  const times = new Map<string, number[]>(impls.map(([n]) => [n, []]));
  const found = new Map<string, number>();
  for (let r = 0; r < runs; r++) {
    for (const [name, fn] of r % 2 === 0 ? impls : [...impls].reverse()) {
      const { ms, found: n } = pass(fn, pages);
      times.get(name)!.push(ms);
      found.set(name, n);
    }
  }
  console.log(`${pages.length} pages, ${(chars / 1e6).toFixed(2)} M characters, ${runs} runs each`);
  for (const [name] of impls) {
    const t = times.get(name)!;
    console.log(`${name.padEnd(8)} median ${median(t).toFixed(1)} ms (min ${Math.min(...t).toFixed(1)}, max ${Math.max(...t).toFixed(1)}), ${found.get(name)} spans read`);
  }
  if (impls.length === 2) console.log(`current / against (median time): ${(median(times.get('current')!) / median(times.get('against')!)).toFixed(3)}`);
}

if (process.argv[1] && /dates-speed\.ts$/.test(process.argv[1])) await main(process.argv.slice(2));
