// What matching needs of the dataset, and nothing else: the content script carries this subset
// (alias groups, values, units, qualifiers, match rules), not the quotes, glosses and explanations
// that only the card, the popup and the viewer show (they read the full dataset).
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

export function runtimeDataset(full: ReferenceDatasetT): RuntimeDataset {
  return {
    source: { dispatchDate: full.source.dispatchDate },
    aliases: full.aliases.map(({ id, aliases, place, generic, who, within, cause, struck }) => ({ id, aliases, ...(place ? { place } : {}), ...(generic ? { generic } : {}), ...(who ? { who } : {}), ...(within ? { within } : {}), ...(cause ? { cause } : {}), ...(struck ? { struck } : {}) })),
    entries: full.entries.map(({ id, kind, value, unit, qualifier, match }) => ({ id, kind, value, unit, qualifier: { meaning: qualifier.meaning }, match })),
  };
}
