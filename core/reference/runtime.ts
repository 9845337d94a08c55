// What matching needs of the dataset (alias groups, values, units, qualifiers, match rules), not the
// quotes, glosses and explanations that only the card, the popup and the viewer show: the engine is
// typed against this subset, so it cannot come to depend on the words shown.
import type { DatasetEntryT } from './schema';

export interface RuntimeEntry {
  id: string;
  kind: DatasetEntryT['kind'];
  value: DatasetEntryT['value'];
  /** A known unit or a count of anything (compile.ts dimensionOf). */
  unit: DatasetEntryT['unit'];
  qualifier: { meaning: DatasetEntryT['qualifier']['meaning'] };
  match: DatasetEntryT['match'];
}

export interface RuntimeDataset {
  source: { dispatchDate: string };
  aliases: Array<{ id: string; aliases: string[]; place?: boolean; generic?: boolean; who?: boolean; within?: string; cause?: boolean; struck?: boolean }>;
  entries: RuntimeEntry[];
}
