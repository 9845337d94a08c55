// The side panel: Chrome's sidePanel (MV3), Firefox's sidebarAction (MV2). Neither is in the
// polyfill's types, so each is looked up where the browser puts it.
import { browser } from 'wxt/browser';

type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

type PanelPlace = { windowId: number } | { tabId: number };

interface ChromeSidePanel {
  open(options: PanelPlace): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the panel in a window (or the window of a tab; Firefox: the current window). Must be called
 * while handling a user's click, before any await.
 */
export function openPanel(place: PanelPlace): Promise<boolean> {
  const g = globalThis as { chrome?: { sidePanel?: ChromeSidePanel }; browser?: { sidebarAction?: FirefoxSidebarAction } };
  try {
    const opening = g.chrome?.sidePanel?.open(place) ?? g.browser?.sidebarAction?.open();
    return opening ? opening.then(() => true, () => false) : Promise.resolve(false);
  } catch {
    return Promise.resolve(false);
  }
}

/** The panel's page in a small window of its own, following the active tab of `windowId`. */
export async function openPanelWindow(windowId: number): Promise<void> {
  const url = browser.runtime.getURL(`/sidepanel.html?window=${windowId}` as ExtensionPath);
  await browser.windows.create({ url, type: 'popup', width: 420, height: 640 }).catch(() => browser.tabs.create({ url }));
}
