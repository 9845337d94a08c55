// The background's message handler. Only this extension may talk to it: its content script (about its
// own tab) and its own pages. Everything is parsed; whatever does not parse, or comes from elsewhere, is
// ignored without an answer and without an exception.
import type { Browser } from 'wxt/browser';
import {
  ContentToBackgroundSchema,
  PageToBackgroundSchema,
  type GetReportResponse,
  type GetSelectionResponse,
  type CardView,
  type ClaimSummary,
  type ScanTabResponse,
  type TabReport,
  type TextCheck,
} from '@/lib/protocol/messages';
import type { ReferenceSet } from '@/lib/datasets/references';
import type { TabAnalyses } from './analysis';
import type { ReportStore, SelectionStore } from './store';
import type { TabQueue } from './tab-queue';

export type Sender = Browser.runtime.MessageSender;

export interface RouterDeps {
  store: ReportStore;
  /** Shared with the navigation handlers, so a report and a navigation of one tab never interleave. */
  inOrder: TabQueue;
  /** browser.runtime.id */
  extensionId: string;
  /** browser.runtime.getURL('/'): the origin of the extension's own pages. */
  extensionOrigin: string;
  showBadge(tabId: number, report: TabReport | null): Promise<void>;
  requestScan(tabId: number): Promise<ScanTabResponse>;
  openViewer(entryId: string | null): Promise<void>;
  /** Inserts the highlights' stylesheet into a tab's top frame (lib/tab-state/styles.ts). */
  insertHighlightStyles(tabId: number): Promise<void>;
  /** Injects the hover card's code into a tab's top frame (lib/tab-state/card-script.ts). */
  insertCardScript(tabId: number): Promise<void>;
  /** Tell open extension pages that a tab's report changed. */
  notifyPages(tabId: number): void;
  /** The hover card's content for a claim (lib/card/view.ts). */
  cardView(claim: ClaimSummary, lang: 'en' | 'fr'): Promise<CardView>;
  /** The latest selection checked per window (lib/tab-state/selection.ts). */
  selections: Pick<SelectionStore, 'get'>;
  /** The engine on a text of its own: a draft typed in the panel (lib/tab-state/analysis.ts checkText). */
  checkText(text: string): Promise<TextCheck>;
  /** The bundled and the enabled imported references (lib/datasets/references.ts). */
  references: Pick<ReferenceSet, 'get'>;
  /** The engine, with each tab's page context (lib/tab-state/analysis.ts). */
  analyses: Pick<TabAnalyses, 'page' | 'blocks'>;
  /** Milliseconds, for the viewer's rate limit (Date.now unless a test says otherwise). */
  now?: () => number;
}

/** A tab's card opens the viewer at most once in this long, however many clicks reach us. */
export const VIEWER_INTERVAL_MS = 1000;

/**
 * What the popup shows when a tab's report could not be stored (storage.session's quota is shared by
 * every tab): small enough to fit where the report did not, so no popup waits for the page forever.
 */
export function storageFailure(report: TabReport): TabReport {
  return { url: report.url, status: 'error', errorCode: 'storage', error: 'The report could not be stored.', claims: [], updatedAt: report.updatedAt };
}

export type MessageHandler = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function createMessageHandler(deps: RouterDeps): MessageHandler {
  const now = deps.now ?? (() => Date.now());

  function storeReport(tabId: number, report: TabReport): Promise<{ ok: boolean }> {
    return deps.inOrder(tabId, async () => {
      let stored: TabReport | null = report;
      try {
        await deps.store.set(tabId, report);
      } catch {
        // Over quota: an error report in its place, else none (the tab's old report must not stay,
        // a "Reading the page…" the popup would show for good).
        stored = storageFailure(report);
        try {
          await deps.store.set(tabId, stored);
        } catch {
          stored = null;
          await deps.store.delete(tabId).catch(() => {});
        }
      }
      await deps.showBadge(tabId, stored);
      deps.notifyPages(tabId);
      return { ok: stored === report };
    });
  }

  const viewerOpenedAt = new Map<number, number>();

  /** The viewer, at most once a second per tab: a page that clicks our card's link cannot open tabs in a loop. */
  function openViewerFor(tabId: number, entryId: string | null): Promise<{ ok: boolean }> {
    const t = now();
    const last = viewerOpenedAt.get(tabId);
    if (last !== undefined && t - last < VIEWER_INTERVAL_MS && t >= last) return Promise.resolve({ ok: false });
    viewerOpenedAt.set(tabId, t);
    if (viewerOpenedAt.size > 64) for (const [id, at] of viewerOpenedAt) if (t - at >= VIEWER_INTERVAL_MS) viewerOpenedAt.delete(id);
    return deps.openViewer(entryId).then(() => ({ ok: true }));
  }

  return (message, sender) => {
    // Other extensions (and, in Chrome, web pages through externally_connectable, which we do not
    // declare) have another id or none.
    if (!sender || sender.id !== deps.extensionId) return undefined;
    const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);

    if (fromOwnPage) {
      const parsed = PageToBackgroundSchema.safeParse(message);
      if (!parsed.success) return undefined;
      const m = parsed.data;
      switch (m.type) {
        case 'get-report':
          return deps.store.get(m.tabId).then((report): GetReportResponse => ({ report }));
        case 'scan-tab':
          return deps.requestScan(m.tabId);
        case 'check-text':
          return deps.checkText(m.text);
        case 'get-selection':
          return deps.selections.get(m.windowId).then((selection): GetSelectionResponse => ({ selection }));
      }
    }

    // A content script: it speaks only for the top frame of its own tab.
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0 || (sender.frameId !== undefined && sender.frameId !== 0)) return undefined;
    const parsed = ContentToBackgroundSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const m = parsed.data;
    switch (m.type) {
      case 'report':
        return storeReport(tabId, m.report);
      case 'card-view':
        return deps.cardView(m.claim, m.lang);
      case 'open-viewer':
        return openViewerFor(tabId, ENTRY_ID.test(m.entryId) ? m.entryId : null);
      // In a promise: an engine that throws answers with a rejection, which the content script reports.
      case 'analyze-page':
        return deps.references.get().then(({ named }) => deps.analyses.page(tabId, m.scan, m.page, named));
      case 'analyze-blocks':
        return deps.references.get().then(({ named }) => deps.analyses.blocks(tabId, m.scan, m.blocks, named, m.page));
      case 'highlight-styles':
        return deps.insertHighlightStyles(tabId).then(
          () => ({ ok: true }),
          () => ({ ok: false }),
        );
      case 'card-code':
        return deps.insertCardScript(tabId).then(
          () => ({ ok: true }),
          () => ({ ok: false }),
        );
    }
  };
}
