// The options page's browser side: current settings and imported datasets, kept in sync with every other context.
import { useEffect, useState } from 'preact/hooks';
import { referenceDataset } from '@/core/reference/dataset';
import { importDatasetFile, readUserDatasets, removeDataset, setDatasetEnabled, watchUserDatasets, type UserDataset } from '@/lib/datasets/store';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import { t, type UiLang } from '@/lib/i18n';
import { getSettings, setSetting, watchSettings, type Settings } from '@/lib/settings';
import { downloadText } from '@/lib/ui/download';
import { applyPageStyle } from '@/lib/ui/page-style';
import { Datasets, type DatasetRow, type ImportOutcome } from './Datasets';
import { OptionsView } from './Options';

function rowsOf(imported: readonly UserDataset[], lang: UiLang): DatasetRow[] {
  const row = (d: UserDataset['dataset'], bundled: boolean, enabled: boolean): DatasetRow => ({
    id: d.id,
    title: d.source.title[lang],
    publisher: d.source.publisher,
    dispatchDate: d.source.dispatchDate,
    entries: d.entries.length,
    bundled,
    enabled,
  });
  return [row(referenceDataset, true, true), ...imported.map((u) => row(u.dataset, false, u.enabled))];
}

export function OptionsApp({ initial, langOverride }: { initial: Settings; langOverride: UiLang | null }) {
  const [settings, setSettings] = useState(initial);
  const [imported, setImported] = useState<UserDataset[]>([]);
  const lang = langOverride ?? uiLangFor(settings.uiLanguage);
  useEffect(() => {
    const unwatch = watchSettings(setSettings);
    // A change made between the first read and this subscription would otherwise be missed.
    void getSettings().then(setSettings);
    return unwatch;
  }, []);
  useEffect(() => {
    const reload = () => void readUserDatasets().then(setImported, () => setImported([]));
    const unwatch = watchUserDatasets(reload);
    reload();
    return unwatch;
  }, []);
  useEffect(() => {
    applyPageStyle(document, lang, settings.colours);
    document.title = t('options.title', lang);
  }, [lang, settings.colours]);
  // The control shows the reader's choice at once; storage confirms it (or corrects it) after the write.
  // Without this, a re-render before the write came back put a just-unticked box back.
  const save = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    return setSetting(key, value);
  };
  const onImport = async (text: string): Promise<ImportOutcome> => {
    const result = await importDatasetFile(text, lang);
    if (!result.ok) return result;
    const stored = (await readUserDatasets()).find((u) => u.dataset.id === result.id);
    return { ok: true, title: stored?.dataset.source.title[lang] ?? result.id, replaced: result.replaced };
  };
  const onExport = (id: string) => {
    const found = imported.find((u) => u.dataset.id === id);
    if (found) downloadText(document, `${id}.json`, 'application/json', `${JSON.stringify(found.dataset, null, 1)}\n`);
  };
  return (
    <OptionsView settings={settings} lang={lang} save={save}>
      <Datasets
        lang={lang}
        rows={rowsOf(imported, lang)}
        onImport={onImport}
        onToggle={(id, enabled) => void setDatasetEnabled(id, enabled)}
        onRemove={(id) => void removeDataset(id)}
        onExport={onExport}
      />
    </OptionsView>
  );
}
