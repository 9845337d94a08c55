// The reference datasets readers imported (options page), kept in storage.local: each one validated
// again when read (storage is input like any other; a later version of the schema may refuse what an
// older one stored), with whether it is enabled. The bundled AFP dataset is not stored and cannot be
// removed. Used by the background, the options page, the popup and the panel; never the content script.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { loadDataset, parseDatasetFile } from '@/core/reference/load';
import type { DatasetT } from '@/core/reference/schema';
import { referenceDataset } from '@/core/reference/dataset';
import { t, type UiLang } from '@/lib/i18n';

interface StoredDataset {
  dataset: unknown;
  enabled: boolean;
  /** Milliseconds since the epoch. */
  importedAt: number;
}

export interface UserDataset {
  dataset: DatasetT;
  enabled: boolean;
  importedAt: number;
}

export type ImportResult =
  | { ok: true; id: string; replaced: boolean }
  | { ok: false; path: string; message: string };

/** A reader's file may not take the bundled dataset's id: claims name their dataset by it. */
export const BUNDLED_ID = referenceDataset.id;

let item: WxtStorageItem<StoredDataset[], {}> | undefined;

// Defined on first use: defining an item touches browser.storage, which modules must not do on import.
function datasetsItem(): WxtStorageItem<StoredDataset[], {}> {
  item ??= storage.defineItem<StoredDataset[]>('local:datasets.imported', { fallback: [], version: 1, migrations: {} });
  return item;
}

/** The id a stored value says it has (a value stored by another version may hold anything). */
const storedId = (s: StoredDataset | undefined): unknown => (s?.dataset as { id?: unknown } | undefined)?.id;

async function stored(): Promise<StoredDataset[]> {
  const value = await datasetsItem().getValue();
  return Array.isArray(value) ? value : [];
}

/** Every imported dataset that still loads, in import order. */
export async function readUserDatasets(): Promise<UserDataset[]> {
  const out: UserDataset[] = [];
  for (const s of await stored()) {
    const loaded = loadDataset(s?.dataset, 'en');
    if (loaded.ok && loaded.dataset.id !== BUNDLED_ID) out.push({ dataset: loaded.dataset, enabled: s.enabled === true, importedAt: Number(s.importedAt) || 0 });
  }
  return out;
}

/**
 * Imports a dataset file's text: stored (enabled) when it loads, replacing an imported dataset of the
 * same id; otherwise nothing changes and the first fault is returned, worded in `lang`.
 */
export async function importDatasetFile(text: string, lang: UiLang, now = Date.now()): Promise<ImportResult> {
  const loaded = parseDatasetFile(text, lang);
  if (!loaded.ok) return loaded;
  const { dataset } = loaded;
  if (dataset.id === BUNDLED_ID) {
    return { ok: false, path: 'id', message: t('options.datasets.bundledId', lang, { id: BUNDLED_ID }) };
  }
  const current = await stored();
  const replaced = current.some((s) => storedId(s) === dataset.id);
  const kept = current.filter((s) => storedId(s) !== dataset.id);
  await datasetsItem().setValue([...kept, { dataset, enabled: true, importedAt: now }]);
  return { ok: true, id: dataset.id, replaced };
}

export async function setDatasetEnabled(id: string, enabled: boolean): Promise<void> {
  const current = await stored();
  await datasetsItem().setValue(current.map((s) => (storedId(s) === id ? { ...s, enabled } : s)));
}

export async function removeDataset(id: string): Promise<void> {
  const current = await stored();
  await datasetsItem().setValue(current.filter((s) => storedId(s) !== id));
}

/** Calls `onChange` whenever the imported datasets change, in any context; returns the unwatch function. */
export function watchUserDatasets(onChange: () => void): () => void {
  return datasetsItem().watch(() => onChange());
}
