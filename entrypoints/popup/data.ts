// What the popup's first paint waits for, kept apart from the UI modules so main.tsx can ask for it
// while those modules are still loading.
import { browser } from 'wxt/browser';
import { GetReportResponseSchema, type TabReport } from '@/lib/protocol/messages';
import { readStoredReport } from '@/lib/tab-state/store';
import { tabIdFromQuery } from './view';

export async function fetchReport(tabId: number): Promise<TabReport | null> {
  try {
    const stored = readStoredReport(tabId);
    if (stored) return await stored;
    const answer = GetReportResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'get-report', tabId }));
    return answer.success ? answer.data.report : null;
  } catch {
    return null;
  }
}

export interface PopupTab {
  id: number | null;
  /** Known when the popup was opened from the toolbar (activeTab grant). */
  url?: string;
  /** Opened for the active tab, not as `popup.html?tab=`. */
  forActiveTab: boolean;
}

/** The popup's tab: `?tab=<id>` when opened as a page, else the active tab. */
export async function resolveTab(search: string): Promise<PopupTab> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== undefined) return { id: fromQuery, forActiveTab: false };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url, forActiveTab: true };
}
