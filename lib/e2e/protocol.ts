// What a test and the e2e background hook agree on. No `browser` import here: the test runner
// (Node) imports this file too.

/** Fragment key a test puts in a fixture page's URL. Also the marker looked for in built files. */
export const E2E_OPEN_KEY = 'palmyra-e2e-open';

/** Extension pages a test may ask for; anything else is ignored. */
export const OPENABLE_PAGES = ['popup', 'options', 'viewer', 'sidepanel'] as const;
export type OpenablePage = (typeof OPENABLE_PAGES)[number];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The fragment that asks for `page`, with extra query parameters passed to that page. */
export function e2eOpenFragment(page: OpenablePage, params: Record<string, string> = {}): string {
  const search = new URLSearchParams({ [E2E_OPEN_KEY]: page, ...params });
  return `#${search.toString()}`;
}

/**
 * Reads `http://127.0.0.1:PORT/x.html#palmyra-e2e-open=popup&lang=fr` into the extension path to
 * open (`/popup.html?lang=fr&tab=12`), or null when the URL is not such a request. Only loopback
 * http pages can ask, and only for pages in OPENABLE_PAGES.
 */
export function extensionPathForE2eRequest(url: string, tabId: number): string | null {
  const params = loopbackRequest(url);
  const page = params?.get(E2E_OPEN_KEY) ?? null;
  if (params === null || page === null || !(OPENABLE_PAGES as readonly string[]).includes(page)) return null;
  params.delete(E2E_OPEN_KEY);
  params.set('tab', String(tabId));
  return `/${page}.html?${params.toString()}`;
}

/** Value of E2E_OPEN_KEY that stands for a click on "Check this selection", with the text as `text`. */
export const E2E_SELECT = 'select';

/** The fragment that clicks "Check this selection" on `text` in the asking tab. */
export function e2eSelectFragment(text: string): string {
  return `#${new URLSearchParams({ [E2E_OPEN_KEY]: E2E_SELECT, text }).toString()}`;
}

/** The selected text of a "Check this selection" request (e2eSelectFragment), or null. */
export function selectionForE2eRequest(url: string): string | null {
  const params = loopbackRequest(url);
  return params?.get(E2E_OPEN_KEY) === E2E_SELECT ? params.get('text') : null;
}

/** The fragment's parameters of a loopback http page, or null. */
function loopbackRequest(url: string): URLSearchParams | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) return null;
  return new URLSearchParams(parsed.hash.slice(1));
}
