import { describe, expect, it } from 'vitest';
import { FRESH_SELECTION_MS, followsActivation, initialView, windowIdFromQuery } from './follow';

describe('the tab the side panel follows', () => {
  it('follows the tabs made active in its own window only', () => {
    expect(followsActivation({ tabId: 5, windowId: 1 }, { windowId: 1 })).toBe(true);
    expect(followsActivation({ tabId: 5, windowId: 2 }, { windowId: 1 })).toBe(false);
  });

  it('keeps its page when its own page, open as a tab, is the one made active', () => {
    expect(followsActivation({ tabId: 9, windowId: 1 }, { windowId: 1, selfTabId: 9 })).toBe(false);
    expect(followsActivation({ tabId: 5, windowId: 1 }, { windowId: 1, selfTabId: 9 })).toBe(true);
  });

  it('reads ?window= as a window id, and nothing else', () => {
    expect(windowIdFromQuery('?window=12')).toBe(12);
    for (const search of ['', '?window=', '?window=-1', '?window=1e3', '?window=12345678901', '?tab=3']) {
      expect(windowIdFromQuery(search)).toBeUndefined();
    }
  });
});

describe('the view the side panel opens on', () => {
  const selection = { text: '400', check: { claims: [], omitted: 0, lang: 'en' as const }, checkedAt: 50_000 };
  it('opens on a selection just checked (the click that opened it), else on the page', () => {
    expect(initialView(selection, 50_000 + FRESH_SELECTION_MS - 1)).toBe('selection');
    expect(initialView(selection, 50_000 + FRESH_SELECTION_MS)).toBe('page');
    expect(initialView(null, 0)).toBe('page');
  });
});
