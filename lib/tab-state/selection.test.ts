import { describe, expect, it, vi } from 'vitest';
import { reference, referenceDataset } from '@/core/reference/dataset';
import { MAX_SELECTION_SHOWN } from '@/lib/protocol/bounds';
import { SelectionCheckSchema, type SelectionCheck } from '@/lib/protocol/messages';
import { checkText } from './analysis';
import { createSelectionHandler, SELECTION_MENU_ID, type SelectionDeps } from './selection';
import type { SelectionStore } from './store';

function setUp(panelOpens: boolean) {
  const stored = new Map<number, SelectionCheck>();
  const calls: string[] = [];
  const store: SelectionStore = {
    get: async (id) => stored.get(id) ?? null,
    set: async (id, value) => {
      calls.push(`store ${id}`);
      stored.set(id, value);
    },
    delete: async (id) => void stored.delete(id),
    ids: async () => [...stored.keys()],
  };
  const deps: SelectionDeps = {
    check: async (text) => checkText(text, [{ id: referenceDataset.id, reference: reference() }]),
    store,
    notifyPages: (windowId) => void calls.push(`notify ${windowId}`),
    openPanel: vi.fn((windowId: number) => {
      calls.push(`open panel ${windowId}`);
      return Promise.resolve(panelOpens);
    }),
    openPanelWindow: vi.fn(async (windowId: number) => void calls.push(`open window ${windowId}`)),
    now: () => 1000,
  };
  return { handle: createSelectionHandler(deps), stored, calls, deps };
}

describe('Check this selection', () => {
  it('opens the panel before anything is awaited, then checks the selected text for that window', async () => {
    const { handle, stored, calls } = setUp(true);
    const done = handle({ menuItemId: SELECTION_MENU_ID, selectionText: '  At least 188 Syrian troops were killed in the battle for Palmyra.  ' }, { windowId: 3 });
    // The browser allows opening the panel only during the click's own turn: it is the first thing done.
    expect(calls[0]).toBe('open panel 3');
    await done;
    expect(calls).toEqual(['open panel 3', 'store 3', 'notify 3']);
    const selection = stored.get(3)!;
    expect(SelectionCheckSchema.safeParse(selection).success).toBe(true);
    expect(selection.text).toBe('At least 188 Syrian troops were killed in the battle for Palmyra.');
    expect(selection.check.claims.map((c) => [c.text, c.verdict])).toEqual([['At least 188 Syrian', 'supported']]);
    expect(selection.checkedAt).toBe(1000);
  });

  it('shows the panel in a window of its own when the browser would not open it', async () => {
    const { handle, calls } = setUp(false);
    await handle({ menuItemId: SELECTION_MENU_ID, selectionText: 'Le 7 mars, l’offensive sur Palmyre a commencé.' }, { windowId: 8 });
    expect(calls).toEqual(['open panel 8', 'store 8', 'notify 8', 'open window 8']);
  });

  it('keeps a long selection whole for the engine, clipped for display', async () => {
    const { handle, stored } = setUp(true);
    const long = `${'Un texte sans chiffre. '.repeat(200)}À Palmyre, 400 jihadistes ont été tués.`;
    await handle({ menuItemId: SELECTION_MENU_ID, selectionText: long }, { windowId: 1 });
    const selection = stored.get(1)!;
    expect(selection.text.length).toBe(MAX_SELECTION_SHOWN);
    expect(selection.text.endsWith('…')).toBe(true);
    expect(selection.check.claims.map((c) => c.text)).toEqual(['400 jihadistes']);
  });

  it('does nothing for another menu item or a click outside a window; an empty selection only opens the panel', async () => {
    const { handle, calls } = setUp(true);
    await handle({ menuItemId: 'other', selectionText: '400 jihadistes' }, { windowId: 1 });
    await handle({ menuItemId: SELECTION_MENU_ID, selectionText: '400 jihadistes' }, {});
    await handle({ menuItemId: SELECTION_MENU_ID, selectionText: '400 jihadistes' }, { windowId: -1 });
    expect(calls).toEqual([]);
    await handle({ menuItemId: SELECTION_MENU_ID, selectionText: '   ' }, { windowId: 2 });
    expect(calls).toEqual(['open panel 2']);
  });
});
