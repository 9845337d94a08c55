// What the bench runs inside pages, as plain JavaScript source: tsx compiles this project with
// esbuild's keepNames, which wraps inner functions in a `__name` helper that does not exist in a
// page, so functions cannot be handed to page.evaluate from here.

export const STATE_KEY = '__palmyraBench';
export const SCAN_START = 'palmyra-scan-start';
export const SCAN_END = 'palmyra-scan-end';

export interface InPageState {
  /** [startTime, duration] of every long task (≥ 50 ms) of the page's main thread, content scripts included. */
  longTasks: Array<[number, number]>;
  /** [name, startTime] of the content script's palmyra-* marks, kept even if the page clears marks. */
  marks: Array<[string, number]>;
  loadAt: number | null;
  floor: { ms: number; nodes: number; chars: number } | null;
  observerErrors: string[];
}

/**
 * Runs before any script of the page (page.addInitScript), top frame only. Records long tasks and
 * our marks with buffered observers; with `floor`, times one bare TreeWalker pass over the text
 * nodes of the document (the root the content script's walk starts from), collecting their text, as
 * the first work after the load event (our listener is the first one added), with the DOM built-ins
 * captured before the page could replace them.
 */
export function initScript(options: { floor: boolean }): string {
  return `(() => {
  if (window.top !== window) return;
  const now = Performance.prototype.now.bind(performance);
  const createTreeWalker = Document.prototype.createTreeWalker;
  const nextNode = TreeWalker.prototype.nextNode;
  const state = { longTasks: [], marks: [], loadAt: null, floor: null, observerErrors: [] };
  Object.defineProperty(window, ${JSON.stringify(STATE_KEY)}, { value: state, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { state.observerErrors.push('longtask: ' + e); }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name.startsWith('palmyra-')) state.marks.push([e.name, e.startTime]);
    }).observe({ type: 'mark', buffered: true });
  } catch (e) { state.observerErrors.push('mark: ' + e); }
  addEventListener('load', () => {
    state.loadAt = now();
    if (!${options.floor ? 'true' : 'false'}) return;
    const t0 = now();
    const walker = createTreeWalker.call(document, document, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let node = nextNode.call(walker); node !== null; node = nextNode.call(walker)) parts.push(node.data);
    const t1 = now();
    let chars = 0;
    for (const part of parts) chars += part.length;
    state.floor = { ms: t1 - t0, nodes: parts.length, chars };
  }, { once: true });
})();`;
}

/** Resolves true once `markName` was recorded (or a condition on the state holds), false after `timeoutMs`. */
export function waitForState(condition: 'scan-end' | 'floor', timeoutMs: number): string {
  const test =
    condition === 'scan-end'
      ? `s.marks.some((m) => m[0] === ${JSON.stringify(SCAN_END)})`
      : 's.floor !== null';
  return `new Promise((resolve) => {
  const deadline = performance.now() + ${timeoutMs};
  const check = () => {
    const s = window[${JSON.stringify(STATE_KEY)}];
    if (s && ${test}) resolve(true);
    else if (performance.now() > deadline) resolve(false);
    else setTimeout(check, 20);
  };
  check();
})`;
}

/** Resolves after the page's clock reaches `at` (ms since navigation start). */
export function waitUntil(at: number): string {
  return `new Promise((resolve) => {
  const check = () => (performance.now() >= ${at} ? resolve(true) : setTimeout(check, 10));
  check();
})`;
}

export interface PageSnapshot {
  state: InPageState;
  domContentLoaded: number;
  /** Ranges in CSS.highlights: the page's main world sees the content script's highlights. */
  highlightRanges: number;
}

export const SNAPSHOT = `(() => {
  const state = window[${JSON.stringify(STATE_KEY)}];
  const nav = performance.getEntriesByType('navigation')[0];
  let ranges = 0;
  if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.forEach((h) => (ranges += h.size));
  return { state: JSON.parse(JSON.stringify(state)), domContentLoaded: nav ? nav.domContentLoadedEventStart : 0, highlightRanges: ranges };
})()`;

/**
 * The floor's walk again, untimed, in the page's main world: run in the page with the extension
 * before its heap is measured, so both pages' main worlds hold the same wrappers and the heap
 * difference is the extension's alone.
 */
export const EQUALIZING_WALK = `(() => {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) parts.push(node.data);
  return parts.length;
})()`;

/** The floor's walk run again, timed: the warm floor (the DOM's wrappers already exist). */
export const WARM_WALK = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) parts.push(node.data);
  return performance.now() - t0;
})()`;

/** A page with (almost) no text: what the extension costs a page before it finds anything. */
export const EMPTY_PAGE_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body><p>.</p></body></html>';
