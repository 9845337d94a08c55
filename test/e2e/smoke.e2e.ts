// The built extension loads in both browsers, leaves pages as they are, raises no error and
// reaches no network. Baseline: the same pages in Chromium without the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../fixtures/fixture-pages';
import {
  BUILDS,
  FIREFOX_EXTENSION_UUID,
  GECKO_ID,
  evaluateIn,
  highlights,
  hoverText,
  launchChromium,
  launchFirefox,
  pageText,
  screenshot,
  serveFixtures,
  visibleText,
  waitForQuiet,
  withChromium,
  type AnyPage,
  type ChromiumSession,
  type FirefoxSession,
  type StaticServer,
} from './harness';

interface PageSnapshot {
  text: string;
  visible: string;
  /** Paths the browser asked the fixture server for while loading the page. */
  requested: string[];
}

let server: StaticServer;
const baseline = new Map<string, PageSnapshot>();

/** Loads a fixture page, waits until it is quiet, and records what it shows and fetched. */
async function load(page: AnyPage, file: string): Promise<PageSnapshot> {
  server.clearRequests();
  await page.goto(server.url(file));
  await waitForQuiet(page);
  return {
    text: await pageText(page),
    visible: await visibleText(page),
    // The browser's own favicon probe is not the page's or the extension's doing.
    requested: [...new Set(server.requests.map((r) => r.url))].filter((u) => u !== '/favicon.ico').sort(),
  };
}

/**
 * The page helpers later tests rely on: hoverText reaches a figure split across elements (the
 * page sees the mouse over it), highlights() reads CSS.highlights. The page registers its own
 * highlight here, standing in for the content script's.
 */
async function checkPageHelpers(page: AnyPage): Promise<void> {
  await page.goto(server.url('palmyre-balisage-fr.html'));
  await evaluateIn(page, () => {
    const w = window as unknown as { lastOver?: string };
    document.addEventListener('mousemove', (event) => {
      w.lastOver = (event.target as Element).closest('p')?.textContent?.slice(0, 30) ?? '';
    });
  }, undefined);
  const rect = await hoverText(page, '400 jihadistes');
  expect(rect.width).toBeGreaterThan(0);
  const over = await evaluateIn(page, () => (window as unknown as { lastOver?: string }).lastOver, undefined);
  expect(over).toBe("Selon l'OSDH, 400 jihadistes o");

  await evaluateIn(page, () => {
    const b = document.querySelector('article b')!;
    const range = new Range();
    range.setStart(b.firstChild!, 0);
    range.setEnd(b.nextSibling!, ' jihadistes'.length);
    CSS.highlights.set('probe', new Highlight(range));
  }, undefined);
  expect((await highlights(page)).filter((h) => h.name === 'probe')).toEqual([{ name: 'probe', texts: ['400 jihadistes'] }]);
}

beforeAll(async () => {
  server = await serveFixtures();
  await withChromium(null, async (session) => {
    const page = await session.newPage();
    for (const { file } of FIXTURE_PAGES) baseline.set(file, await load(page, file));
  });
});

afterAll(async () => {
  await server?.close();
});

it('the fixture catalogue matches the pages: every listed figure is in its page text', () => {
  for (const { file, figures } of FIXTURE_PAGES) {
    const text = baseline.get(file)?.text ?? '';
    for (const { text: figure } of figures) expect(text, file).toContain(figure);
  }
});

describe('Chromium, shipped build (.output/chrome-mv3)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(BUILDS.chrome);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the extension: its service worker runs and gives the extension id', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await session.serviceWorker();
    expect(worker.url()).toBe(session.extensionUrl('background.js'));
  });

  it.each(FIXTURE_PAGES.map((p) => p.file))('%s: same text as without the extension, no error, no request out', async (file) => {
    session.errors.clear();
    session.network.clear();
    const page = await session.newPage();
    const seen = await load(page, file);
    const before = baseline.get(file)!;
    expect(seen.text).toBe(before.text);
    expect(seen.visible).toBe(before.visible);
    expect(seen.requested, 'the extension asked the page server for nothing').toEqual(before.requested);
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    expect(session.network.external, session.network.format()).toEqual([]);
    await page.close();
  });

  it('page helpers: hoverText reaches split text, highlights() reads CSS.highlights', async () => {
    await checkPageHelpers(await session.newPage());
  });

  it('renders popup.html?tab=<id> for a fixture tab without errors', async () => {
    session.errors.clear();
    const page = await session.newPage();
    await page.goto(server.url('palmyre-reprise-fr.html'));
    const tabId = await session.tabIdOf(page);
    const popup = await session.openExtensionPage(page, 'popup');
    await waitForQuiet(popup, { minMs: 300 });
    expect(new URL(popup.url()).searchParams.get('tab')).toBe(String(tabId));
    expect((await visibleText(popup)).trim()).not.toBe('');
    await screenshot(popup, 'smoke-chromium-popup');
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    expect(session.network.external, session.network.format()).toEqual([]);
  });
});

describe('Firefox ESR, e2e build (.output/firefox-mv2-e2e) over WebDriver BiDi', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(BUILDS.firefoxE2e);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs the extension under its gecko id', () => {
    expect(session.extensionId).toBe(GECKO_ID);
    expect(session.extensionOrigin).toBe(`moz-extension://${FIREFOX_EXTENSION_UUID}`);
  });

  it.each(FIXTURE_PAGES.map((p) => p.file))('%s: same text as without the extension, no error, no request out', async (file) => {
    session.errors.clear();
    session.network.clear();
    const page = await session.newPage();
    const seen = await load(page, file);
    const before = baseline.get(file)!;
    expect(seen.text).toBe(before.text);
    expect(seen.requested, 'the extension asked the page server for nothing').toEqual(before.requested);
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    expect(session.network.external, session.network.format()).toEqual([]);
    await page.close();
  });

  it('page helpers: hoverText reaches split text, highlights() reads CSS.highlights', async () => {
    await checkPageHelpers(await session.newPage());
  });

  it('the e2e hook opens popup.html?tab=<id> for a fixture tab, which renders without errors', async () => {
    session.errors.clear();
    const page = await session.newPage();
    await page.goto(server.url('palmyra-recaptured-en.html'));
    const popup = await session.openExtensionPage(page, 'popup');
    const href = await popup.evaluate(() => location.href);
    expect(href).toMatch(new RegExp(`^${session.extensionOrigin}/popup\\.html\\?tab=\\d+$`));
    await waitForQuiet(popup, { minMs: 300 });
    expect((await visibleText(popup)).trim()).not.toBe('');
    await screenshot(popup, 'smoke-firefox-popup');
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
  });
});
