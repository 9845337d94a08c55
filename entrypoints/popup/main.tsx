// Popup entry: gather what the first paint needs (settings, tab, report) in parallel, then render once.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import { applyPageStyle, langFromQuery } from '@/lib/ui/page-style';
import '@/components/page.css';
import './popup.css';
import { fetchReport, Popup, type PopupInit } from './App';
import { tabIdFromQuery } from './view';

async function resolveTab(): Promise<{ id: number | null; url?: string; forActiveTab: boolean }> {
  const fromQuery = tabIdFromQuery(location.search);
  if (fromQuery !== undefined) return { id: fromQuery, forActiveTab: false };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url, forActiveTab: true };
}

async function start(): Promise<void> {
  performance.mark('pfc-start');
  const tabPromise = resolveTab();
  // The report is asked for as soon as the tab is known, without waiting for the settings.
  const [settings, tab, report] = await Promise.all([
    getSettings(),
    tabPromise,
    tabPromise.then((t) => (t.id === null ? null : fetchReport(t.id))),
  ]);
  performance.mark('pfc-data');
  const init: PopupInit = {
    settings,
    langOverride: langFromQuery(location.search),
    tabId: tab.id,
    tabUrl: tab.url,
    forActiveTab: tab.forActiveTab,
    report,
  };
  // Styled before the first paint; the popup restyles itself when settings change.
  const lang = init.langOverride ?? uiLangFor(settings.uiLanguage);
  applyPageStyle(document, lang, settings.colours);
  document.title = t('app.name', lang);
  render(<Popup init={init} />, document.getElementById('app')!);
  performance.mark('pfc-rendered');
  // For the first-paint measurement: marked once the frame with the list has been painted.
  requestAnimationFrame(() => setTimeout(() => performance.mark('pfc-first-paint')));
}

void start();
