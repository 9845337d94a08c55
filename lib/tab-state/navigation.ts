// A tab's report belongs to one document: drop it (and the badge) when the tab loads another, and when
// the tab closes. Without the `tabs` permission the new URL is often unknown, so a navigation that kept
// the document (fragment change, back/forward cache) also drops it; once the tab completes, the content
// script, if still there, is asked to send its report again. A same-document navigation (pushState)
// never completes, so there the content script is asked at once: should the browser's event come after
// the new view's report, the report is dropped by mistake and this brings it back.
import type { Browser } from 'wxt/browser';
import type { TabReport, ToContent } from '@/lib/protocol/messages';
import { sameDocument } from './restricted';
import type { ReportStore } from './store';
import type { TabQueue } from './tab-queue';

export interface NavigationDeps {
  store: ReportStore;
  inOrder: TabQueue;
  showBadge(tabId: number, report: TabReport | null): Promise<void>;
  notifyPages(tabId: number): void;
  sendToTab(tabId: number, message: ToContent): Promise<boolean>;
}

export function createNavigationHandlers(deps: NavigationDeps) {
  const awaitingResend = new Set<number>();

  function onUpdated(tabId: number, change: Pick<Browser.tabs.OnUpdatedInfo, 'status' | 'url'>): Promise<void> {
    return deps.inOrder(tabId, async () => {
      if (change.status === 'loading' || change.url !== undefined) {
        const report = await deps.store.get(tabId);
        // Same document, another fragment: the report still holds.
        if (report && change.url !== undefined && sameDocument(report.url, change.url)) return;
        await deps.store.delete(tabId);
        await deps.showBadge(tabId, null);
        if (report) deps.notifyPages(tabId);
        // Not awaited: the answer comes as a report, which queues behind this task.
        if (change.status === undefined) return void deps.sendToTab(tabId, { type: 'resend-report' });
        awaitingResend.add(tabId);
      }
      if (change.status === 'complete' && awaitingResend.delete(tabId)) {
        if ((await deps.store.get(tabId)) === null) void deps.sendToTab(tabId, { type: 'resend-report' });
      }
    });
  }

  function onRemoved(tabId: number): Promise<void> {
    return deps.inOrder(tabId, async () => {
      awaitingResend.delete(tabId);
      await deps.store.delete(tabId);
    });
  }

  return { onUpdated, onRemoved };
}
