// Test-only hooks for the end-to-end suite. The background calls installE2eHooks() only under
// `if (import.meta.env.MODE === 'e2e')`, so Vite drops this module from shipped builds
// (test/e2e/hooks.e2e.ts checks that E2E_OPEN_KEY is absent from .output/<browser>/background.js).
//
// Why: Firefox's driver refuses to navigate to moz-extension:// URLs, so a test cannot open the
// popup page itself. Instead the test sets a loopback fixture tab's fragment to
// `#palmyra-e2e-open=popup`; the background sees the new URL and opens `popup.html?tab=<that tab>`
// in a new tab. It sees loopback tab URLs under the host access every build has (wxt.config.ts).
import { browser } from 'wxt/browser';
import type { MenuClick } from '@/lib/tab-state/selection';
import { SELECTION_MENU_ID } from '@/lib/tab-state/selection';
import { E2E_OPEN_KEY, extensionPathForE2eRequest, selectionForE2eRequest } from './protocol';

type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

export interface E2eHookTargets {
  /** The background's handler of context-menu clicks: headless browsers offer no menu to click. */
  onMenuClick(info: MenuClick, tab: { windowId?: number }): Promise<void>;
}

export function installE2eHooks(targets: E2eHookTargets): void {
  // Last URL handled per tab: one navigation can report the same URL in several events.
  const handled = new Map<number, string>();

  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    const url = changeInfo.url ?? (changeInfo.status === 'complete' ? tab.url : undefined);
    if (url === undefined) return;
    const selected = selectionForE2eRequest(url);
    if (selected !== null) {
      // `#palmyra-e2e-open=select&text=…`: the tab's user chose "Check this selection" on that text.
      if (handled.get(tabId) === url) return;
      handled.set(tabId, url);
      void targets.onMenuClick({ menuItemId: SELECTION_MENU_ID, selectionText: selected }, tab);
      return;
    }
    const path = extensionPathForE2eRequest(url, tabId);
    if (path === null) {
      // The tab left the request URL: asking again with the same fragment opens a new page.
      if (changeInfo.url !== undefined) handled.delete(tabId);
      return;
    }
    if (handled.get(tabId) === url) return;
    handled.set(tabId, url);
    void browser.tabs.create({ url: browser.runtime.getURL(path as ExtensionPath) });
  });
  browser.tabs.onRemoved.addListener((tabId) => handled.delete(tabId));

  console.info(`[${E2E_OPEN_KEY}] e2e hooks installed`);
}
