// The latest report of each tab. MV3 service workers stop when idle, so reports live in
// storage.session (kept while the browser runs, never written to disk, hidden from content scripts);
// where there is no session storage (older Firefox MV2), the persistent background page keeps them in memory.
import { browser } from 'wxt/browser';
import { TabReportSchema, type TabReport } from '@/lib/protocol/messages';

export interface ReportStore {
  get(tabId: number): Promise<TabReport | null>;
  set(tabId: number, report: TabReport): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `tabReport.${tabId}`;

export function sessionStore(area: NonNullable<typeof browser.storage.session>): ReportStore {
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const stored = (await area.get(key))[key];
      // Our own storage, but parsed anyway: a report stored by an older version may not fit any more.
      const parsed = TabReportSchema.safeParse(stored);
      return parsed.success ? parsed.data : null;
    },
    async set(tabId, report) {
      await area.set({ [keyOf(tabId)]: report });
    },
    async delete(tabId) {
      await area.remove(keyOf(tabId));
    },
  };
}

export function memoryStore(): ReportStore {
  const reports = new Map<number, TabReport>();
  return {
    async get(tabId) {
      return reports.get(tabId) ?? null;
    },
    async set(tabId, report) {
      reports.set(tabId, report);
    },
    async delete(tabId) {
      reports.delete(tabId);
    },
  };
}

export function createReportStore(): ReportStore {
  const session = browser.storage?.session;
  return session ? sessionStore(session) : memoryStore();
}

/**
 * For extension pages: the tab's report straight from storage.session (one round trip instead of a
 * message through the background), or undefined where reports live in the background's memory.
 */
export function readStoredReport(tabId: number): Promise<TabReport | null> | undefined {
  const session = browser.storage?.session;
  return session ? sessionStore(session).get(tabId) : undefined;
}
