import { describe, expect, it } from 'vitest';
import type { DatasetT } from '@/core/reference/schema';
import { dataset, dispatchSentenceOf } from './dataset';
import { lookupIn, sourceLabel } from './lookup';

/** A reader's dataset: the bundled one under another id and publisher, without the article's text. */
const imported: DatasetT = {
  ...(dataset as DatasetT),
  id: 'readers-copy',
  source: { publisher: 'Reader', language: 'en', title: { en: 'A reader’s notes', fr: 'Notes d’un lecteur' }, dispatchDate: '2016-03-28' },
};

describe('lookupIn', () => {
  const lookup = lookupIn([imported]);

  it('finds a claim of the bundled dataset (named, or from a report older than dataset ids) with the dispatch’s sentence', () => {
    const entry = dataset.entries[0]!;
    for (const datasetId of [dataset.id, null, undefined]) {
      const found = lookup({ entryId: entry.id, datasetId });
      expect(found?.entry).toBe(entry);
      expect(found?.sentence).toBe(dispatchSentenceOf(entry));
      expect(found?.source).toMatchObject({ datasetId: dataset.id, bundled: true, publisher: 'AFP', language: 'fr' });
    }
  });

  it('finds a claim of a reader’s dataset in that dataset; without its text, the quote stands for the sentence', () => {
    const entry = imported.entries[3]!;
    const found = lookup({ entryId: entry.id, datasetId: 'readers-copy' });
    expect(found?.entry).toBe(entry);
    expect(found?.sentence).toBe(entry.quote.text);
    expect(found?.source).toMatchObject({ datasetId: 'readers-copy', bundled: false, publisher: 'Reader', language: 'en', dispatchDate: '2016-03-28' });
    expect(sourceLabel(found!, 'en')).toBe('Reader, 28 March 2016');
    expect(sourceLabel(lookup({ entryId: entry.id })!, 'fr')).toBe('Dépêche AFP du 27 mars 2016');
  });

  it('finds nothing for a figure without entry, an unknown entry or a dataset it does not hold', () => {
    expect(lookup({ entryId: null, datasetId: dataset.id })).toBeNull();
    expect(lookup({ entryId: 'no-such-entry', datasetId: dataset.id })).toBeNull();
    expect(lookup({ entryId: dataset.entries[0]!.id, datasetId: 'removed-since' })).toBeNull();
    expect(lookupIn()({ entryId: dataset.entries[0]!.id, datasetId: 'readers-copy' })).toBeNull();
  });
});
