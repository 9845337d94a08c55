// Keyboard shortcuts (manifest `commands`). Opening the panel (`_execute_action` /
// `_execute_browser_action`) is handled by the browser itself; the others go to the active tab.
import type { ToContent } from '@/lib/protocol/messages';

export const FORWARDED_COMMANDS: Readonly<Record<string, ToContent>> = {
  'next-claim': { type: 'next-claim' },
  'previous-claim': { type: 'previous-claim' },
  'toggle-highlights': { type: 'toggle-highlights' },
};

export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  sendToTab(tabId: number, message: ToContent): Promise<boolean>;
}

export function createCommandHandler(deps: CommandDeps) {
  return async (command: string, tab?: { id?: number }): Promise<void> => {
    const message = Object.prototype.hasOwnProperty.call(FORWARDED_COMMANDS, command) ? FORWARDED_COMMANDS[command] : undefined;
    if (!message) return;
    const tabId = tab?.id ?? (await deps.activeTabId());
    // No content script there (a browser page): nothing to move through.
    if (tabId !== undefined && tabId >= 0) await deps.sendToTab(tabId, message);
  };
}
