// Which tab the side panel shows, decided from plain data (no browser API), so it can be tested.

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
