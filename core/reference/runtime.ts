// What matching needs of the dataset (alias groups, values, units, qualifiers, match rules), not the
// quotes, glosses and explanations that only the card, the popup and the viewer show: the engine is
// typed against this subset, so it cannot come to depend on the words shown.
import type { ReferenceDatasetT, ReferenceEntryT } from './schema';

export interface RuntimeEntry {
  id: string;
  kind: ReferenceEntryT['kind'];
  value: ReferenceEntryT['value'];
  unit: ReferenceEntryT['unit'];
  qualifier: { meaning: ReferenceEntryT['qualifier']['meaning'] };
  match: ReferenceEntryT['match'];
}

export interface RuntimeDataset {
  source: { dispatchDate: string };
  aliases: Array<{ id: string; aliases: string[]; place?: boolean; generic?: boolean; who?: boolean; within?: string; cause?: boolean; struck?: boolean }>;
  entries: RuntimeEntry[];
}
