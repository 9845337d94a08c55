// The side panel of the built extension (e2e builds), in Debian's Chromium and Firefox ESR. Headless
// browsers show no panel, so its page is opened as a tab of the same window (as the popup's is): it
// lists the claims of a fixture tab as the page highlights them, follows a switch to another tab,
// shows the verdicts of a selection checked from the context menu (the menu's click driven through
// the e2e build's hook, lib/e2e/hooks.ts), and of a draft typed into it. Screenshot for the README.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILDS,
  e2eSelectFragment,
  evaluateIn,
  highlightedClaims,
  isPlaywright,
  launchChromium,
  launchFirefox,
  line,
  listedClaims,
  ourHighlights,
  screenshot,
  serveFixtures,
  until,
  waitForQuiet,
  type AnyPage,
  type ChromiumSession,
  type FirefoxSession,
  type StaticServer,
} from './harness';

const FRENCH = 'palmyre-reprise-fr.html';
const ENGLISH = 'palmyra-recaptured-en.html';
/** In the reference: 400 jihadists and 188 pro-regime fighters killed in the battle for Palmyra. */
const SELECTION = 'Selon l’OSDH, au moins 400 jihadistes ont été tués dans la bataille de Palmyre, ainsi que 180 soldats du régime.';
const DRAFT = 'Palmyra retaken\n\nThe Syrian army retook Palmyra from the Islamic State on Sunday. At least 400 IS fighters were killed in the battle, and 180 government troops died.';

/** The panel's list of the followed tab's claims that the page highlights (those in the reference). */
async function panelLines(panel: AnyPage): Promise<string[]> {
  return (await listedClaims(panel, '.pfc-popup')).filter((c) => c.verdict !== 'unrelated').map((c) => line(c.verdict, c.phrase)).sort();
}

const same = (a: readonly string[], b: readonly string[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Clicks the panel's first claim tied to the reference and returns its phrase and the page's flashed
 * ranges once the flash shows. Firefox re-reads the page when it comes back to the front (its address
 * check had waited in the background), which renumbers the claims a moment later: the panel, itself a
 * background tab here, then lists them anew, so a click on a number the page no longer has flashes
 * nothing and is made again on the panel's new list.
 */
async function revealFirst(panel: AnyPage, page: AnyPage): Promise<{ phrase: string; flashed: string[] }> {
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    const first = (await listedClaims(panel, '.pfc-popup')).find((c) => c.verdict !== 'unrelated');
    const clicked =
      first &&
      (await evaluateIn(
        panel,
        (id) => {
          const button = document.querySelector<HTMLButtonElement>(`.pfc-popup li[data-claim-id="${CSS.escape(id)}"] .pfc-claim-reveal`);
          button?.click();
          return !!button;
        },
        first.id,
      ));
    if (first && clicked) {
      const seen = await until(() => ourHighlights(page), (h) => h.some((r) => r.name === 'palmyra-flash'), 2_000);
      const flashed = seen.filter((r) => r.name === 'palmyra-flash').map((r) => line('', r.text));
      if (flashed.length > 0) return { phrase: first.phrase, flashed };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { phrase: '', flashed: [] };
}

async function typeInto(page: AnyPage, selector: string, text: string): Promise<void> {
  if (isPlaywright(page)) await page.locator(selector).pressSequentially(text, { delay: 2 });
  else await page.type(selector, text, { delay: 2 });
}

async function bringToFront(page: AnyPage): Promise<void> {
  await page.bringToFront();
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

type Session = ChromiumSession | FirefoxSession;

function panelSuite(name: string, launch: () => Promise<Session>) {
  describe(name, () => {
    let session: Session;
    let french: AnyPage;
    let english: AnyPage;
    let panel: AnyPage;

    beforeAll(async () => {
      session = await launch();
      french = await session.newPage();
      await french.goto(server.url(FRENCH));
      await waitForQuiet(french);
      english = await session.newPage();
      await english.goto(server.url(ENGLISH));
      await waitForQuiet(english);
      panel = await (session.openExtensionPage as (p: AnyPage, n: 'sidepanel', q: Record<string, string>) => Promise<AnyPage>)(french, 'sidepanel', { lang: 'en' });
    });
    afterAll(async () => {
      await session?.close();
    });

    it("lists the tab's claims as the page highlights them, and follows a switch to another tab and back", async () => {
      const frenchShown = await highlightedClaims(french);
      const englishShown = await highlightedClaims(english);
      expect(frenchShown.length).toBeGreaterThan(0);
      expect(englishShown.length).toBeGreaterThan(0);
      expect(same(frenchShown, englishShown)).toBe(false);

      expect(await until(() => panelLines(panel), (l) => same(l, frenchShown), 10_000)).toEqual(frenchShown);
      await bringToFront(english);
      expect(await until(() => panelLines(panel), (l) => same(l, englishShown), 10_000)).toEqual(englishShown);
      await bringToFront(french);
      expect(await until(() => panelLines(panel), (l) => same(l, frenchShown), 10_000)).toEqual(frenchShown);

      // A click on a claim in the panel flashes it on the page, as the popup's does.
      const { phrase, flashed } = await revealFirst(panel, french);
      expect(phrase).not.toBe('');
      expect(flashed).toEqual([line('', phrase)]);
    });

    it('shows the verdicts of a selection checked from the context menu', async () => {
      await evaluateIn(
        french,
        (fragment) => {
          location.hash = fragment;
        },
        e2eSelectFragment(SELECTION),
      );
      const listed = await until(() => listedClaims(panel, '.pfc-selection'), (l) => l.length >= 2, 10_000);
      // The panel turned to the selection by itself.
      expect(await evaluateIn(panel, () => document.getElementById('pfc-tab-selection')?.getAttribute('aria-selected'), undefined)).toBe('true');
      const lines = listed.map((c) => line(c.verdict, c.phrase));
      expect(lines.some((l) => l.startsWith('supported: au moins 400 jihadistes'))).toBe(true);
      expect(lines.some((l) => l.startsWith('contradicted: 180 soldats'))).toBe(true);
      expect(await evaluateIn(panel, () => document.querySelector('.pfc-selection-text')?.textContent ?? '', undefined)).toBe(SELECTION);
      // The page's own list is still the page's.
      expect(await panelLines(panel)).toEqual(await highlightedClaims(french));
    });

    it('checks a draft as it is typed', async () => {
      await evaluateIn(panel, () => (document.getElementById('pfc-tab-draft') as HTMLButtonElement).click(), undefined);
      await typeInto(panel, '#pfc-draft-text', DRAFT);
      const listed = await until(() => listedClaims(panel, '.pfc-draft'), (l) => l.some((c) => c.verdict === 'contradicted'), 10_000);
      const lines = listed.map((c) => line(c.verdict, c.phrase));
      expect(lines.some((l) => l.startsWith('supported: At least 400 IS'))).toBe(true);
      expect(lines.some((l) => l.startsWith('contradicted: 180 government'))).toBe(true);
      if (session.browserName === 'chromium') {
        await (panel as import('playwright-core').Page).setViewportSize({ width: 400, height: 900 });
        await screenshot(panel, 'panel-en', { docs: true });
      }
    });

    it('raised no error and reached no network', () => {
      expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
      expect(session.network.external, session.network.format()).toEqual([]);
    });
  });
}

panelSuite('Chromium, e2e build: the side panel', () => launchChromium(BUILDS.chromeE2e, { locale: 'en-US' }));
panelSuite('Firefox ESR, e2e build: the side panel', () => launchFirefox(BUILDS.firefoxE2e, { locale: 'en-US' }));
