// Renders the popup once its data is there (loaded by main.tsx alongside that data).
import { render } from 'preact';
import { t } from '@/lib/i18n';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import type { TabReport } from '@/lib/protocol/messages';
import type { Settings } from '@/lib/settings';
import { applyPageStyle, langFromQuery } from '@/lib/ui/page-style';
import { Popup, type PopupInit } from './App';
import type { PopupTab } from './data';

export function renderPopup(doc: Document, data: { settings: Settings; tab: PopupTab; report: TabReport | null }): void {
  const init: PopupInit = {
    settings: data.settings,
    langOverride: langFromQuery(doc.location.search),
    tabId: data.tab.id,
    tabUrl: data.tab.url,
    forActiveTab: data.tab.forActiveTab,
    report: data.report,
  };
  // Styled before the first paint; the popup restyles itself when settings change.
  const lang = init.langOverride ?? uiLangFor(data.settings.uiLanguage);
  applyPageStyle(doc, lang, data.settings.colours);
  doc.title = t('app.name', lang);
  render(<Popup init={init} />, doc.getElementById('app')!);
}
