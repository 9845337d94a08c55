// The reference dataset and the dispatch's text, typed, for extension pages (popup, viewer). The content
// script gets entries from the engine instead, and passes them to the card as props.
import type { ReferenceDatasetT, ReferenceEntryT } from '@/core/reference/schema';
import referenceJson from '@/data/reference.json';
import article from '@/data/afp-palmyra-2016-03-27.txt?raw';
import { sourceSentence } from './sentence';

// The JSON is checked against the schema by `npm run dataset` and its unit tests; here it is only typed.
export const dataset = referenceJson as unknown as ReferenceDatasetT;
export const articleText: string = article;

const byId = new Map(dataset.entries.map((e) => [e.id, e]));

export function entryById(id: string | null | undefined): ReferenceEntryT | null {
  return id ? (byId.get(id) ?? null) : null;
}

const sentences = new Map<string, string>();

/** The dispatch's sentence holding the entry's quote (memoized: the popup asks for it per claim). */
export function dispatchSentenceOf(entry: ReferenceEntryT): string {
  let s = sentences.get(entry.id);
  if (s === undefined) {
    s = sourceSentence(dataset.source, entry.quote, articleText);
    sentences.set(entry.id, s);
  }
  return s;
}
