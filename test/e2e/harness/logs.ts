// What a browser session saw go wrong, and what tried to reach the network.

export type ErrorSource =
  | 'page' // uncaught exception or rejection in a page, content scripts included
  | 'console' // console.error in a page or content script
  | 'service-worker' // Chromium's extension service worker (console.error or uncaught)
  | 'extension'; // Firefox: an error whose script is a moz-extension:// URL (background, popup...)

export interface BrowserError {
  source: ErrorSource;
  message: string;
  /** Page or script URL, when known. */
  url?: string;
}

/** Messages that are the harness's own doing, not the extension's: a resource the harness blocked. */
const HARNESS_NOISE = [/net::ERR_BLOCKED_BY_CLIENT/, /Failed to load resource/];

export class ErrorLog {
  readonly entries: BrowserError[] = [];

  add(error: BrowserError): void {
    this.entries.push(error);
  }

  clear(): void {
    this.entries.splice(0);
  }

  /** Entries minus the harness's own noise (resources it blocked). */
  unexpected(): BrowserError[] {
    return this.entries.filter((e) => !HARNESS_NOISE.some((re) => re.test(e.message)));
  }

  /** One line per entry, for assertion messages. */
  format(entries: BrowserError[] = this.unexpected()): string {
    return entries.map((e) => `[${e.source}] ${e.message}${e.url ? ` (${e.url})` : ''}`).join('\n');
  }
}

export type RequestOrigin =
  | 'page' // a page's own request (page HTML, or a content script: Chromium cannot tell them apart)
  | 'service-worker' // Chromium's extension service worker
  | 'extension-page' // a chrome-extension:// page (popup, options...)
  | 'proxy'; // reached the trap proxy: Firefox background, browser internals, anything route missed

export interface ExternalRequest {
  url: string;
  method: string;
  from: RequestOrigin;
  /** URL of the page or worker that made it, when known. */
  initiator?: string;
}

/** Every request aimed at a host other than the loopback address. All of them were refused. */
export class NetworkLog {
  readonly external: ExternalRequest[] = [];

  add(request: ExternalRequest): void {
    this.external.push(request);
  }

  clear(): void {
    this.external.splice(0);
  }

  format(entries: ExternalRequest[] = this.external): string {
    return entries.map((r) => `${r.method} ${r.url} from ${r.from}${r.initiator ? ` (${r.initiator})` : ''}`).join('\n');
  }
}
