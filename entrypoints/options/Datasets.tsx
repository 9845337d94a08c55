import { useState } from 'preact/hooks';
import { formatIsoDate } from '@/lib/dispatch/format';
import { t, type UiLang } from '@/lib/i18n';

/** One reference dataset as the options page lists it. */
export interface DatasetRow {
  id: string;
  title: string;
  publisher: string;
  /** ISO date of the events the source reports. */
  dispatchDate: string;
  entries: number;
  /** The bundled AFP dataset: always on, cannot be removed. */
  bundled: boolean;
  enabled: boolean;
}

/** What the last import did: stored (maybe replacing one of the same id), or refused with the fault's place and words. */
export type ImportOutcome = { ok: true; title: string; replaced: boolean } | { ok: false; path: string; message: string };

export interface DatasetsProps {
  lang: UiLang;
  rows: readonly DatasetRow[];
  onImport: (text: string) => Promise<ImportOutcome>;
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
  onExport: (id: string) => void;
}

/** Options → Reference datasets: the bundled one, the imported ones (on/off, export, remove), and an import. */
export function Datasets({ lang, rows, onImport, onToggle, onRemove, onExport }: DatasetsProps) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await onImport(await file.text());
    setOutcome(result);
    // The same file chosen again (fixed, or re-imported) fires a new change.
    input.value = '';
  };
  return (
    <section class="pfc-datasets" aria-labelledby="pfc-datasets-title">
      <h2 id="pfc-datasets-title">{t('options.datasets.title', lang)}</h2>
      <p class="pfc-help">{t('options.datasets.help', lang)}</p>
      <ul class="pfc-dataset-list">
        {rows.map((row) => (
          <li key={row.id} data-dataset-id={row.id}>
            {row.bundled ? (
              <span class="pfc-dataset-name">
                <strong>{row.title}</strong> <span class="pfc-help">({t('options.datasets.bundled', lang)})</span>
              </span>
            ) : (
              <label class="pfc-choice pfc-dataset-name">
                <input type="checkbox" checked={row.enabled} onChange={(e) => onToggle(row.id, (e.currentTarget as HTMLInputElement).checked)} />
                <strong>{row.title}</strong>
              </label>
            )}
            <span class="pfc-help">
              {t('options.datasets.about', lang, { publisher: row.publisher, date: formatIsoDate(row.dispatchDate, lang), n: row.entries, id: row.id })}
            </span>
            {row.bundled ? null : (
              <span class="pfc-dataset-actions">
                <button type="button" class="pfc-button" onClick={() => onExport(row.id)}>
                  {t('options.datasets.export', lang)}
                </button>
                <button type="button" class="pfc-button" onClick={() => onRemove(row.id)} aria-label={t('options.datasets.removeLabel', lang, { title: row.title })}>
                  {t('options.datasets.remove', lang)}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <div class="pfc-field">
        <label for="pfc-dataset-file">{t('options.datasets.import', lang)}</label>
        <input id="pfc-dataset-file" type="file" accept=".json,application/json" aria-describedby="pfc-dataset-file-help" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        <p id="pfc-dataset-file-help" class="pfc-help">
          {t('options.datasets.importHelp', lang)}
        </p>
      </div>
      {outcome && !outcome.ok ? (
        <p class="pfc-error pfc-import-error" role="alert">
          {t('options.datasets.refused', lang)} <code>{outcome.path}</code>
          {t('punct.colon', lang)}
          {outcome.message}
        </p>
      ) : null}
      <p class="pfc-status" role="status">
        {outcome?.ok ? t(outcome.replaced ? 'options.datasets.replaced' : 'options.datasets.imported', lang, { title: outcome.title }) : ''}
      </p>
    </section>
  );
}
