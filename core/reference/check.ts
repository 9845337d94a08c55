// Checks a reference dataset against its article: the schema, quotes at their offsets, references
// between entries and alias groups, and that every figure of the article is an entry or is
// excluded with a reason. Used by `npm run dataset` and by the unit tests (node only: it uses zod).
import { z } from '../zod';
import { dayFromIso } from '../dates/calendar';
import type { Lang } from '../types';
import { engineLang, readArticle } from './article';
import { faultMessage } from './load-messages';
import { faultsOfIssue, formatPath, semanticFaults, type Fault } from './load';
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
  const problem = (f: Fault) => ({ where: formatPath(f.path), problem: faultMessage(f.fault, 'en') });
  if (!parsed.success) return parsed.error.issues.flatMap((issue) => faultsOfIssue(issue, input)).map(problem);
  const data: DatasetT = parsed.data;
  const text = article ?? data.source.text;
  // The same checks as a reader's file gets when it loads (every fault here, not only the first).
  const problems = semanticFaults(data, text).map(problem);

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
