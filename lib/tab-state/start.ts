// Wires the background: messages, navigation, tab close, shortcuts. Called from the background's main(),
// synchronously, so MV3 registers every listener before the event that woke the service worker is fired.
import { browser } from 'wxt/browser';
import type { BackgroundToPage } from '@/lib/protocol/messages';
import { showBadge } from './badge';
import { createCommandHandler } from './commands';
import { createNavigationHandlers } from './navigation';
import { createMessageHandler } from './router';
import { requestScan, sendToTab } from './scan';
import { insertHighlightStyles } from './styles';
import { insertCardScript } from './card-script';
import { createReportStore, createSelectionStore } from './store';
import { openPanel, openPanelWindow } from './panel';
import { createSelectionHandler, SELECTION_MENU_ID } from './selection';
import { createTabQueue } from './tab-queue';
import { buildCardView } from '@/lib/card/view';
import { createReferenceSet } from '@/lib/datasets/references';
import { readUserDatasets, watchUserDatasets } from '@/lib/datasets/store';
import { checkText, TabAnalyses } from './analysis';

type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

export function viewerUrl(entryId: string | null): string {
  const base = browser.runtime.getURL('/viewer.html' as ExtensionPath);
  return entryId ? `${base}#${encodeURIComponent(entryId)}` : base;
}

function tellPages(message: BackgroundToPage): void {
  // No page open is the usual case ("Receiving end does not exist").
  browser.runtime.sendMessage(message).catch(() => {});
}

const notifyPages = (tabId: number) => tellPages({ type: 'report-updated', tabId });

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function startBackground(): { onMenuClick: ReturnType<typeof createSelectionHandler> } {
  const store = createReportStore();
  const inOrder = createTabQueue();
  const analyses = new TabAnalyses();
  const selections = createSelectionStore();
  const references = createReferenceSet(readUserDatasets);
  const check = (text: string) => references.get().then(({ named }) => checkText(text, named));

  const onMessage = createMessageHandler({
    store,
    inOrder,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/' as ExtensionPath),
    showBadge,
    cardView: (claim, lang) => references.get().then(({ lookup }) => buildCardView(claim, lang, viewerUrl(null), lookup(claim))),
    requestScan: (tabId) => requestScan(tabId),
    openViewer: async (entryId) => {
      await browser.tabs.create({ url: viewerUrl(entryId) });
    },
    insertHighlightStyles,
    insertCardScript,
    notifyPages,
    analyses,
    selections,
    checkText: check,
    references,
  });
  browser.runtime.onMessage.addListener(onMessage as never);

  // The reader imported, enabled, disabled or removed a dataset: the pages checked so far are read
  // again (not those where checking is off: a scan there would be the reader's click).
  watchUserDatasets(() => {
    references.invalidate();
    void store.ids().then((tabIds) =>
      tabIds.forEach((tabId) =>
        void store.get(tabId).then((report) => {
          if (report && report.status !== 'disabled') void sendToTab(tabId, { type: 'scan' });
        }),
      ),
    );
  });

  const navigation = createNavigationHandlers({ store, inOrder, showBadge, notifyPages, sendToTab });
  browser.tabs.onUpdated.addListener((tabId, change) => navigation.onUpdated(tabId, change).catch(() => {}));
  browser.tabs.onRemoved.addListener((tabId) => {
    analyses.forget(tabId);
    navigation.onRemoved(tabId).catch(() => {});
  });

  const onSelection = createSelectionHandler({
    check,
    store: selections,
    notifyPages: (windowId) => tellPages({ type: 'selection-checked', windowId }),
    openPanel: (windowId) => openPanel({ windowId }),
    openPanelWindow,
  });
  registerSelectionMenu();
  browser.contextMenus?.onClicked?.addListener((info, tab) => void onSelection(info, tab).catch(() => {}));

  const onCommand = createCommandHandler({ activeTabId, sendToTab });
  browser.commands?.onCommand.addListener((command, tab) => onCommand(command, tab).catch(() => {}));
  return { onMenuClick: onSelection };
}

/** "Check this selection" on selected text. Menus outlive a stopped service worker: made afresh at each start. */
function registerSelectionMenu(): void {
  try {
    const menus = browser.contextMenus;
    void menus
      .removeAll()
      .then(() => {
        menus.create({ id: SELECTION_MENU_ID, title: browser.i18n.getMessage('menuCheckSelection'), contexts: ['selection'] });
      })
      .catch(() => {});
  } catch {
    // No menus here: the panel, the popup and the page's highlights work without them.
  }
}
