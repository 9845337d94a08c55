// The hover card (loaded on first hover, see index.ts): a closed shadow root (WXT createShadowRootUi) so the page's CSS cannot reach it and
// its scripts can neither read nor click what is inside (they see an empty host element), with the
// ClaimCard component inside, placed next to the claim and kept inside the viewport. Created on first
// use only: a page where nobody hovers a claim gets no element from us.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ClaimCard } from '@/components/ClaimCard';
import { CLAIM_CARD_CSS } from '@/components/card-css';
import type { Card, CardContent } from '@/entrypoints/content/card';

const HOST_CSS = `
/* WXT resets the host with "all: initial !important", which beats inline styles: place and show the
   host through custom properties, which "all" leaves alone. */
:host {
  position: fixed !important; z-index: 2147483647 !important;
  top: var(--pfc-top, 0px) !important; left: var(--pfc-left, 0px) !important;
  display: var(--pfc-display, none) !important; visibility: var(--pfc-visibility, visible) !important;
}
.pfc-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.pfc-frame { max-width: min(380px, calc(100vw - 16px)); }
.pfc-frame:focus { outline: 3px solid #3b6fd8; outline-offset: 2px; }
`;

/** Gap between the claim and the card, and between the card and the viewport's edges. */
const GAP = 8;

export class HoverCard implements Card {
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private creating: Promise<ShadowRootContentScriptUi<void>> | undefined;
  private frame: HTMLElement | undefined;
  private live: HTMLElement | undefined;
  private visible = false;
  /** The claim the card shows, while it is open. */
  current: string | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onPointerInside: (inside: boolean) => void,
  ) {}

  get isOpen(): boolean {
    return this.visible;
  }

  /** True when the event happened inside the card (its shadow host). */
  contains(target: EventTarget | null): boolean {
    return !!this.ui && target === this.ui.shadowHost;
  }

  private async ensure(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return this.ui;
    this.creating ??= createShadowRootUi<void>(this.ctx, {
      name: 'palmyra-fact-check-card',
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      mode: 'closed',
      css: `${CLAIM_CARD_CSS}\n${HOST_CSS}`,
      // Keys typed in the card (Escape, Tab) must not reach the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        host.setAttribute('data-palmyra-ui', '');
        host.style.setProperty('--pfc-display', 'none');
        const live = document.createElement('div');
        live.className = 'pfc-live';
        live.setAttribute('aria-live', 'polite');
        live.setAttribute('role', 'status');
        const frame = document.createElement('div');
        frame.className = 'pfc-frame';
        frame.tabIndex = -1;
        frame.setAttribute('role', 'dialog');
        container.append(live, frame);
        this.live = live;
        this.frame = frame;
        host.addEventListener('pointerenter', () => this.onPointerInside(true));
        host.addEventListener('pointerleave', () => this.onPointerInside(false));
      },
    });
    this.ui = await this.creating;
    return this.ui;
  }

  /** Shows the card next to `rect` (the claim's box in viewport coordinates). */
  async show(content: CardContent, rect: DOMRect, options: { focus?: boolean } = {}): Promise<void> {
    const ui = await this.ensure();
    if (!ui.shadowHost.isConnected) ui.mount();
    const frame = this.frame!;
    render(<ClaimCard view={content.view} onOpenViewer={content.onOpenViewer} colours={content.colours} />, frame);
    frame.setAttribute('aria-label', content.view.ariaLabel);
    this.live!.textContent = `${content.view.phrase}: ${content.view.verdictText}`;
    const host = ui.shadowHost;
    host.style.setProperty('--pfc-display', 'block');
    host.style.setProperty('--pfc-visibility', 'hidden');
    this.visible = true;
    this.current = content.claimId;
    this.place(host, rect);
    host.style.setProperty('--pfc-visibility', 'visible');
    if (options.focus) frame.focus();
  }

  private place(host: HTMLElement, rect: DOMRect): void {
    const box = host.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = document.documentElement.clientHeight || window.innerHeight;
    // Below the claim if it fits, else above; horizontally aligned with it, clamped to the viewport.
    let top = rect.bottom + GAP;
    if (top + box.height > vh - GAP && rect.top - GAP - box.height >= GAP) top = rect.top - GAP - box.height;
    top = Math.max(GAP, Math.min(top, vh - box.height - GAP));
    const left = Math.max(GAP, Math.min(rect.left, vw - box.width - GAP));
    host.style.setProperty('--pfc-top', `${Math.round(top)}px`);
    host.style.setProperty('--pfc-left', `${Math.round(left)}px`);
  }

  hide(): void {
    if (!this.visible || !this.ui) return;
    this.visible = false;
    this.current = null;
    this.ui.shadowHost.style.setProperty('--pfc-display', 'none');
    if (this.frame) render(null, this.frame);
  }

  destroy(): void {
    this.hide();
    this.ui?.remove();
  }
}
