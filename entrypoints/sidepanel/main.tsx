// Side panel entry (Chrome's side panel, Firefox's sidebar): find the window and the tab it shows, ask
// for that tab's report and the window's latest selection check, then render once.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { fetchReport, type PopupTab } from '@/entrypoints/popup/data';
import { tabIdFromQuery } from '@/entrypoints/popup/view';
import { t } from '@/lib/i18n';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import { getSettings } from '@/lib/settings';
import { applyPageStyle, langFromQuery } from '@/lib/ui/page-style';
import '@/components/page.css';
import '@/entrypoints/popup/popup.css';
import './panel.css';
import { windowIdFromQuery } from './follow';
import { fetchSelection, Panel } from './Panel';

async function firstTab(windowId: number): Promise<PopupTab> {
  // `?tab=`: the page opened for a given tab (the end-to-end tests open it so, as they do the popup).
  const fromQuery = tabIdFromQuery(location.search);
  if (fromQuery !== undefined) return { id: fromQuery, forActiveTab: false };
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return { id: tab?.id ?? null, url: tab?.url, forActiveTab: false };
}

async function start(): Promise<void> {
  const [settings, self, current] = await Promise.all([
    getSettings(),
    browser.tabs.getCurrent().catch(() => undefined),
    browser.windows.getCurrent().catch(() => undefined),
  ]);
  const windowId = windowIdFromQuery(location.search) ?? self?.windowId ?? current?.id ?? -1;
  const tab = await firstTab(windowId);
  const [report, selection] = await Promise.all([tab.id === null ? null : fetchReport(tab.id), fetchSelection(windowId)]);
  const langOverride = langFromQuery(location.search);
  const lang = langOverride ?? uiLangFor(settings.uiLanguage);
  applyPageStyle(document, lang, settings.colours);
  document.title = t('app.name', lang);
  render(
    <Panel init={{ settings, langOverride, windowId, selfTabId: self?.id, tab, report, selection }} />,
    document.getElementById('app')!,
  );
}

void start();
