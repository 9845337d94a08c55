// Debian's Firefox ESR with a temporarily installed extension, through puppeteer-core over
// WebDriver BiDi. Off the network: prefs silence Firefox's own services, pages' non-loopback
// requests are aborted by interception (and logged), and everything else goes to the trap proxy.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { e2eOpenFragment, type OpenablePage } from '../../../lib/e2e/protocol';
import { ErrorLog, NetworkLog } from './logs';
import { FIREFOX_EXTENSION_UUID, FIREFOX_PATH, GECKO_ID, isLoopbackHost } from './paths';
import { makeSessionDirs, shutDown, withTimeout } from './processes';
import { startRequestTrap } from './trap';

export interface LaunchFirefoxOptions {
  /** Sets intl.accept_languages (navigator.language). The UI locale needs a language pack. */
  locale?: string;
  viewport?: { width: number; height: number };
}

export interface FirefoxSession {
  readonly browserName: 'firefox';
  browser: Browser;
  /** `moz-extension://<fixed uuid>`, or null when launched without an extension. */
  extensionOrigin: string | null;
  /** The add-on id Firefox reports after installing it (the gecko id), or null. */
  extensionId: string | null;
  errors: ErrorLog;
  network: NetworkLog;
  /** The fresh temp profile; removed by close(). */
  profileDir: string;
  /** Firefox's stdout/stderr lines, for debugging a failure. */
  browserLog: string[];
  /** A new tab with error listeners and request blocking. */
  newPage(): Promise<Page>;
  /**
   * Asks the e2e build's background (lib/e2e/hooks.ts) to open `<name>.html?tab=<tab of
   * forPage>&...params`, and returns that page once loaded. forPage must be a page served from
   * 127.0.0.1. Note: puppeteer's page.url() stays 'about:blank' for it; evaluate location.href.
   */
  openExtensionPage(forPage: Page, name: OpenablePage, params?: Record<string, string>): Promise<Page>;
  close(): Promise<void>;
}

/** Dead loopback port for Firefox's own service URLs: loopback is never proxied, so they fail quietly. */
const NOWHERE = 'http://127.0.0.1:1/';

function firefoxPrefs(trapPort: number, locale: string | undefined): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    // Print extension errors ("JavaScript error: moz-extension://...") on stdout, where we read them.
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': false,
    // Everything but loopback goes through the trap.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': trapPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': NOWHERE,
    // Updates, telemetry, studies, remote settings, safe browsing, push, region, add-on metadata.
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.update.url': NOWHERE,
    'app.normandy.enabled': false,
    'app.normandy.api_url': NOWHERE,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': NOWHERE,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'services.settings.server': NOWHERE,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.OCSP.enabled': 0,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': NOWHERE,
    'browser.safebrowsing.provider.google4.gethashURL': NOWHERE,
    'browser.safebrowsing.provider.mozilla.updateURL': NOWHERE,
    'browser.region.network.url': NOWHERE,
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': NOWHERE,
    'geo.provider.network.url': NOWHERE,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': NOWHERE,
    'extensions.blocklist.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': NOWHERE,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'browser.discovery.enabled': false,
    'identity.fxaccounts.enabled': false,
    ...(locale ? { 'intl.accept_languages': locale, 'intl.locale.requested': locale } : {}),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts Firefox ESR on a fresh profile and installs (a copy of) the extension at `extensionDir` (use the
 * e2e build to have openExtensionPage), or none: pass null for a baseline run.
 */
export async function launchFirefox(
  extensionDir: string | null,
  options: LaunchFirefoxOptions = {},
): Promise<FirefoxSession> {
  const errors = new ErrorLog();
  const network = new NetworkLog();
  const browserLog: string[] = [];
  const trap = await startRequestTrap((r) => network.add({ url: r.target, method: r.method, from: 'proxy' }));
  const dirs = makeSessionDirs('firefox', extensionDir);
  const profileDir = dirs.profile;
  const extensionOrigin = extensionDir ? `moz-extension://${FIREFOX_EXTENSION_UUID}` : null;

  let browser: Browser | undefined;
  const close = async () => {
    await shutDown(dirs.root, async () => {
      await browser?.close();
    });
    await trap.close();
  };

  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      extraPrefsFirefox: firefoxPrefs(trap.port, options.locale),
      defaultViewport: options.viewport ?? { width: 1280, height: 800 },
      protocolTimeout: 30_000,
      // Lets the prefs above redirect Remote Settings (release builds ignore that pref otherwise);
      // Firefox then also refuses direct non-loopback connections.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    });
    const b = browser;

    // Firefox prints extension errors, with their script URL, on its own output.
    const extensionErrorLine = extensionOrigin ? `JavaScript error: ${extensionOrigin}/` : null;
    const readOutput = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        browserLog.push(line);
        if (extensionErrorLine && line.startsWith(extensionErrorLine)) {
          const [where = '', ...message] = line.slice('JavaScript error: '.length).split(': ');
          errors.add({ source: 'extension', message: message.join(': '), url: where });
        }
      }
    };
    b.process()?.stdout?.on('data', readOutput);
    b.process()?.stderr?.on('data', readOutput);

    const extensionId = dirs.extension ? await b.installExtension(dirs.extension) : null;

    const newPage = async (): Promise<Page> => {
      const page = await b.newPage();
      page.on('pageerror', (error) =>
        errors.add({ source: 'page', message: error instanceof Error ? error.message : String(error), url: page.url() }),
      );
      page.on('console', (message) => {
        if (message.type() === 'error') errors.add({ source: 'console', message: message.text(), url: page.url() });
      });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        const url = new URL(request.url());
        if (!/^(https?|wss?|ftp):$/.test(url.protocol) || isLoopbackHost(url.hostname)) {
          void request.continue().catch(() => {});
          return;
        }
        network.add({ url: request.url(), method: request.method(), from: 'page', initiator: page.url() });
        void request.abort('blockedbyclient').catch(() => {});
      });
      return page;
    };

    const findExtensionPage = async (prefix: string, known: Set<Page>): Promise<Page | null> => {
      for (const page of await b.pages()) {
        if (known.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(prefix)) return page;
      }
      return null;
    };

    const openExtensionPage = async (forPage: Page, name: OpenablePage, params: Record<string, string> = {}) => {
      if (!extensionOrigin) throw new Error('launched without an extension');
      const prefix = `${extensionOrigin}/${name}.html?`;
      const fragment = e2eOpenFragment(name, params);
      const known = new Set(await b.pages());
      // The background may still be starting: ask again (leaving the fragment first) until it answers.
      for (let attempt = 0; attempt < 4; attempt++) {
        await forPage.evaluate((wanted) => {
          if (location.hash === wanted) location.hash = '';
          location.hash = wanted;
        }, fragment);
        for (let i = 0; i < 15; i++) {
          const page = await findExtensionPage(prefix, known);
          if (page) {
            await withTimeout(
              page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 }),
              12_000,
              `loading ${name}.html`,
            );
            return page;
          }
          await sleep(100);
        }
        await forPage.evaluate(() => {
          location.hash = '';
        });
      }
      throw new Error(
        `the background did not open ${name}.html: is this an e2e build (npm run build:e2e) whose background calls installE2eHooks()?`,
      );
    };

    return {
      browserName: 'firefox',
      browser: b,
      extensionOrigin,
      extensionId,
      errors,
      network,
      profileDir,
      browserLog,
      newPage,
      openExtensionPage,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs `fn` with a fresh Firefox, and always closes it. */
export async function withFirefox<T>(
  extensionDir: string | null,
  fn: (session: FirefoxSession) => Promise<T>,
  options?: LaunchFirefoxOptions,
): Promise<T> {
  const session = await launchFirefox(extensionDir, options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
