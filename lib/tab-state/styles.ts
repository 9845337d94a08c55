// The highlights' stylesheet, inserted by the background into a page whose content script is about to
// paint. Declared in the manifest it would reach every page, checked or not, and any page can read
// `::highlight(palmyra-…)` styles with getComputedStyle: a fingerprint of the extension everywhere.
// Inserted this way it is also out of the page's reach (not in document.styleSheets).
import { browser } from 'wxt/browser';

/** Where WXT writes the content script's CSS (`cssInjectionMode: 'manual'` keeps it out of the manifest). */
export const HIGHLIGHT_STYLES_FILE = 'content-scripts/content.css';

export async function insertHighlightStyles(tabId: number): Promise<void> {
  if (browser.scripting?.insertCSS) {
    // Chrome MV3: `scripting` and host access to the tab.
    await browser.scripting.insertCSS({ target: { tabId, frameIds: [0] }, files: [HIGHLIGHT_STYLES_FILE] });
  } else {
    // Firefox MV2.
    await browser.tabs.insertCSS(tabId, { file: `/${HIGHLIGHT_STYLES_FILE}`, frameId: 0 });
  }
}
