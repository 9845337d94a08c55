// The hover card's code (Preact, the card component, its styles, WXT's shadow-root UI), loaded into a
// page's content-script world only when the reader first hovers a claim: the background injects it
// (lib/tab-state/card-script.ts), so a page where nobody hovers carries none of it. It leaves one
// function where the content script looks for it (entrypoints/content/card.ts); the page, in its own
// world, cannot see it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_FACTORY, type CardFactory } from '@/entrypoints/content/card';
import { HoverCard } from './hover-card';

export default defineUnlistedScript(() => {
  const factory: CardFactory = (ctx, onPointerInside) => new HoverCard(ctx, onPointerInside);
  (globalThis as Record<string, unknown>)[CARD_FACTORY] = factory;
});
