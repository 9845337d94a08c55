// The popup opened as a page for a fixture tab (popup.html?tab=<id>), in Debian's Chromium with the
// shipped build and in Firefox ESR with the e2e build: its list is the page's claims (read from both
// sides, not from a list written here), those that differ come first under counts that add up,
// clicking a claim or pressing Enter on it scrolls the page to the claim and flashes it, and the empty
// states say why in words. Screenshots of the popup (light, dark) for the README.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURE_PAGES } from '../fixtures/fixture-pages';
import {
  BUILDS,
  cardState,
  evaluateIn,
  highlightedClaims,
  line,
  listedClaims,
  ourHighlights,
  verdictOfHighlight,
  type ListedClaim,
  launchChromium,
  launchFirefox,
  screenshot,
  serveFixtures,
  waitForQuiet,
  type AnyPage,
  type ChromiumSession,
  type FirefoxSession,
  type StaticServer,
} from './harness';

type Verdict = 'supported' | 'contradicted' | 'unrelated';
const VERDICTS: readonly Verdict[] = ['contradicted', 'supported', 'unrelated'];

/** The counts at the top of the list, per verdict, as displayed. */
function shownCounts(popup: AnyPage): Promise<Record<string, number>> {
  return evaluateIn(
    popup,
    () =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.pfc-counts [data-verdict]')].map((el) => [
          el.dataset.verdict ?? '',
          Number(el.querySelector('strong')?.textContent ?? NaN),
        ]),
      ),
    undefined,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `done` holds (returns that value) or throws with the last value seen. */
async function waitUntil<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await sleep(50);
    last = await read();
  }
  return last;
}

/** Waits until the popup shows its list or an empty state (the report has arrived). */
async function popupSettled(popup: AnyPage): Promise<void> {
  await waitUntil(
    'popup content',
    () => evaluateIn(popup, () => document.querySelectorAll('li[data-verdict], .pfc-empty:not([data-reason="scanning"])').length, undefined),
    (n) => n > 0,
  );
  await waitForQuiet(popup, { quietMs: 300, minMs: 300 });
}

/**
 * The popup's list once the page's report is final: on a loaded machine the first report may be a
 * partial one, replaced (with new claim ids) a moment later. The same list twice, a second apart.
 */
async function finalClaims(popup: AnyPage): Promise<ListedClaim[]> {
  let last = JSON.stringify(await listedClaims(popup));
  return waitUntil(
    'a stable claim list',
    async () => {
      await sleep(1000);
      const now = await listedClaims(popup);
      const same = JSON.stringify(now) === last;
      last = JSON.stringify(now);
      return { now, same };
    },
    (s) => s.same,
    20_000,
  ).then((s) => s.now);
}

interface RevealState {
  scrollY: number;
  innerHeight: number;
  /** The flashed range's text and viewport rect, or null when nothing flashes. */
  flash: { text: string; top: number; bottom: number } | null;
  /** Text of the claim card, when open. */
  card: string | null;
}

/** What the page shows after a reveal: its scroll, the flash highlight, and the card. */
async function revealState(page: AnyPage): Promise<RevealState> {
  const seen = await evaluateIn(
    page,
    () => {
      const flash = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('palmyra-flash');
      let flashed: { text: string; top: number; bottom: number } | null = null;
      const first = flash ? [...flash][0] : undefined;
      if (first) {
        const range = document.createRange();
        range.setStart(first.startContainer, first.startOffset);
        range.setEnd(first.endContainer, first.endOffset);
        const box = range.getBoundingClientRect();
        const copy = range.cloneContents();
        copy.querySelectorAll('br').forEach((br) => br.replaceWith(' '));
        flashed = { text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(), top: box.top, bottom: box.bottom };
      }
      return { scrollY: window.scrollY, innerHeight: window.innerHeight, flash: flashed };
    },
    undefined,
  );
  // The card's shadow root is closed: read through the browser's automation (harness/card.ts).
  const card = await cardState(page);
  return { ...seen, card: card.open && card.text ? card.text : null };
}

/** The page back at its top, with no card open (scrolling closes it). */
async function scrollToTop(page: AnyPage): Promise<void> {
  await evaluateIn(page, () => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }), undefined);
  await waitUntil('page at top without a card', () => revealState(page), (s) => s.scrollY === 0 && s.card === null);
}

/**
 * The popup's claims that are highlighted in the page below the fold, lowest first. Each comes with
 * the page's own text for it, so the reveal can be checked against the page rather than the popup.
 */
async function claimsBelowFold(page: AnyPage, popup: AnyPage): Promise<{ claim: ListedClaim; text: string }[]> {
  const [positions, listed, viewport] = await Promise.all([
    ourHighlights(page),
    listedClaims(popup),
    evaluateIn(page, () => window.innerHeight, undefined),
  ]);
  const below: { claim: ListedClaim; text: string; docTop: number }[] = [];
  for (const claim of listed) {
    const phrase = claim.phrase.replace(/\s+/g, ' ').trim();
    const matches = positions.filter((p) => verdictOfHighlight(p.name) !== null && line('', p.text) === line('', phrase));
    // A phrase that appears once, far enough down that revealing it must scroll.
    if (matches.length === 1 && matches[0]!.docTop > viewport + 20) below.push({ claim, text: phrase, docTop: matches[0]!.docTop });
  }
  return below.sort((a, b) => b.docTop - a.docTop);
}

/** After a reveal: the page scrolled, the claim is flashed inside the viewport, and its card is open. */
async function expectRevealed(page: AnyPage, text: string): Promise<void> {
  const state = await waitUntil(
    `reveal of ${JSON.stringify(text)}`,
    () => revealState(page),
    (s) => s.scrollY > 0 && s.flash !== null && s.card !== null,
  );
  expect(state.flash!.text).toBe(text);
  expect(state.flash!.top).toBeGreaterThanOrEqual(0);
  expect(state.flash!.bottom).toBeLessThanOrEqual(state.innerHeight);
  expect(state.card).toContain(text);
}

let server: StaticServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

// Short viewport: the fixture pages' later paragraphs are below the fold, so a reveal must scroll.
const SHORT_VIEWPORT = { width: 1000, height: 420 };

describe('Chromium, shipped build: popup.html?tab=<id>', () => {
  let session: ChromiumSession;
  /** Each page of PAGES, loaded and checked, with a popup open for its tab (English UI). */
  const opened = new Map<string, { page: Page; popup: Page }>();
  const NO_FIGURE = 'no-figure.html';
  const PAGES = [...FIXTURE_PAGES.map((f) => f.file), NO_FIGURE];

  beforeAll(async () => {
    session = await launchChromium(BUILDS.chrome, { locale: 'en-US' });
    // Every page loads and is checked at the same time (in background tabs, as when a reader opens
    // several); the popups open one by one, since finding a tab's id brings it to the front.
    const pages = await Promise.all(
      PAGES.map(async (file) => {
        const page = await session.newPage();
        await page.setViewportSize(SHORT_VIEWPORT);
        if (file === NO_FIGURE) {
          // Words only, served as if by the fixture server (fulfilled in the browser, never sent).
          await page.route(server.url(NO_FIGURE), (route) =>
            route.fulfill({
              contentType: 'text/html; charset=utf-8',
              body: '<!doctype html><html lang="en"><head><title>Quiet day</title></head><body><article><h1>A quiet day at the market</h1><p>The stalls opened late and the weather stayed mild. Nobody seemed in a hurry, and the bakers sold out before noon.</p></article></body></html>',
            }),
          );
        }
        await page.goto(server.url(file));
        await waitForQuiet(page);
        return [file, page] as const;
      }),
    );
    for (const [file, page] of pages) opened.set(file, { page, popup: await session.openExtensionPage(page, 'popup', { lang: 'en' }) });
    await Promise.all([...opened.values()].map(({ popup }) => popupSettled(popup)));
  });
  afterAll(async () => {
    await session?.close();
  });

  const pageWithPopup = (file: string) => opened.get(file)!;

  for (const { file } of FIXTURE_PAGES.filter((f) => f.file !== 'football-report-en.html')) {
    it(`${file}: the list is the page's highlighted claims, those that differ first, under counts that add up`, async () => {
      const { page, popup } = pageWithPopup(file);
      const listed = await listedClaims(popup);
      const shown = await highlightedClaims(page);
      expect(shown.length).toBeGreaterThan(0);
      // Figures outside the reference are listed (in their own group) but not highlighted by default.
      const highlightable = listed.filter((c) => c.verdict !== 'unrelated').map((c) => line(c.verdict, c.phrase));
      expect(highlightable.sort()).toEqual(shown);

      // Grouped by verdict, in the order differs, matches, not in the reference.
      const order = listed.map((c) => VERDICTS.indexOf(c.verdict as Verdict));
      expect(order.every((v) => v >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const groups = await evaluateIn(popup, () => [...document.querySelectorAll<HTMLElement>('.pfc-group h2')].map((h) => h.dataset.verdict), undefined);
      expect(groups).toEqual(VERDICTS.filter((v) => listed.some((c) => c.verdict === v)));

      // Counts equal the items of each verdict, and stand above the list.
      const counts = await shownCounts(popup);
      for (const v of VERDICTS) expect(`${v}: ${counts[v]}`).toBe(`${v}: ${listed.filter((c) => c.verdict === v).length}`);
      const above = await evaluateIn(
        popup,
        () => document.querySelector('.pfc-counts')!.getBoundingClientRect().bottom <= document.querySelector('li[data-verdict]')!.getBoundingClientRect().top,
        undefined,
      );
      expect(above).toBe(true);
    });
  }

  it('clicking a claim scrolls the page to it, flashes it and opens its card', async () => {
    const { page, popup } = pageWithPopup('palmyra-recaptured-en.html');
    const [target] = await claimsBelowFold(page, popup);
    expect(target, 'a highlighted claim below the fold').toBeDefined();
    await scrollToTop(page);
    await popup.locator(`li[data-claim-id="${target!.claim.id}"] .pfc-claim-phrase`).click();
    await expectRevealed(page, target!.text);
    expect(await popup.locator('.pfc-notice').textContent()).toBe('');
  });

  it('Enter on a claim (keyboard only) scrolls the page to it, flashes it and opens its card', async () => {
    const { page, popup } = pageWithPopup('palmyre-reprise-fr.html');
    const below = await claimsBelowFold(page, popup);
    expect(below.length, 'highlighted claims below the fold').toBeGreaterThan(0);
    const target = below[0]!;
    await scrollToTop(page);
    // Tab through the popup until the claim's button has the focus, as a keyboard user would.
    const button = popup.locator(`li[data-claim-id="${target.claim.id}"] .pfc-claim-reveal`);
    let focused = false;
    for (let i = 0; i < 80 && !focused; i++) {
      await popup.keyboard.press('Tab');
      focused = await button.evaluate((el) => el === document.activeElement);
    }
    expect(focused, 'the claim is reachable with Tab').toBe(true);
    await popup.keyboard.press('Enter');
    await expectRevealed(page, target.text);
  });

  it('a page with no figure says so', async () => {
    const { page, popup } = pageWithPopup(NO_FIGURE);
    expect(await highlightedClaims(page)).toEqual([]);
    expect(await listedClaims(popup)).toEqual([]);
    const empty = popup.locator('.pfc-empty');
    expect(await empty.getAttribute('data-reason')).toBe('no-figure');
    expect(await empty.innerText()).toMatch(/No figure found on this page/);
  });

  it('the football report (nothing the reference covers) says nothing on the page is related', async () => {
    const { page, popup } = pageWithPopup('football-report-en.html');
    expect(await highlightedClaims(page)).toEqual([]);
    const listed = await listedClaims(popup);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((c) => c.verdict !== 'unrelated')).toEqual([]);
    const empty = popup.locator('.pfc-empty');
    expect(await empty.getAttribute('data-reason')).toBe('nothing-related');
    const words = await empty.innerText();
    expect(words).toContain(`Figures found on this page: ${listed.length}.`);
    expect(words).toMatch(/None is about what the reference dispatch covers/);
  });

  // The difference travels as numbers (ClaimSummary.delta) and each UI words it in its language.
  it('in French, the difference of a claim that differs is written in French', async () => {
    const { page } = pageWithPopup('palmyra-recaptured-en.html');
    const popup = await session.openExtensionPage(page, 'popup', { lang: 'fr' });
    await popupSettled(popup);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    const differences = await popup.evaluate(() =>
      [...document.querySelectorAll('li[data-verdict="contradicted"] .pfc-claim-details p')]
        .map((p) => p.textContent ?? '')
        .filter((text) => text.startsWith('Écart')),
    );
    await popup.close();
    expect(differences.length).toBeGreaterThan(0);
    for (const text of differences) expect(text).not.toMatch(/\b(reference|days?|hours?)\b/);
    expect(differences.join(' ')).toMatch(/référence/);
  });

  it('screenshots for the README: the popup in light and dark', async () => {
    const { page } = pageWithPopup('palmyra-recaptured-en.html');
    const popup = await session.openExtensionPage(page, 'popup', { lang: 'en' });
    await popup.setViewportSize({ width: 420, height: 760 });
    await popupSettled(popup);
    expect((await listedClaims(popup)).length).toBeGreaterThan(0);
    await popup.emulateMedia({ colorScheme: 'light' });
    await screenshot(popup, 'popup-light', { docs: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    // The dark palette is applied (not just the media query emulated).
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await screenshot(popup, 'popup-dark', { docs: true });
    await popup.close();
  });

  // A page of 5,000 figures once left a 3.5 MB report (each claim carried its whole sentence, and every
  // claim was stored): reports now list 500, those tied to the reference first, and count the rest.
  it('a page of 5,000 figures leaves a report under 1 MB, and the popup lists the first 500 and counts the rest', async () => {
    const MANY = 'many-figures.html';
    const sentence = "Selon l'OSDH, 400 jihadistes et 188 soldats ont été tués à Palmyre depuis le 7 mars, à 240 km de Damas. ";
    const paragraphs = Array.from({ length: 50 }, () => `<p>${sentence.repeat(25)}</p>`).join('');
    const page = await session.newPage();
    await page.route(server.url(MANY), (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><head><title>Palmyre, 5 000 chiffres</title></head><body><article><h1>Palmyre</h1>${paragraphs}</article></body></html>`,
      }),
    );
    await page.goto(server.url(MANY));
    const tab = await session.tabIdOf(page);
    const worker = await session.serviceWorker();
    const stored = await waitUntil(
      'the report of the 5,000-figure page',
      () =>
        worker.evaluate(async (key) => {
          const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { status?: string; claims?: unknown[]; omitted?: number }>> } } } }).chrome;
          const report = (await api.storage.session.get(key))[key];
          return report ? { status: report.status, claims: report.claims?.length ?? 0, omitted: report.omitted ?? 0, bytes: JSON.stringify(report).length } : null;
        }, `tabReport.${tab}`),
      (r) => r?.status === 'done',
      20_000,
    );
    console.info(`[popup] 5,000-figure page: ${stored!.claims} claims listed, ${stored!.omitted} more, report ${(stored!.bytes / 1024).toFixed(0)} KB`);
    expect(stored!.bytes).toBeLessThan(1_000_000);
    expect(stored!.claims).toBe(500);
    expect(stored!.claims + stored!.omitted).toBeGreaterThanOrEqual(5000);

    const popup = await session.openExtensionPage(page, 'popup', { lang: 'en' });
    await popupSettled(popup);
    const listed = await waitUntil('the whole list', () => listedClaims(popup), (l) => l.length === 500, 10_000);
    expect(listed[0]?.verdict).not.toBe('unrelated');
    expect(await popup.locator('.pfc-omitted').innerText()).toBe(
      `The list stops at 500 figures, those about the reference first: ${stored!.omitted} more on this page are not listed.`,
    );
    await popup.close();
    await page.close();
  });

  // A claim's sentence is page text, and a page may write "</script>" in it: the ClaimReview export,
  // pasted into a publisher's <script type="application/ld+json">, must stay inside it.
  it('an exported claim containing </script> stays inert inside a JSON-LD script element', async () => {
    const SCRIPTED = '__palmyra-scripted-sentence.html';
    const page = await session.newPage();
    await page.route(server.url(SCRIPTED), (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body:
          '<!doctype html><html lang="fr"><head><title>Palmyre reprise</title></head><body><article><h1>Palmyre reprise</h1>' +
          "<p>Selon l'OSDH, 400 jihadistes ont été tués à Palmyre &lt;/script&gt;&lt;script&gt;window.__palmyraPwned = 1&lt;/script&gt; en 20 jours.</p>" +
          '</article></body></html>',
      }),
    );
    await page.goto(server.url(SCRIPTED));
    await waitForQuiet(page);
    const popup = await session.openExtensionPage(page, 'popup', { lang: 'en' });
    await popupSettled(popup);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'ClaimReview (JSON-LD)' }).click()]);
    const path = await download.path();
    const exported = readFileSync(path!, 'utf8');
    expect(exported).toContain('400');
    expect(exported).not.toContain('</script>');
    // As a publisher would embed it.
    const host = await session.newPage();
    await host.setContent(`<!doctype html><html><head><script type="application/ld+json">${exported}</script></head><body></body></html>`);
    const embedded = await host.evaluate(() => ({
      scripts: document.scripts.length,
      pwned: (window as unknown as { __palmyraPwned?: number }).__palmyraPwned ?? null,
      parsed: JSON.stringify(JSON.parse(document.scripts[0]!.textContent ?? 'null')),
    }));
    expect([embedded.scripts, embedded.pwned]).toEqual([1, null]);
    // The sentence is all there, as data.
    expect(embedded.parsed).toContain('</script><script>window.__palmyraPwned = 1</script>');
    await host.close();
    await popup.close();
    await page.close();
  });

  it('raised no error and reached no network', () => {
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    expect(session.network.external, session.network.format()).toEqual([]);
  });
});

describe('Firefox ESR, e2e build: popup.html?tab=<id>', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(BUILDS.firefoxE2e, { locale: 'en-US' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("lists the page's highlighted claims, and a click reveals one below the fold", async () => {
    const page = await session.newPage();
    await page.setViewport(SHORT_VIEWPORT);
    await page.goto(server.url('palmyra-recaptured-en.html'));
    await waitForQuiet(page, { minMs: 1200 });
    const popup = await session.openExtensionPage(page, 'popup', { lang: 'en' });
    await popupSettled(popup);
    const listed = await finalClaims(popup);
    const shown = await highlightedClaims(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(listed.filter((c) => c.verdict !== 'unrelated').map((c) => line(c.verdict, c.phrase)).sort()).toEqual(shown);
    expect(listed[0]?.verdict).toBe('contradicted');

    const [target] = await claimsBelowFold(page, popup);
    expect(target, 'a highlighted claim below the fold').toBeDefined();
    await scrollToTop(page);
    // Long lists skip the layout of items out of view (content-visibility): scroll to it as a reader would.
    const at = await evaluateIn(
      popup,
      (id) => {
        const el = document.querySelector(`li[data-claim-id="${CSS.escape(id)}"] .pfc-claim-phrase`)!;
        el.scrollIntoView({ block: 'center' });
        const box = el.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      },
      target!.claim.id,
    );
    await popup.mouse.click(at.x, at.y);
    await expectRevealed(page, target!.text);
    await popup.close();
    await page.close();
  });

  it('raised no error and reached no network', () => {
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    expect(session.network.external, session.network.format()).toEqual([]);
  });
});
