// The options page's browser side: current settings, kept in sync with every other context.
import { useEffect, useState } from 'preact/hooks';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import { t, type UiLang } from '@/lib/i18n';
import { getSettings, setSetting, watchSettings, type Settings } from '@/lib/settings';
import { applyPageStyle } from '@/lib/ui/page-style';
import { OptionsView } from './Options';

export function OptionsApp({ initial, langOverride }: { initial: Settings; langOverride: UiLang | null }) {
  const [settings, setSettings] = useState(initial);
  const lang = langOverride ?? uiLangFor(settings.uiLanguage);
  useEffect(() => {
    const unwatch = watchSettings(setSettings);
    // A change made between the first read and this subscription would otherwise be missed.
    void getSettings().then(setSettings);
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
  return <OptionsView settings={settings} lang={lang} save={save} />;
}
