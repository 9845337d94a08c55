// Node entry (`check` CLI, corpus scripts): parses a saved HTML page with happy-dom into an inert
// document, then extracts it with exactly the code the content script runs on the live page.
// Inert means: no script runs, nothing is fetched (scripts, stylesheets, images, iframes), no
// navigation. Node only: the content script must never import this module (it pulls in happy-dom).

import { Window } from 'happy-dom';
import { extractPage, type ExtractOptions, type PageExtraction } from './extract-page';

function refuseNetwork(): never {
  throw new Error('page-text: network access is disabled');
}

/** happy-dom settings under which a page can neither run code nor reach the network. */
export const INERT_SETTINGS = {
  enableJavaScriptEvaluation: false,
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  enableCSSFileLoading: false,
  enableImageFileLoading: false,
  enableIframePageLoading: false,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
  // Last line of defence: any request that still gets through is refused before it is sent.
  fetch: {
    interceptor: {
      beforeAsyncRequest: async () => refuseNetwork(),
      beforeSyncRequest: () => refuseNetwork(),
    },
  },
} as const;

// happy-dom preloads <link rel="preload" as="fetch"> whatever the settings say, and throws an
// unhandled rejection on a malformed href. <link> elements hold no text: renaming them to <meta>
// before parsing makes them inert while keeping <head> where it is.
const LINK_TAG = /<link(?=[\s/>])/gi;

// happy-dom 21 never closes a <style> or <script> inside <svg> (it compares the end tag in upper
// case with the SVG element's lower-case name) and swallows the rest of the page as its text.
// Neither holds page text, so they are dropped from inline SVG before parsing.
const INLINE_SVG = /<svg\b[\s\S]*?<\/svg\s*>/gi;
const SVG_RAW_TEXT = /<(style|script)(?=[\s/>])[^>]*>[\s\S]*?<\/\1\s*>/gi;

// An <iframe> makes happy-dom attach a child frame to the window, which then keeps the whole
// document alive. Frames show no text of the page: renamed palmyra-*, they parse as an element
// the extractor skips, fallback content included.
const IFRAME_TAG = /<(\/?)iframe(?=[\s/>])/gi;

/** Rewrites what happy-dom would mishandle; never touches text a reader sees. */
export function prepareForHappyDom(html: string): string {
  return html
    .replace(LINK_TAG, '<meta data-palmyra-was-link')
    .replace(IFRAME_TAG, '<$1palmyra-inert-frame')
    .replace(INLINE_SVG, (svg) => svg.replace(SVG_RAW_TEXT, ''));
}

// One window for the process: a window per page is never garbage collected (happy-dom keeps it
// until an asynchronous close), while documents parsed in a shared window are, once nothing refers
// to them (iframes would tie them to it, hence their renaming above; custom elements, see below).
let sharedWindow: Window | null = null;
/** The window's own properties before any page: anything else was added by a parsed page. */
let windowKeys: ReadonlySet<string> = new Set();

function inertWindow(url: string | undefined): Window {
  if (sharedWindow === null) {
    sharedWindow = new Window({ settings: INERT_SETTINGS });
    stopAwaitingCustomElements(sharedWindow);
    windowKeys = new Set(Object.keys(sharedWindow));
  }
  sharedWindow.happyDOM.setURL(url ?? 'about:blank');
  return sharedWindow;
}

/**
 * happy-dom names every element with an id on the window (window["main-nav"]), whichever document
 * it was parsed into, which would keep every page alive in the shared window: those names go.
 */
function forgetNamedElements(window: Window): void {
  const named = window as unknown as Record<string, unknown>;
  for (const key of Object.keys(named)) if (!windowKeys.has(key)) delete named[key];
}

/**
 * happy-dom files every undefined custom element it parses (<amp-img>, <gu-island>...) with the
 * window's registry, to upgrade it once defined; no script runs here, so none ever is, and the
 * entries keep every parsed document alive (1.6 GB for the 119 corpus pages). The registry skips
 * that filing when it has no waiting list, so the list is removed. happy-dom keeps it under a
 * private symbol: found by its description, and if it ever moves, nothing breaks but memory.
 */
function stopAwaitingCustomElements(window: Window): void {
  const registry = window.customElements as unknown as Record<symbol, unknown>;
  for (const key of Object.getOwnPropertySymbols(registry)) {
    if (key.description === 'callbacks' && registry[key] instanceof Map) registry[key] = null;
  }
}

/** Parses `html` into an inert document: no script runs, nothing loads, nothing is fetched. */
export function parseInertHtml(html: string, url?: string): Document {
  const window = inertWindow(url);
  const parsed = new window.DOMParser().parseFromString(prepareForHappyDom(html), 'text/html');
  forgetNamedElements(window);
  // happy-dom implements the DOM with its own classes: the shapes match what extractPage reads.
  return parsed as unknown as Document;
}

/**
 * Parses `html` without running or loading anything and returns its extraction.
 * Memory: happy-dom holds what it parsed until the current job ends, so a loop over many pages
 * should let the event loop turn between pages (await new Promise(setImmediate)): the 119 corpus
 * pages take 1.6 GB in one synchronous loop, 85 MB when it yields.
 */
export function pageFromHtml(html: string, url?: string, options: ExtractOptions = {}): PageExtraction {
  return extractPage(parseInertHtml(html, url), options);
}
