// A claim's reference entry, the source's sentence holding its quote and which source it is: the one
// way the card, the popup, the panel and the exports find what a claim was checked against, whether
// the bundled AFP dataset or one the reader imported.
import type { BilingualText, DatasetEntryT, DatasetT } from '@/core/reference/schema';
import { t, type UiLang } from '@/lib/i18n';
import { dataset as bundled, dispatchSentenceOf, entryById } from './dataset';
import { formatIsoDate } from './format';
import { sourceSentence } from './sentence';

export interface ReferenceSourceInfo {
  datasetId: string;
  /** The bundled AFP dispatch (the viewer shows it); false for a reader's dataset. */
  bundled: boolean;
  publisher: string;
  title: BilingualText;
  /** The date of the events the source reports, ISO. */
  dispatchDate: string;
  /** The source's language tag ('fr' for the dispatch). */
  language: string;
}

export interface ReferenceLookup {
  entry: DatasetEntryT;
  /** The source's sentence holding the quote (the quote itself when the dataset has no text). */
  sentence: string;
  source: ReferenceSourceInfo;
}

export type LookupFn = (claim: { entryId: string | null; datasetId?: string | null }) => ReferenceLookup | null;

function infoOf(d: DatasetT, isBundled: boolean): ReferenceSourceInfo {
  return { datasetId: d.id, bundled: isBundled, publisher: d.source.publisher, title: d.source.title, dispatchDate: d.source.dispatchDate, language: d.source.language };
}

const BUNDLED_SOURCE: ReferenceSourceInfo = infoOf(bundled as DatasetT, true);

/** Looks claims up in the bundled dataset and in `imported` (the reader's, enabled or not: an older report may name one). */
export function lookupIn(imported: readonly DatasetT[] = []): LookupFn {
  const others = new Map(imported.filter((d) => d.id !== bundled.id).map((d) => [d.id, { d, info: infoOf(d, false), byId: new Map(d.entries.map((e) => [e.id, e])) }]));
  const sentences = new Map<string, string>();
  return ({ entryId, datasetId }) => {
    if (!entryId) return null;
    if (!datasetId || datasetId === bundled.id) {
      const entry = entryById(entryId);
      return entry ? { entry, sentence: dispatchSentenceOf(entry), source: BUNDLED_SOURCE } : null;
    }
    const known = others.get(datasetId);
    const entry = known?.byId.get(entryId);
    if (!known || !entry) return null;
    const key = `${datasetId}\u0000${entryId}`;
    let sentence = sentences.get(key);
    if (sentence === undefined) {
      sentence = sourceSentence(known.d.source, entry.quote);
      sentences.set(key, sentence);
    }
    return { entry, sentence, source: known.info };
  };
}

/** The label of the source's sentence: "AFP dispatch of 27 March 2016", or a reader's source by its publisher. */
export function sourceLabel(ref: ReferenceLookup, lang: UiLang): string {
  const date = formatIsoDate(ref.source.dispatchDate, lang);
  return ref.source.bundled ? t('card.dispatch', lang, { date }) : t('card.source', lang, { publisher: ref.source.publisher, date });
}
