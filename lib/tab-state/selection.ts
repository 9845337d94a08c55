// "Check this selection" (context menu): the browser hands us the selected text with the click, so
// nothing is read from the page and no script runs in it; it works where automatic checking is off.
// The verdicts go to the side panel of the click's window, opened by the same click.
import { MAX_SELECTION_SHOWN } from '@/lib/protocol/bounds';
import type { SelectionCheck, TextCheck } from '@/lib/protocol/messages';
import type { SelectionStore } from './store';

export const SELECTION_MENU_ID = 'check-selection';

export interface SelectionDeps {
  check(text: string): Promise<TextCheck>;
  store: SelectionStore;
  /** Tell open extension pages that a window has a new selection check. */
  notifyPages(windowId: number): void;
  /**
   * Opens the window's side panel. Called before anything is awaited: the browser lets an extension
   * open its panel only while it handles the user's click. False when it could not.
   */
  openPanel(windowId: number): Promise<boolean>;
  /** Shows the panel's page on its own, for a browser whose panel could not be opened. */
  openPanelWindow(windowId: number): Promise<void>;
  now?: () => number;
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export function createSelectionHandler(deps: SelectionDeps) {
  const now = deps.now ?? (() => Date.now());
  return async (info: MenuClick, tab?: { windowId?: number }): Promise<void> => {
    const windowId = tab?.windowId;
    if (info.menuItemId !== SELECTION_MENU_ID || windowId === undefined || windowId < 0) return;
    const opened = deps.openPanel(windowId);
    const text = (info.selectionText ?? '').trim();
    if (text) {
      const result: SelectionCheck = { text: clipSelection(text), check: await deps.check(text), checkedAt: now() };
      await deps.store.set(windowId, result);
      deps.notifyPages(windowId);
    }
    if (!(await opened)) await deps.openPanelWindow(windowId);
  };
}

function clipSelection(text: string): string {
  return text.length <= MAX_SELECTION_SHOWN ? text : `${text.slice(0, MAX_SELECTION_SHOWN - 1)}…`;
}
