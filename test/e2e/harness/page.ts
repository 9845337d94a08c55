// Helpers that work on a page of either driver (playwright-core for Chromium, puppeteer-core for
// Firefox). Functions passed to evaluateIn run in the page: they must not use anything from
// their surroundings.
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { SCREENSHOT_DIRS } from './paths';

export type AnyPage = PlaywrightPage | PuppeteerPage;

/** A page of playwright-core (Chromium), not of puppeteer-core (Firefox). */
export function isPlaywright(page: AnyPage): page is PlaywrightPage {
  return typeof (page as PlaywrightPage).setViewportSize === 'function';
}

/** An argument of Runtime.callFunctionOn: a value, or an object of the same world by its id. */
export type CdpArgument = { value: unknown } | { objectId: string };

/**
 * In Chromium, runs `declaration` in an isolated world of the page's top frame (the page's own scripts
 * and patched prototypes do not reach it) and returns its result by value. `prepare` may first look
 * objects up in that world (the card's closed shadow root) to pass as arguments.
 */
export async function callInIsolatedWorld(
  page: PlaywrightPage,
  worldName: string,
  declaration: string,
  args: (cdp: CDPSession, executionContextId: number) => Promise<CdpArgument[]>,
): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName });
    const result = await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: declaration,
      executionContextId,
      arguments: await args(cdp, executionContextId),
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) {
      throw new Error(`in the page: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * How a helper runs `fn(arg)` in a page. evaluateIn runs it in the page's main world; tests of hostile
 * pages pass one that runs in an isolated world, where the page's patched prototypes cannot reach.
 */
export type Evaluate = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** Runs `fn(arg)` in the page's main world and returns its (serialisable) result. */
export function evaluateIn<A, R>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const evaluate = page.evaluate.bind(page) as unknown as (f: (a: A) => R | Promise<R>, a: A) => Promise<R>;
  return evaluate(fn, arg);
}

/** document.body.innerText: the text as rendered (hidden elements left out). */
export function visibleText(page: AnyPage): Promise<string> {
  return evaluateIn(page, () => document.body.innerText, undefined);
}

/**
 * Every text node under <body> (light DOM only: an extension's shadow-root UI is not page text),
 * script/style/template/noscript left out, whitespace collapsed. Any change to page text shows.
 */
export function pageText(page: AnyPage): Promise<string> {
  return evaluateIn(
    page,
    () => {
      const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement && skip.has(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
      // Collapse HTML whitespace only: a no-break space is page text.
      return parts.join('').replace(/[ \t\n\r\f]+/g, ' ').trim();
    },
    undefined,
  );
}

export interface HighlightSnapshot {
  /** Name under which the content script registered it in CSS.highlights. */
  name: string;
  /** Text of each range, in registration order. */
  texts: string[];
}

/** What CSS.highlights holds (the page's main world sees the content script's highlights). */
export function highlights(page: AnyPage): Promise<HighlightSnapshot[]> {
  return evaluateIn(
    page,
    () => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
      if (!registry) return [];
      return [...registry.entries()].map(([name, ranges]) => ({
        name,
        texts: [...ranges].map((range) => {
          const r = document.createRange();
          r.setStart(range.startContainer, range.startOffset);
          r.setEnd(range.endContainer, range.endOffset);
          return r.toString();
        }),
      }));
    },
    undefined,
  );
}

/**
 * Waits until the page is loaded and then quiet: no change in its element count, text length or
 * highlights for `quietMs`, and at least `minMs` after the call (content scripts start at
 * document_idle, after the load event).
 */
export async function waitForQuiet(
  page: AnyPage,
  { quietMs = 500, minMs = 800, timeoutMs = 15_000 }: { quietMs?: number; minMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  const started = Date.now();
  let last = '';
  let stableSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    const signature = await evaluateIn(
      page,
      () => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
        let ranges = 0;
        registry?.forEach((set) => (ranges += set.size));
        return [
          document.readyState,
          document.getElementsByTagName('*').length,
          document.body?.textContent?.length ?? 0,
          registry?.size ?? 0,
          ranges,
        ].join('|');
      },
      undefined,
    );
    const now = Date.now();
    if (signature !== last || !signature.startsWith('complete')) {
      last = signature;
      stableSince = now;
    } else if (now - stableSince >= quietMs && now - started >= minMs) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`page did not settle within ${timeoutMs} ms`);
}

/** Reads `read()` until `ok` holds or `timeoutMs` has passed, and returns the last value read (the caller asserts on it). */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  let value = await read();
  while (!ok(value) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

export interface TextRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Viewport rect of the `occurrence`-th appearance of `text` in the page's text (it may span
 * elements: `<b>400</b> jihadistes`), scrolled into view first. The first line box when it wraps.
 */
export async function textRect(page: AnyPage, text: string, occurrence = 0, evaluate: Evaluate = (fn, arg) => evaluateIn(page, fn, arg)): Promise<TextRect> {
  const rect = await evaluate(
    ({ wanted, nth }: { wanted: string; nth: number }) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const tag = node.parentElement?.tagName;
        if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT' && tag !== 'TEMPLATE') nodes.push(node as Text);
      }
      const whole = nodes.map((n) => n.data).join('');
      let index = -1;
      for (let i = 0; i <= nth; i++) {
        index = whole.indexOf(wanted, index + 1);
        if (index < 0) return null;
      }
      // Map offsets in the joined text back to (node, offset).
      const locate = (offset: number, preferNext: boolean): [Text, number] => {
        let start = 0;
        for (const node of nodes) {
          const end = start + node.data.length;
          if (offset < end || (offset === end && !preferNext)) return [node, offset - start];
          start = end;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.data.length];
      };
      const [startNode, startOffset] = locate(index, true);
      const [endNode, endOffset] = locate(index + wanted.length, false);
      startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    },
    { wanted: text, nth: occurrence },
  );
  if (!rect) throw new Error(`text not found in page: ${JSON.stringify(text)} (occurrence ${occurrence})`);
  return rect;
}

/**
 * Hovers the text (highlights are not elements: page.hover(selector) cannot reach them). Moves
 * away first so the page sees a fresh mouseenter. Returns where it hovered.
 */
export async function hoverText(page: AnyPage, text: string, occurrence = 0): Promise<TextRect> {
  const rect = await textRect(page, text, occurrence);
  await page.mouse.move(1, 1);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  return rect;
}

/**
 * Saves a PNG as test-results/screenshots/<name>.png, or docs/screenshots/<name>.png with
 * `docs: true` (for pictures the README embeds). Returns the file path.
 */
export async function screenshot(
  page: AnyPage,
  name: string,
  { docs = false, fullPage = false }: { docs?: boolean; fullPage?: boolean } = {},
): Promise<string> {
  const dir = docs ? SCREENSHOT_DIRS.docs : SCREENSHOT_DIRS.results;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`) as `${string}.png`;
  await (page.screenshot.bind(page) as (options: { path: string; fullPage: boolean }) => Promise<unknown>)({
    path: file,
    fullPage,
  });
  return file;
}
