// Checks a reference dataset against its article: the schema, quotes at their offsets, references
// between entries and alias groups, and that every figure of the article is an entry or is
// excluded with a reason. Used by `npm run dataset` and by the unit tests (node only: it uses zod).
import { z } from '../zod';
import { dayFromIso } from '../dates/calendar';
import type { Lang } from '../types';
import { engineLang, readArticle } from './article';
import { ReferenceDataset, type DatasetT } from './schema';

export interface DatasetProblem {
  where: string;
  problem: string;
}

/** Every figure the engine reads in the article, as spans: what the dataset must account for. */
export function articleFigures(article: string, dispatchDate: string, lang: Lang = 'fr'): Array<{ start: number; end: number; text: string }> {
  const { figures, unresolved } = readArticle(article, { lang, anchor: dayFromIso(dispatchDate) });
  const spans = [...figures.map((f) => ({ start: f.numberStart, end: f.numberEnd })), ...unresolved];
  return spans.sort((a, b) => a.start - b.start).map((s) => ({ ...s, text: article.slice(s.start, s.end) }));
}

/**
 * Every problem of a version-3 dataset against its article (`article`, else the text the dataset
 * holds in `source.text`). Without either, only the schema and the references are checked.
 */
export function checkDataset(input: unknown, article?: string): DatasetProblem[] {
  const parsed = ReferenceDataset.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ where: i.path.join('.') || '(root)', problem: i.message }));
  }
  const data: DatasetT = parsed.data;
  const text = article ?? data.source.text;
  const problems: DatasetProblem[] = [];
  const at = (start: number, end: number) => text?.slice(start, end);

  const header = data.source.copyHeader;
  if (header && text !== undefined && at(header.start, header.end) !== header.text) problems.push({ where: 'source.copyHeader', problem: `"${header.text}" is not at ${header.start}-${header.end}` });

  const groups = new Set<string>();
  for (const g of data.aliases) {
    if (groups.has(g.id)) problems.push({ where: `aliases.${g.id}`, problem: 'duplicate alias group id' });
    groups.add(g.id);
  }
  for (const g of data.aliases) {
    if (g.within && !groups.has(g.within)) problems.push({ where: `aliases.${g.id}.within`, problem: `unknown alias group "${g.within}"` });
  }
  const ids = new Set<string>();
  for (const e of data.entries) {
    const where = `entries.${e.id}`;
    if (ids.has(e.id)) problems.push({ where, problem: 'duplicate entry id' });
    ids.add(e.id);
    if (text !== undefined && at(e.quote.start, e.quote.end) !== e.quote.text) {
      const found = text.indexOf(e.quote.text);
      problems.push({ where: `${where}.quote`, problem: `quote is not at ${e.quote.start}-${e.quote.end}${found >= 0 ? ` (it is at ${found}-${found + e.quote.text.length})` : ' (nor anywhere in the article)'}` });
    }
    const m = e.match;
    for (const g of [...m.counts, ...m.subject, ...m.about, ...(m.eventWords ?? []), ...(m.context ?? []), ...(m.startOf ?? []), ...(m.excludes ?? [])]) {
      if (!groups.has(g)) problems.push({ where: `${where}.match`, problem: `unknown alias group "${g}"` });
    }
    if (e.attribution && !groups.has(e.attribution.source)) problems.push({ where: `${where}.attribution`, problem: `unknown source group "${e.attribution.source}"` });
    if (e.value.type === 'date' && (e.unit !== 'date' || e.kind !== 'date')) problems.push({ where, problem: 'a date value needs unit "date" and kind "date"' });
    if (e.value.type === 'date' && e.value.start > e.value.end) problems.push({ where, problem: 'date value ends before it starts' });
    if (e.value.type !== 'date' && e.unit === 'date') problems.push({ where, problem: 'unit "date" needs a date value' });
  }
  for (const x of data.excluded) {
    if (text !== undefined && at(x.start, x.end) !== x.text) problems.push({ where: `excluded "${x.text}"`, problem: `not at ${x.start}-${x.end}` });
  }

  // Completeness: every figure of the article falls inside an entry's quote or an exclusion.
  if (text === undefined) return problems;
  const covers = [...data.entries.map((e) => e.quote), ...data.excluded];
  for (const f of articleFigures(text, data.source.dispatchDate, engineLang(data.source.language))) {
    if (!covers.some((c) => c.start <= f.start && f.end <= c.end)) {
      problems.push({ where: `article ${f.start}-${f.end}`, problem: `figure "${f.text}" is neither in an entry's quote nor excluded with a reason` });
    }
  }
  return problems;
}

/** The JSON Schema published beside the dataset, for people who write their own. */
export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(ReferenceDataset, { target: 'draft-2020-12' });
}
