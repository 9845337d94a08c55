// The hover card as the content script holds it: a stand-in that asks the background for the card's
// code on first use (entrypoints/card/, injected into this same content-script world) and then hands
// every call to the real card. Until the code is there, nothing is shown and nothing of ours is in the
// page; if it cannot be loaded, the card stays closed and the highlights still work.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardView } from '@/lib/protocol/messages';

export interface CardContent {
  /** Id of the claim shown (cards are not re-rendered for the claim already open). */
  claimId: string;
  view: CardView;
  colours: 'default' | 'high-contrast';
  onOpenViewer: (entryId: string | null, event: MouseEvent) => void;
}

/** What the card's code provides (entrypoints/card/hover-card.tsx). */
export interface Card {
  readonly isOpen: boolean;
  readonly current: string | null;
  /** True when the event happened inside the card (its shadow host). */
  contains(target: EventTarget | null): boolean;
  /** Shows the card next to `rect` (the claim's box in viewport coordinates). */
  show(content: CardContent, rect: DOMRect, options?: { focus?: boolean }): Promise<void>;
  hide(): void;
  destroy(): void;
}

export type CardFactory = (ctx: ContentScriptContext, onPointerInside: (inside: boolean) => void) => Card;

/** Where the injected card code leaves its factory, on the content-script world's global object. */
export const CARD_FACTORY = '__palmyraCardFactory';

export class LazyCard implements Card {
  private card: Card | undefined;
  private loading: Promise<Card | undefined> | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onPointerInside: (inside: boolean) => void,
    /** Asks the background to inject the card's code into this tab's content-script world. */
    private readonly loadCode: () => Promise<unknown>,
  ) {}

  get isOpen(): boolean {
    return this.card?.isOpen ?? false;
  }

  get current(): string | null {
    return this.card?.current ?? null;
  }

  contains(target: EventTarget | null): boolean {
    return this.card?.contains(target) ?? false;
  }

  async show(content: CardContent, rect: DOMRect, options?: { focus?: boolean }): Promise<void> {
    const card = await this.load();
    if (card && this.ctx.isValid) await card.show(content, rect, options);
  }

  hide(): void {
    this.card?.hide();
  }

  destroy(): void {
    this.card?.destroy();
  }

  private load(): Promise<Card | undefined> {
    if (this.card) return Promise.resolve(this.card);
    this.loading ??= this.loadCode()
      .catch(() => undefined)
      .then(() => {
        const factory = (globalThis as Record<string, unknown>)[CARD_FACTORY];
        if (typeof factory === 'function') this.card = (factory as CardFactory)(this.ctx, this.onPointerInside);
        // Not loaded (the background could not inject it): try again at the next hover.
        else this.loading = undefined;
        return this.card;
      });
    return this.loading;
  }
}
