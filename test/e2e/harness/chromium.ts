// Debian's Chromium with an unpacked extension, through playwright-core. Off the network: every
// non-loopback request is aborted by route interception (and logged), whatever slips past goes to
// the trap proxy (logged), and host names do not resolve.
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import type { OpenablePage } from '../../../lib/e2e/protocol';
import { ErrorLog, NetworkLog, type RequestOrigin } from './logs';
import { CHROMIUM_PATH, isLoopbackHost } from './paths';
import { makeSessionDirs, shutDown } from './processes';
import { startRequestTrap } from './trap';

export interface LaunchChromiumOptions {
  /** Browser UI language and page locale (`fr`, `en-GB`...). Default: Chromium's own (en-US). */
  locale?: string;
  viewport?: { width: number; height: number };
}

export interface ChromiumSession {
  readonly browserName: 'chromium';
  context: BrowserContext;
  /** Host of chrome-extension:// URLs, or null when launched without an extension. */
  extensionId: string | null;
  errors: ErrorLog;
  network: NetworkLog;
  /** The fresh temp profile; removed by close(). */
  profileDir: string;
  /** The extension's running service worker (waits for it to start again if it was stopped). */
  serviceWorker(): Promise<Worker>;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(pathAndQuery: string): string;
  newPage(): Promise<Page>;
  /** The extension API's tab id of a page (brings it to the front to find it). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `<name>.html?tab=<tab of forPage>&...params` in a new tab, loaded. */
  openExtensionPage(forPage: Page, name: OpenablePage, params?: Record<string, string>): Promise<Page>;
  close(): Promise<void>;
}

/** The args of BROWSERS.md, plus everything that keeps Chromium off the network. */
function chromiumArgs(extensionDir: string | null, proxyHostPort: string, locale: string | undefined): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-default-apps',
    '--no-pings',
    '--dns-prefetch-disable',
    '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying',
    // Google services Chromium calls on its own (sign-in, updates) point at a dead loopback port.
    '--gaia-url=http://127.0.0.1:1',
    '--lso-url=http://127.0.0.1:1',
    '--google-apis-url=http://127.0.0.1:1',
    '--apps-gallery-update-url=http://127.0.0.1:1',
    '--component-updater=url-source=http://127.0.0.1:1',
    // Loopback is never proxied; everything else lands in the trap.
    `--proxy-server=http://${proxyHostPort}`,
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
    ...(locale ? [`--lang=${locale}`] : []),
  ];
}

function requestOrigin(request: Request): { from: RequestOrigin; initiator?: string } {
  const worker = request.serviceWorker();
  if (worker) return { from: 'service-worker', initiator: worker.url() };
  try {
    const frameUrl = request.frame().url();
    return { from: frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'page', initiator: frameUrl };
  } catch {
    return { from: 'page' };
  }
}

/** Makes uncaught errors of the worker reach its console, where the harness listens. */
async function reportUncaughtErrors(worker: Worker): Promise<void> {
  await worker
    .evaluate(() => {
      const scope = globalThis as unknown as {
        addEventListener(type: string, listener: (event: { message?: string; reason?: unknown }) => void): void;
      };
      scope.addEventListener('error', (event) => console.error(`[uncaught] ${event.message ?? ''}`));
      scope.addEventListener('unhandledrejection', (event) => console.error(`[unhandled rejection] ${String(event.reason)}`));
    })
    .catch(() => {});
}

/**
 * Starts Chromium on a fresh profile with (a copy of) the unpacked extension at `extensionDir`, or
 * none: pass null for a baseline run. Waits for the extension's service worker.
 */
export async function launchChromium(
  extensionDir: string | null,
  options: LaunchChromiumOptions = {},
): Promise<ChromiumSession> {
  const errors = new ErrorLog();
  const network = new NetworkLog();
  const trap = await startRequestTrap((r) => network.add({ url: r.target, method: r.method, from: 'proxy' }));
  const dirs = makeSessionDirs('chromium', extensionDir);
  const profileDir = dirs.profile;

  let context: BrowserContext | undefined;
  const close = async () => {
    await shutDown(dirs.root, async () => {
      await context?.close();
    });
    await trap.close();
  };

  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(dirs.extension, trap.hostPort, options.locale),
      ...(options.locale ? { locale: options.locale } : {}),
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
    const ctx = context;

    await ctx.route('**/*', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (!/^(https?|wss?|ftp):$/.test(url.protocol) || isLoopbackHost(url.hostname)) return route.continue();
      network.add({ url: request.url(), method: request.method(), ...requestOrigin(request) });
      return route.abort('blockedbyclient');
    });

    const watchPage = (page: Page) => {
      page.on('pageerror', (error) => errors.add({ source: 'page', message: error.message, url: page.url() }));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.add({ source: 'console', message: message.text(), url: page.url() });
      });
    };
    ctx.pages().forEach(watchPage);
    ctx.on('page', watchPage);

    let extensionId: string | null = null;
    const isOurWorker = (worker: Worker) =>
      extensionId !== null && worker.url().startsWith(`chrome-extension://${extensionId}/`);
    const watchedWorkers = new WeakSet<Worker>();
    const watchWorker = (worker: Worker) => {
      if (!worker.url().startsWith('chrome-extension://') || watchedWorkers.has(worker)) return;
      watchedWorkers.add(worker);
      worker.on('console', (message) => {
        if (message.type() === 'error') errors.add({ source: 'service-worker', message: message.text(), url: worker.url() });
      });
      void reportUncaughtErrors(worker);
    };
    ctx.on('serviceworker', watchWorker);

    if (dirs.extension) {
      const firstWorker =
        ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await ctx
          .waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 10_000 })
          .catch(() => {
            throw new Error(
              `the extension's service worker did not start within 10 s (${extensionDir}); errors so far:\n${errors.format(errors.entries)}`,
            );
          }));
      watchWorker(firstWorker);
      extensionId = new URL(firstWorker.url()).host;
    }

    const serviceWorker = async (): Promise<Worker> => {
      if (extensionId === null) throw new Error('launched without an extension');
      return (
        ctx.serviceWorkers().find(isOurWorker) ??
        (await ctx.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 10_000 }))
      );
    };

    const extensionUrl = (pathAndQuery: string) => {
      if (extensionId === null) throw new Error('launched without an extension');
      return `chrome-extension://${extensionId}/${pathAndQuery.replace(/^\/+/, '')}`;
    };

    const tabIdOf = async (page: Page): Promise<number> => {
      await page.bringToFront();
      const worker = await serviceWorker();
      const ids = await worker.evaluate(async () => {
        const api = (globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
        }).chrome;
        return (await api.tabs.query({ active: true })).map((tab) => tab.id);
      });
      const [id] = ids;
      if (ids.length !== 1 || typeof id !== 'number') throw new Error(`expected one active tab, found ${JSON.stringify(ids)}`);
      return id;
    };

    const openExtensionPage = async (forPage: Page, name: OpenablePage, params: Record<string, string> = {}) => {
      const tab = await tabIdOf(forPage);
      const search = new URLSearchParams({ ...params, tab: String(tab) });
      const page = await ctx.newPage();
      await page.goto(extensionUrl(`${name}.html?${search.toString()}`));
      return page;
    };

    return {
      browserName: 'chromium',
      context: ctx,
      extensionId,
      errors,
      network,
      profileDir,
      serviceWorker,
      extensionUrl,
      newPage: () => ctx.newPage(),
      tabIdOf,
      openExtensionPage,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs `fn` with a fresh Chromium, and always closes it. */
export async function withChromium<T>(
  extensionDir: string | null,
  fn: (session: ChromiumSession) => Promise<T>,
  options?: LaunchChromiumOptions,
): Promise<T> {
  const session = await launchChromium(extensionDir, options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
