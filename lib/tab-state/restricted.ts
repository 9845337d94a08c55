// Pages where no extension may run a script: the popup says so instead of waiting for a report.
// Browser-free so the popup and the background share it, and testable in node.

const SCHEMES_OFF_LIMITS = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript|file):/i;

/** Extension stores: both browsers refuse content scripts there. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/addons\.opera\.com\//i,
];

/**
 * True when the extension cannot check a page at this URL: browser pages, other extensions, local
 * files (the content script is declared for http and https only), the built-in PDF viewer and stores.
 * An unknown URL (no `tabs` permission, no activeTab grant) is not judged here: the caller tries.
 */
export function cannotRunOn(url: string | undefined): boolean {
  if (!url) return false;
  if (SCHEMES_OFF_LIMITS.test(url)) return true;
  if (STORE_PAGES.some((re) => re.test(url))) return true;
  try {
    // Chrome and Firefox show PDFs in a viewer that content scripts do not reach.
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return true;
  }
}

/** Two URLs of the same document: equal but for the fragment. */
export function sameDocument(a: string, b: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}
