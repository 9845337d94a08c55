import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_FACTORY, LazyCard, type Card, type CardContent } from './card';

const ctx = { isValid: true } as ContentScriptContext;
const content = { claimId: 'c1' } as CardContent;
const rect = {} as DOMRect;

function realCard(): Card & { shown: string[] } {
  const shown: string[] = [];
  return {
    shown,
    get isOpen() {
      return shown.length > 0;
    },
    current: null,
    contains: () => true,
    show: async (c) => void shown.push(c.claimId),
    hide: () => void shown.splice(0),
    destroy: () => {},
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[CARD_FACTORY];
});

describe('LazyCard: the card’s code comes on first use', () => {
  it('asks for the code once, then hands every call to the card it makes', async () => {
    const card = realCard();
    const load = vi.fn(async () => {
      (globalThis as Record<string, unknown>)[CARD_FACTORY] = () => card;
    });
    const lazy = new LazyCard(ctx, () => {}, load);
    expect([lazy.isOpen, lazy.contains(null), lazy.current]).toEqual([false, false, null]);
    await Promise.all([lazy.show(content, rect), lazy.show({ ...content, claimId: 'c2' }, rect)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(card.shown).toEqual(['c1', 'c2']);
    expect([lazy.isOpen, lazy.contains(null)]).toEqual([true, true]);
    lazy.hide();
    expect(lazy.isOpen).toBe(false);
  });

  it('shows nothing when the code cannot be loaded, and tries again at the next hover', async () => {
    const load = vi.fn(async (): Promise<void> => {
      throw new Error('Cannot access contents of the page');
    });
    const lazy = new LazyCard(ctx, () => {}, load);
    await lazy.show(content, rect);
    expect(lazy.isOpen).toBe(false);
    const card = realCard();
    load.mockImplementation(async () => {
      (globalThis as Record<string, unknown>)[CARD_FACTORY] = () => card;
    });
    await lazy.show(content, rect);
    expect(load).toHaveBeenCalledTimes(2);
    expect(card.shown).toEqual(['c1']);
  });

  it('shows nothing once the extension went away under the page', async () => {
    const card = realCard();
    const lazy = new LazyCard({ isValid: false } as ContentScriptContext, () => {}, async () => {
      (globalThis as Record<string, unknown>)[CARD_FACTORY] = () => card;
    });
    await lazy.show(content, rect);
    expect(card.shown).toEqual([]);
  });
});
