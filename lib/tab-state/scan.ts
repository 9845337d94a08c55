// "Check this page": ask the tab's content script to scan; when it is not there (a tab opened before the
// extension was installed, or a page it was never declared for), inject it under activeTab, then ask again.
import { browser } from 'wxt/browser';
import type { ScanTabResponse, ToContent } from '@/lib/protocol/messages';

export async function sendToTab(tabId: number, message: ToContent): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    // "Receiving end does not exist": no content script in that tab.
    return false;
  }
}

/**
 * The content script's file as the manifest declares it, relative to the extension's root
 * ("content-scripts/content.js"). Firefox's getManifest() gives it as a full moz-extension:// URL.
 */
export function contentScriptFile(declared = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0]): string | null {
  if (!declared) return null;
  try {
    return new URL(declared).pathname.replace(/^\/+/, '');
  } catch {
    return declared.replace(/^\/+/, '');
  }
}

async function injectContentScript(tabId: number): Promise<void> {
  const file = contentScriptFile();
  if (!file) throw new Error('No content script in the manifest.');
  if (browser.scripting?.executeScript) {
    // Chrome MV3: `scripting` permission + the activeTab grant of the click or shortcut.
    await browser.scripting.executeScript({ target: { tabId }, files: [file] } as never);
  } else {
    // Firefox MV2: tabs.executeScript under activeTab.
    await browser.tabs.executeScript(tabId, { file: `/${file}` });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function requestScan(tabId: number, retryDelayMs = 100): Promise<ScanTabResponse> {
  if (await sendToTab(tabId, { type: 'scan' })) return { outcome: 'sent' };
  try {
    await injectContentScript(tabId);
  } catch (error) {
    // The browser forbids scripts there (chrome://, stores, PDF viewer) or activeTab was not granted.
    return { outcome: 'cannot-run', error: error instanceof Error ? error.message : String(error) };
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await sendToTab(tabId, { type: 'scan' })) return { outcome: 'injected' };
    await sleep(retryDelayMs);
  }
  return { outcome: 'cannot-run', error: 'The page did not answer after the checker was added to it.' };
}
