// Which tab and which view the side panel shows, decided from plain data (no browser API), so it can be tested.
import type { SelectionCheck } from '@/lib/protocol/messages';

export type PanelView = 'page' | 'selection' | 'draft';

/** A selection checked this recently is why the panel just opened: it shows first. */
export const FRESH_SELECTION_MS = 10_000;

export function initialView(selection: SelectionCheck | null, now: number): PanelView {
  return selection && now - selection.checkedAt < FRESH_SELECTION_MS ? 'selection' : 'page';
}

/** `?window=<id>`: the panel's page opened on its own, for that window (after a selection check). */
export function windowIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('window');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * Whether the panel follows a tab the browser made active: one of its own window, and not the panel
 * itself when its page is open as a tab (it keeps showing the page it showed).
 */
export function followsActivation(activated: { tabId: number; windowId: number }, panel: { windowId: number; selfTabId?: number }): boolean {
  return activated.windowId === panel.windowId && activated.tabId !== panel.selfTabId;
}
