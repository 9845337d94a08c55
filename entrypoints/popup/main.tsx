// Popup entry: gather what the first paint needs (settings, tab, report) in parallel, then render once.
import { render } from 'preact';
import { browser } from 'wxt/browser';
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
  const [settings, tab] = await Promise.all([getSettings(), resolveTab()]);
  const report = tab.id === null ? null : await fetchReport(tab.id);
  const init: PopupInit = {
    settings,
    langOverride: langFromQuery(location.search),
    tabId: tab.id,
    tabUrl: tab.url,
    forActiveTab: tab.forActiveTab,
    report,
  };
  // Styled before the first paint; the popup restyles itself when settings change.
  applyPageStyle(document, init.langOverride ?? uiLangFor(settings.uiLanguage), settings.colours);
  render(<Popup init={init} />, document.getElementById('app')!);
  // For the first-paint measurement: marked once the frame with the list has been painted.
  requestAnimationFrame(() => setTimeout(() => performance.mark('pfc-first-paint')));
}

void start();
