// The hover card lives in a closed shadow root: neither the page nor a test's page.evaluate can reach
// it. Tests read it the way only the browser's automation can, from a world the page cannot touch:
// Chromium's DevTools protocol resolves the closed root of the host (DOM.describeNode with pierce),
// Firefox's WebDriver BiDi serialises it with the host (its `shadowRoot`, mode "closed").
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { callInIsolatedWorld, isPlaywright, type AnyPage } from './page';

/** The card's host element, as the content script names it (entrypoints/card/hover-card.tsx). */
export const CARD_HOST = 'palmyra-fact-check-card';

const WORLD = 'palmyra-e2e-card-reader';

/** What `fn` is called with: the first card host of the page (or null) and its shadow root (or null). */
export type CardReader<A, R> = (host: HTMLElement | null, root: ShadowRoot | null, arg: A) => R;

/**
 * Runs `fn(host, root, arg)` in an isolated world of the page's top frame, with the card's host and
 * its shadow root, open or closed. `fn` must be self-contained; arg and result go through JSON.
 */
export function inCard<A, R>(page: AnyPage, fn: CardReader<A, R>, arg: A): Promise<R> {
  // One wrapper for both protocols: JSON in and out, so neither protocol's value encoding matters.
  const declaration = `(host, root, json) => JSON.stringify((${fn.toString()})(host ?? null, root ?? null, JSON.parse(json)) ?? null)`;
  const json = JSON.stringify(arg ?? null);
  const run = isPlaywright(page) ? inCardChromium(page, declaration, json) : inCardFirefox(page as PuppeteerPage, declaration, json);
  return run.then((out) => JSON.parse(out) as R);
}

async function inCardChromium(page: PlaywrightPage, declaration: string, json: string): Promise<string> {
  const value = await callInIsolatedWorld(page, WORLD, declaration, async (cdp, executionContextId) => {
    const found = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(CARD_HOST)})`,
      contextId: executionContextId,
    });
    const host = found.result.objectId;
    let root: string | undefined;
    if (host) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: host, depth: 0, pierce: true });
      const backendNodeId = node.shadowRoots?.[0]?.backendNodeId;
      if (backendNodeId !== undefined) {
        root = (await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId })).object.objectId;
      }
    }
    return [host ? { objectId: host } : { value: null }, root ? { objectId: root } : { value: null }, { value: json }];
  });
  return value as string;
}

/** puppeteer-core's BiDi internals this needs (its public API stops at open shadow roots). */
interface BidiRealmInternals {
  evaluateHandle(fn: () => unknown): Promise<{ remoteValue(): BidiNode | { type: string }; dispose(): Promise<void> }>;
  realm: {
    callFunction(
      declaration: string,
      awaitPromise: boolean,
      options: { arguments: unknown[] },
    ): Promise<{ type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } }>;
  };
}
interface BidiNode {
  type: 'node';
  sharedId: string;
  value?: { shadowRoot?: { sharedId: string } | null };
}

async function inCardFirefox(page: PuppeteerPage, declaration: string, json: string): Promise<string> {
  const realm = (page.mainFrame() as unknown as { isolatedRealm(): BidiRealmInternals }).isolatedRealm();
  const handle = await realm.evaluateHandle(new Function(`return document.querySelector(${JSON.stringify(CARD_HOST)})`) as () => unknown);
  try {
    const value = handle.remoteValue();
    const host = value.type === 'node' ? (value as BidiNode) : null;
    const rootId = host?.value?.shadowRoot?.sharedId;
    const result = await realm.realm.callFunction(declaration, true, {
      arguments: [
        host ? { sharedId: host.sharedId } : { type: 'null' },
        rootId ? { sharedId: rootId } : { type: 'null' },
        { type: 'string', value: json },
      ],
    });
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails.text}`);
    return result.result.value as string;
  } finally {
    await handle.dispose().catch(() => {});
  }
}

/** The card as a reader sees it: open or not, and its text (whitespace collapsed). */
export interface CardState {
  open: boolean;
  text: string;
}

/** Whether the card is shown, and its text. */
export function cardState(page: AnyPage): Promise<CardState> {
  return inCard(
    page,
    (host, root) => {
      if (!host || !root) return { open: false, text: '' };
      const box = host.getBoundingClientRect();
      const open = getComputedStyle(host).display !== 'none' && box.width > 0 && box.height > 0;
      const text = (root.querySelector('.pfc-frame')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return { open, text };
    },
    null,
  );
}
