// The background's references: the bundled AFP dataset, then every imported one the reader enabled,
// each compiled for the engine once per change of the imported datasets.
import { compileReference } from '@/core/reference/compile';
import { reference, referenceDataset } from '@/core/reference/dataset';
import type { DatasetT } from '@/core/reference/schema';
import { lookupIn, type LookupFn } from '@/lib/dispatch/lookup';
import type { NamedReference } from '@/lib/tab-state/analysis';
import type { UserDataset } from './store';

export interface References {
  /** For the engine: the bundled reference first, then the enabled imported ones. */
  named: readonly NamedReference[];
  /** For the card: every imported dataset (a report may name one disabled since). */
  lookup: LookupFn;
}

export interface ReferenceSet {
  /** The references, loaded from storage on first use and after each change. */
  get(): Promise<References>;
  /** The imported datasets changed: load them again at the next get(). */
  invalidate(): void;
}

function build(imported: readonly UserDataset[]): References {
  const enabled = imported.filter((u) => u.enabled).map((u) => ({ id: u.dataset.id, reference: compileReference(u.dataset) }));
  return {
    named: [{ id: referenceDataset.id, reference: reference() }, ...enabled],
    lookup: lookupIn(imported.map((u): DatasetT => u.dataset)),
  };
}

export function createReferenceSet(readImported: () => Promise<UserDataset[]>): ReferenceSet {
  let loading: Promise<References> | null = null;
  return {
    get() {
      // A storage that cannot be read leaves the bundled reference, which needs none.
      loading ??= readImported().then(build, () => build([]));
      return loading;
    },
    invalidate() {
      loading = null;
    },
  };
}
