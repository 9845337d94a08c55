// The hover card's code (entrypoints/card/), injected by the background into a tab's top frame when
// its content script first opens a card: every page gets the small content script, only pages where a
// reader hovers a claim get the card. Injected this way it runs in the content script's world, out of
// the page's reach, and needs no web-accessible resource (whose URL a page could probe).
import { browser } from 'wxt/browser';

/** Where WXT writes the unlisted script entrypoints/card/index.ts. */
export const CARD_SCRIPT_FILE = '/card.js';

export async function insertCardScript(tabId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    // Chrome MV3: `scripting` and host access to the tab; the content script's isolated world.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_SCRIPT_FILE] });
  } else {
    // Firefox MV2: the content script's sandbox.
    await browser.tabs.executeScript(tabId, { file: CARD_SCRIPT_FILE, frameId: 0 });
  }
}
