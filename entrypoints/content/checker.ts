// The content script's state and life: settings, scans (whole page, then only what changes),
// highlights, the hover card, keyboard navigation, and the report the popup reads. Every entry point
// from the page or the browser is wrapped so that nothing we do can throw into the page.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isCardView, isToContent } from '@/lib/protocol/guards';
import type { CardView, ContentToBackground, ScanStatus, TabReport, ToContent } from '@/lib/protocol/messages';
import { fallbackCardView } from './fallback-card';
import { getSettings, isCheckingEnabled, watchSettings, type Settings } from '@/lib/settings';
import { LazyCard, type Card } from './card';
import { createHighlightLayer, type HighlightLayer } from './highlights';
import { claimAtPoint, ClaimIndex, rectsContain } from './hit-test';
import { readText, toPageClaims, yieldToPage, type PageClaim } from './scan';
import { EngineClient } from './engine-client';
import { watchMutations, type MutationWatch } from './mutations';
import { watchNavigation } from './navigation';
import { benchMark, benchWait, benchWaited } from './bench';
import { byBrowser, isCacheRestore } from './guards';
import { buildReport, ReportWriter } from './report';

/** Hover intent: the card opens when the pointer rests this long on a claim, closes this long after it left. */
const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;
const FLASH_MS = 1600;

const LIVENESS_MS = 2000;

function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

export class Checker {
  private settings: Settings | undefined;
  // Until the settings are read, a report asked for says the page is being looked at.
  private status: ScanStatus = 'scanning';
  private error: string | undefined;
  private claims: PageClaim[] = [];
  private index = new ClaimIndex();
  /** The page's language as the engine read it, once a scan is done. */
  private lang: 'fr' | 'en' | undefined;
  private readonly engine = new EngineClient((message: ContentToBackground) => browser.runtime.sendMessage(message));
  private generation = 0;
  private highlightsOn = true;
  private focused = -1;
  private readonly layer: HighlightLayer;
  private readonly card: Card;
  private pointerInCard = false;
  private hoverTimer: number | undefined;
  private pendingPoint: { x: number; y: number } | undefined;
  private frameRequested = false;
  private mutations: MutationWatch | undefined;
  private readonly writer: ReportWriter;

  constructor(private readonly ctx: ContentScriptContext) {
    // The highlights' stylesheet reaches the page only when there is something to paint: the
    // background inserts it (lib/tab-state/styles.ts), where the page cannot read or edit it.
    this.layer = createHighlightLayer(undefined, undefined, () => {
      browser.runtime.sendMessage({ type: 'highlight-styles' }).catch(() => {
        /* the extension was reloaded: this context is dead, nothing to paint for */
      });
    });
    this.writer = new ReportWriter(
      () => this.currentReport(),
      (report) => {
        browser.runtime.sendMessage({ type: 'report', report }).catch(() => {
          /* the background may be restarting; the popup asks again with resend-report */
        });
      },
      { now: () => Date.now(), setTimeout: (fn, ms) => this.ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    );
    this.card = new LazyCard(
      ctx,
      (inside) => {
        this.pointerInCard = inside;
        if (!inside) this.scheduleClose();
        else this.clearHoverTimer();
      },
      () => browser.runtime.sendMessage({ type: 'card-code' } satisfies ContentToBackground),
    );
  }

  async start(): Promise<void> {
    this.listenToBrowser();
    this.settings = await getSettings();
    const unwatch = watchSettings((s) => this.guard(() => this.applySettings(s)));
    // The extension was reloaded, updated or removed under the page: its old script stops for good.
    // (Our build of WXT's context no longer stops when the page says so; see wxt.config.ts.)
    const alive = window.setInterval(() => {
      if (extensionAlive()) return;
      window.clearInterval(alive);
      unwatch();
      this.teardown();
    }, LIVENESS_MS);
    this.listenToPage();
    if (this.shouldCheck()) await this.fullScan();
    else this.report('disabled');
  }

  // ---- scanning -------------------------------------------------------------------------------

  private shouldCheck(): boolean {
    return !!this.settings && isCheckingEnabled(this.settings, location.hostname);
  }

  /** Reads the whole page again (first load, single-page navigation, settings, "check this page"). */
  async fullScan(): Promise<void> {
    const generation = ++this.generation;
    this.mutations?.stop();
    this.mutations = undefined;
    this.report('scanning');
    try {
      this.scannedUrl = location.href;
      benchMark('palmyra-scan-start');
      const started = performance.now();
      const waitedBefore = benchWaited();
      const isCancelled = () => generation !== this.generation || !this.ctx.isValid;
      const text = await readText(document, { isCancelled });
      if (!text || isCancelled()) return;
      benchMark('palmyra-extract-end');
      const analysis = await benchWait(this.engine.readPage(text.input));
      if (isCancelled()) return;
      benchMark('palmyra-analyze-end');
      benchMark('palmyra-engine', analysis.engineMs);
      const claims = await toPageClaims(document, analysis.claims, text.blocks, { isCancelled });
      if (!claims || isCancelled()) return;
      this.lang = analysis.lang;
      this.setClaims(claims);
      // Our own main-thread time: the scan's, less what the page and the background had meanwhile.
      benchMark('palmyra-own', performance.now() - started - (benchWaited() - waitedBefore));
      benchMark('palmyra-scan-end');
      this.report('done');
      this.mutations = watchMutations(this.ctx, document, (roots, removed) => this.guard(() => this.rescanParts(roots, removed)));
    } catch (e) {
      this.fail(e);
    }
  }

  /** Re-reads only the subtrees that changed; claims whose text went away are dropped. */
  private async rescanParts(roots: Element[], anyRemoval: boolean): Promise<void> {
    if (this.status !== 'done') return;
    const generation = this.generation;
    const isCancelled = () => generation !== this.generation || !this.ctx.isValid;
    let claims = this.claims;
    if (anyRemoval || roots.length > 0) claims = claims.filter((c) => c.nodes.every((n) => n.isConnected) && !roots.some((r) => r.contains(c.nodes[0]!)));
    const found: PageClaim[] = [];
    for (const root of roots) {
      if (!root.isConnected) continue;
      const text = await readText(root, { isCancelled });
      if (!text || isCancelled()) return;
      if (text.blocks.length === 0) continue;
      // The background could not read the update (it is being updated, say): keep what the page shows.
      const analysis = await this.engine.readBlocks(text.input.blocks).catch(() => null);
      if (!analysis) return;
      const part = isCancelled() ? null : await toPageClaims(root, analysis.claims, text.blocks, { isCancelled });
      if (!part || isCancelled()) return;
      found.push(...part);
      await yieldToPage();
    }
    const merged = [...claims, ...found].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const changed = merged.length !== this.claims.length || merged.some((c, i) => c !== this.claims[i]);
    if (!changed) return;
    this.setClaims(merged);
    this.report('done');
  }

  private setClaims(claims: PageClaim[]): void {
    this.claims = claims;
    this.index = new ClaimIndex(claims);
    this.focused = -1;
    this.paint();
  }

  private isShown(c: PageClaim): boolean {
    return c.summary.verdict !== 'unrelated' || !!this.settings?.showUnrelated;
  }

  private shownClaims(): PageClaim[] {
    return this.claims.filter((c) => this.isShown(c));
  }

  private paint(): void {
    if (!this.highlightsOn) {
      this.layer.clear();
      return;
    }
    this.layer.show(
      this.shownClaims().map((c) => ({ range: c.range, verdict: c.summary.verdict })),
      this.settings?.colours ?? 'default',
    );
  }

  private applySettings(s: Settings): void {
    const wasOn = this.shouldCheck();
    this.settings = s;
    const isOn = this.shouldCheck();
    if (isOn && !wasOn && this.settings.mode === 'auto') void this.fullScan();
    else if (!isOn && wasOn) this.stop('disabled');
    else if (this.status === 'done') {
      this.paint();
      this.report('done');
    }
  }

  private stop(status: ScanStatus): void {
    this.generation++;
    this.mutations?.stop();
    this.mutations = undefined;
    this.card.hide();
    this.layer.clear();
    this.claims = [];
    this.index.clear();
    this.report(status);
  }

  private teardown(): void {
    this.generation++;
    this.writer.dispose();
    this.mutations?.stop();
    this.layer.clear();
    this.card.destroy();
  }

  private fail(e: unknown): void {
    this.error = e instanceof Error ? e.message : String(e);
    this.status = 'error';
    this.layer.clear();
    this.writer.update('error');
  }

  // ---- reporting ------------------------------------------------------------------------------

  private report(status: ScanStatus): void {
    this.status = status;
    if (status !== 'error') this.error = undefined;
    this.writer.update(status);
  }

  /** Built when the writer writes (throttled): always the current state. */
  private currentReport(): TabReport {
    return buildReport({
      // The address of the view this report describes: after a pushState and before the new view is
      // read, that is still the old one, and the background must not take old claims for the new view.
      url: this.scannedUrl || location.href,
      status: this.status,
      claims: this.claims,
      lang: this.lang,
      error: this.error,
    });
  }

  // ---- the page -------------------------------------------------------------------------------

  private listenToPage(): void {
    const opts = { capture: true, passive: true } as const;
    this.ctx.addEventListener(document, 'pointermove', (e) => this.guard(() => this.onPointerMove(e as PointerEvent)), opts);
    this.ctx.addEventListener(window, 'scroll', () => this.guard(() => this.card.hide()), opts);
    this.ctx.addEventListener(document, 'keydown', (e) => this.guard(() => this.onKey(e as KeyboardEvent)), { capture: true });
    // Single-page applications: a new URL is a new page to read (watched without telling the page).
    watchNavigation(this.ctx, (url) => this.guard(() => this.onNavigate(url)));
    // Back/forward cache: the page comes back as it was, but the background forgot its report. Only
    // the browser's own event counts: a page firing `pageshow` at us must not make us write.
    this.ctx.addEventListener(window, 'pageshow', (e) => this.guard(() => isCacheRestore(e) && this.writer.resend()));
  }

  private scannedUrl = '';
  private navigationTimer: number | undefined;

  /**
   * `destination` is the new URL as the watcher saw it, not `location.href`: Chromium's Navigation API
   * announces a pushState before the address changes, so `location.href` would still be the old one.
   */
  private onNavigate(destination: string): void {
    // Only a new address is a new page (a pushState to the same URL is not).
    if (destination === this.scannedUrl) return;
    this.card.hide();
    if (!this.shouldCheck()) {
      this.scannedUrl = destination;
      return this.stop('disabled');
    }
    // Let the application render the new view before reading it. A scan already due reads the
    // address current when it runs, so a burst of navigations costs one scan, not one each.
    if (this.navigationTimer !== undefined) return;
    this.navigationTimer = this.ctx.setTimeout(() => {
      this.navigationTimer = undefined;
      this.guard(() => this.fullScan());
    }, 400);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.card.isOpen) this.card.hide();
  }

  private onPointerMove(e: PointerEvent): void {
    // Only the reader's pointer: a page's own script cannot open our cards.
    if (!byBrowser(e) || this.claims.length === 0 || this.card.contains(e.target)) return;
    this.pendingPoint = { x: e.clientX, y: e.clientY };
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.guard(() => this.hitTest());
    });
  }

  private hitTest(): void {
    const p = this.pendingPoint;
    if (!p || !this.highlightsOn) return;
    // What the reader is about to hover must be drawn as we read it, whatever the page did to the registry.
    this.layer.repair();
    const hit = claimAtPoint(document, this.index, p.x, p.y, (c) => this.isShown(c));
    if (hit) {
      if (this.card.current === hit.claim.summary.id) return this.clearHoverTimer();
      this.clearHoverTimer();
      this.hoverTimer = this.ctx.setTimeout(() => this.guard(() => this.openCard(hit.claim, hit.rect)), OPEN_DELAY_MS);
    } else if (this.card.isOpen && !this.pointerInCard) {
      this.scheduleClose();
    } else this.clearHoverTimer();
  }

  private scheduleClose(): void {
    this.clearHoverTimer();
    this.hoverTimer = this.ctx.setTimeout(() => {
      if (!this.pointerInCard) this.card.hide();
    }, CLOSE_DELAY_MS);
  }

  private clearHoverTimer(): void {
    if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
  }

  private uiLang(): 'en' | 'fr' {
    const chosen = this.settings?.uiLanguage ?? 'auto';
    if (chosen !== 'auto') return chosen;
    return /^fr\b/i.test(browser.i18n?.getUILanguage?.() ?? navigator.language) ? 'fr' : 'en';
  }

  private views = new Map<string, CardView>();

  /** The card's words come from the background, which holds the full dataset; parsed, cached per claim. */
  private async cardViewOf(c: PageClaim, lang: 'en' | 'fr'): Promise<CardView> {
    const key = `${c.summary.id}:${lang}`;
    const cached = this.views.get(key);
    if (cached) return cached;
    const message: ContentToBackground = { type: 'card-view', claim: c.summary, lang };
    const answer = await browser.runtime.sendMessage(message).catch(() => undefined);
    // The card shows no link (its button asks the background), so the view's href never reaches the page.
    if (!isCardView(answer)) return fallbackCardView(c.summary, lang);
    this.views.set(key, answer);
    return answer;
  }

  private async openCard(c: PageClaim, rect: DOMRect, focus = false): Promise<void> {
    const view = await this.cardViewOf(c, this.uiLang());
    await this.card.show(
      {
        claimId: c.summary.id,
        view,
        colours: this.settings?.colours ?? 'default',
        // Only the reader's own click or key on the open card: the page can reach the link and click it.
        onOpenViewer: (entryId, event) => {
          if (!byBrowser(event) || !this.card.isOpen) return;
          browser.runtime.sendMessage({ type: 'open-viewer', entryId: entryId ?? '' }).catch(() => {});
        },
      },
      rect,
      { focus },
    );
  }

  // ---- keyboard and the popup -----------------------------------------------------------------

  private async reveal(c: PageClaim, options: { focus: boolean }): Promise<void> {
    const box = c.range.getBoundingClientRect();
    const target = window.scrollY + box.top - window.innerHeight / 3;
    window.scrollTo({ top: Math.max(0, target), behavior: 'instant' as ScrollBehavior });
    this.layer.flash(c.range, FLASH_MS);
    this.layer.focus(c.range);
    // The scroll closed any card; open this one once the page has settled.
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const rects = c.range.getClientRects();
    const rect = rects[0] ?? c.range.getBoundingClientRect();
    if (rectsContain(c.range, rect.left + 1, rect.top + 1) || rects.length > 0) await this.openCard(c, rect, options.focus);
  }

  private step(delta: 1 | -1): void {
    const shown = this.shownClaims();
    if (shown.length === 0) return;
    const current = this.focused >= 0 ? shown.indexOf(this.claims[this.focused]!) : -1;
    const next = current < 0 ? (delta > 0 ? 0 : shown.length - 1) : (current + delta + shown.length) % shown.length;
    this.focused = this.claims.indexOf(shown[next]!);
    void this.reveal(shown[next]!, { focus: true });
  }

  private listenToBrowser(): void {
    const listener = (message: unknown, sender: { id?: string }) => {
      // Only this extension's background and pages talk to us; anything else is ignored.
      if (sender?.id !== browser.runtime.id) return undefined;
      if (!isToContent(message)) return undefined;
      return this.guardAsync(() => this.onCommand(message));
    };
    browser.runtime.onMessage.addListener(listener);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  }

  private async onCommand(m: ToContent): Promise<unknown> {
    switch (m.type) {
      case 'scan':
        await this.fullScan();
        return { ok: true, claims: this.claims.length };
      case 'reveal': {
        const c = this.claims.find((x) => x.summary.id === m.claimId);
        if (!c) return { ok: false };
        this.focused = this.claims.indexOf(c);
        await this.reveal(c, { focus: false });
        return { ok: true };
      }
      case 'next-claim':
        this.step(1);
        return { ok: true };
      case 'previous-claim':
        this.step(-1);
        return { ok: true };
      case 'toggle-highlights':
        this.highlightsOn = !this.highlightsOn;
        if (!this.highlightsOn) this.card.hide();
        this.paint();
        return { ok: true, highlights: this.highlightsOn };
      case 'resend-report':
        this.writer.resend();
        return { ok: true };
    }
  }

  // ---- never throw into the page --------------------------------------------------------------

  private guard(fn: () => unknown): void {
    try {
      const r = fn();
      if (r instanceof Promise) r.catch((e) => this.fail(e));
    } catch (e) {
      this.fail(e);
    }
  }

  private guardAsync(fn: () => Promise<unknown>): Promise<unknown> {
    return fn().catch((e) => {
      this.fail(e);
      return { ok: false };
    });
  }
}

