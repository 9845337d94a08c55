// What the popup shows for a tab, decided from plain data (no browser API), so it can be tested.
import type { EmptyReason } from '@/components/EmptyState';
import type { TabReport } from '@/lib/protocol/messages';

export interface PopupState {
  /** The tab the popup is about; null when there is none (e.g. a bad ?tab=). */
  tabId: number | null;
  /** Waiting for the first answer from the background. */
  loading: boolean;
  report: TabReport | null;
  /** The tab's URL (or the scan's failure) says no extension may run there. */
  cannotRun: boolean;
  /** The site switch is off for this tab's site. */
  siteDisabled: boolean;
  /** A "check this page" request is on its way. */
  scanRequested: boolean;
  /** Milliseconds since the epoch, to tell a report that has said "reading" for too long (none: never). */
  now?: number;
}

/** How long "Reading the page…" may show without any news from the page. */
export const SCAN_PATIENCE_MS = 20_000;

/** Errors the popup words itself: `storage`, the report could not be kept; `timed-out`, the page went silent. */
export type Problem = 'storage' | 'timed-out';

export interface PopupContent {
  /** Why the list is empty or partial; null to show the list alone. */
  empty: { reason: EmptyReason; message?: string; problem?: Problem; count?: number } | null;
  /** Show the grouped list (with any `empty` note above it). */
  list: boolean;
}

export function popupContent(s: PopupState): PopupContent {
  if (s.tabId === null) return { empty: { reason: 'no-tab' }, list: false };
  if (s.loading) return { empty: null, list: false };
  if (s.siteDisabled) return { empty: { reason: 'disabled-site' }, list: false };
  const r = s.report;
  if (!r) return { empty: { reason: s.cannotRun ? 'cannot-run' : s.scanRequested ? 'scanning' : 'not-checked' }, list: false };
  switch (r.status) {
    case 'disabled':
      return { empty: { reason: s.scanRequested ? 'scanning' : 'not-checked' }, list: false };
    case 'error':
      if (r.errorCode === 'storage') return { empty: { reason: 'error', problem: 'storage' }, list: false };
      return { empty: { reason: 'error', message: r.error ?? '' }, list: r.claims.length > 0 };
    case 'scanning':
      // The page stopped talking (it hangs, its report could not be stored, the script was removed):
      // an explained error, never "Reading the page…" for good.
      if (s.now !== undefined && s.now - r.updatedAt >= SCAN_PATIENCE_MS) {
        return { empty: { reason: 'error', problem: 'timed-out' }, list: r.claims.length > 0 };
      }
      // Claims found so far stay listed while the rest of the page is read.
      return { empty: { reason: 'scanning' }, list: r.claims.length > 0 };
    case 'done':
      if (r.claims.length === 0) return { empty: { reason: 'no-figure' }, list: false };
      if (r.claims.every((c) => c.verdict === 'unrelated')) {
        return { empty: { reason: 'nothing-related', count: r.claims.length }, list: true };
      }
      return { empty: null, list: true };
  }
}

/** The popup's tab: `?tab=<id>` when opened as a page, else the active tab. */
export function tabIdFromQuery(search: string): number | null | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null) return undefined;
  return /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}
