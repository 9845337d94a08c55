// The built extension on fixture pages, in Debian's Chromium and Firefox ESR: highlights sit on the
// right words with the right verdict, hovering a claim opens its card with the reference, the page's
// text and layout stay as they were, and nothing errs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../fixtures/fixture-pages';
import {
  BUILDS,
  cardState,
  evaluateIn,
  highlights,
  hoverText,
  launchChromium,
  launchFirefox,
  pageText,
  screenshot,
  serveFixtures,
  until,
  waitForQuiet,
  withChromium,
  type AnyPage,
  type ChromiumSession,
  type FirefoxSession,
  type StaticServer,
} from './harness';

let server: StaticServer;

/** Verdict of each highlighted phrase, from CSS.highlights ("palmyra-contradicted" → contradicted). */
async function highlightedVerdicts(page: AnyPage): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const h of await highlights(page)) {
    const verdict = /^palmyra-(?:hc-)?(supported|contradicted|unrelated)$/.exec(h.name)?.[1];
    if (!verdict) continue;
    for (const text of h.texts) out.set(text.replace(/\s+/g, ' '), verdict);
  }
  return out;
}

/** The verdict of the highlight that contains `phrase` (or is contained in it). */
function verdictOf(map: Map<string, string>, phrase: string): string {
  const wanted = phrase.replace(/\s+/g, ' ');
  for (const [text, verdict] of map) if (text.includes(wanted) || wanted.includes(text)) return verdict;
  return 'none';
}

/** The card's text when it is shown, else null (read from its closed shadow root: harness/card.ts). */
async function cardText(page: AnyPage): Promise<string | null> {
  const card = await cardState(page);
  return card.open && card.text ? card.text : null;
}

async function waitForCard(page: AnyPage, timeoutMs = 3000): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const text = await cardText(page);
    if (text) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the hover card did not open');
}

/** Where every paragraph and heading stands: layout shift shows as a difference. */
function layout(page: AnyPage): Promise<string> {
  return evaluateIn(
    page,
    () =>
      [...document.querySelectorAll('h1, h2, p, li, td, table')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y + window.scrollY)},${Math.round(r.width)},${Math.round(r.height)}`;
        })
        .join(';'),
    undefined,
  );
}

/**
 * The background colour our stylesheet gives each default verdict name, as any page can read it
 * (getComputedStyle with a `::highlight()` pseudo-element): transparent where no rule of ours applies.
 */
function ourHighlightStyles(page: AnyPage): Promise<Record<string, string>> {
  return evaluateIn(
    page,
    () => {
      const out: Record<string, string> = {};
      for (const name of ['palmyra-supported', 'palmyra-contradicted', 'palmyra-unrelated']) {
        out[name] = getComputedStyle(document.body, `::highlight(${name})`).backgroundColor;
      }
      return out;
    },
    undefined,
  );
}
const UNSTYLED = { 'palmyra-supported': 'rgba(0, 0, 0, 0)', 'palmyra-contradicted': 'rgba(0, 0, 0, 0)', 'palmyra-unrelated': 'rgba(0, 0, 0, 0)' };

/** A page where nothing is painted carries no rule of ours; a page with highlights has their styles. */
async function expectStylesOnlyWherePainted(newPage: () => Promise<AnyPage>): Promise<void> {
  const quiet = await newPage();
  await quiet.goto(server.url('football-report-en.html'));
  await waitForQuiet(quiet, { quietMs: 600, minMs: 1500 });
  expect(await highlightedVerdicts(quiet), 'nothing painted on the football report').toEqual(new Map());
  expect(await ourHighlightStyles(quiet)).toEqual(UNSTYLED);
  await quiet.close();
  const checked = await newPage();
  await checked.goto(server.url('palmyre-reprise-fr.html'));
  await waitForQuiet(checked, { quietMs: 600, minMs: 1500 });
  const styles = await until(() => ourHighlightStyles(checked), (s) => s['palmyra-supported'] !== UNSTYLED['palmyra-supported']);
  expect(styles['palmyra-supported']).toBe('rgba(34, 160, 90, 0.22)');
  expect(styles['palmyra-contradicted']).toBe('rgba(230, 110, 20, 0.26)');
  await checked.close();
}

const baseline = new Map<string, { text: string; layout: string }>();

beforeAll(async () => {
  server = await serveFixtures();
  await withChromium(null, async (session) => {
    const page = await session.newPage();
    for (const f of FIXTURE_PAGES) {
      await page.goto(server.url(f.file));
      await waitForQuiet(page);
      baseline.set(f.file, { text: await pageText(page), layout: await layout(page) });
    }
  });
});

afterAll(async () => {
  await server?.close();
});

describe('Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(BUILDS.chrome);
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const fixture of FIXTURE_PAGES) {
    it(`highlights ${fixture.file} with the intended verdicts, leaving text and layout alone`, async () => {
      const page = await session.newPage();
      await page.goto(server.url(fixture.file));
      await waitForQuiet(page, { quietMs: 600, minMs: 1200 });
      const shown = await highlightedVerdicts(page);
      for (const figure of fixture.figures) {
        // Figures outside the reference are not highlighted by default.
        const expected = figure.intended === 'unrelated' ? 'none' : figure.intended;
        expect(`${figure.text}: ${verdictOf(shown, figure.text)}`).toBe(`${figure.text}: ${expected}`);
      }
      expect(await pageText(page)).toBe(baseline.get(fixture.file)!.text);
      expect(await layout(page)).toBe(baseline.get(fixture.file)!.layout);
      expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
      await page.close();
    });
  }

  it("inserts the highlights' stylesheet only into pages it paints", async () => {
    await expectStylesOnlyWherePainted(() => session.newPage());
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
  });

  it('opens a card with the reference when a claim split across elements is hovered', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(server.url('palmyre-balisage-fr.html'));
    await waitForQuiet(page, { quietMs: 600, minMs: 1200 });
    const claimBox = await hoverText(page, '400 jihadistes');
    const text = await waitForCard(page);
    expect(text).toContain('400 jihadistes');
    // The card stands next to the claim, inside the viewport.
    const cardBox = await evaluateIn(page, () => document.querySelector('palmyra-fact-check-card')!.getBoundingClientRect().toJSON(), undefined);
    expect(Math.abs(cardBox.top - (claimBox.y + claimBox.height))).toBeLessThan(40);
    expect(cardBox.left).toBeGreaterThanOrEqual(0);
    expect(cardBox.right).toBeLessThanOrEqual(1100);
    expect(cardBox.bottom).toBeLessThanOrEqual(800);
    expect(text).toContain('En 20 jours de combats, 400 jihadistes sont morts');
    expect(text).toMatch(/OSDH/);
    expect(text).toMatch(/27 (mars|March) 2016/);
    await screenshot(page, 'card-fr', { docs: true });
    // Escape closes it; the page never sees our keys... and its text is unchanged with the card open.
    await page.keyboard.press('Escape');
    expect(await cardText(page)).toBeNull();
    expect(await pageText(page)).toBe(baseline.get('palmyre-balisage-fr.html')!.text);
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    await page.close();
  });

  it('shows the difference for a figure that differs, and closes the card when the pointer leaves', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(server.url('palmyra-recaptured-en.html'));
    await waitForQuiet(page, { quietMs: 600, minMs: 1200 });
    await screenshot(page, 'highlights-en', { docs: true });
    await hoverText(page, '180 soldiers');
    const text = await waitForCard(page);
    expect(text).toContain('180 soldiers');
    expect(text).toMatch(/188/);
    expect(text).toMatch(/−8|-8/);
    await screenshot(page, 'card-en', { docs: true });
    await page.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 700));
    expect(await cardText(page)).toBeNull();
    await page.close();
  });
});

describe('Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(BUILDS.firefox);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("inserts the highlights' stylesheet only into pages it paints", async () => {
    await expectStylesOnlyWherePainted(() => session.newPage());
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
  });

  it('highlights the French fixture and opens a card on hover', async () => {
    const page = await session.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(server.url('palmyre-reprise-fr.html'));
    await waitForQuiet(page, { quietMs: 600, minMs: 1500 });
    const shown = await highlightedVerdicts(page);
    const fixture = FIXTURE_PAGES.find((f) => f.file === 'palmyre-reprise-fr.html')!;
    for (const figure of fixture.figures) {
      expect(`${figure.text}: ${verdictOf(shown, figure.text)}`).toBe(`${figure.text}: ${figure.intended === 'unrelated' ? 'none' : figure.intended}`);
    }
    expect(await pageText(page)).toBe(baseline.get('palmyre-reprise-fr.html')!.text);
    await hoverText(page, '400 jihadistes');
    const text = await waitForCard(page);
    expect(text).toContain('400 jihadistes sont morts');
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    await page.close();
  });

  // Firefox has no Navigation API: the content script notices a pushState by reading the address.
  it('reads the new view of a single-page navigation as a new page', async () => {
    const page = await session.newPage();
    await page.goto(server.url('living-page-en.html'));
    await waitForQuiet(page, { quietMs: 600, minMs: 1500 });
    expect(verdictOf(await highlightedVerdicts(page), 'March 7')).toBe('supported');
    await evaluateIn(
      page,
      () => (window as unknown as { goTo(p: string, h: string): void }).goTo('/living-page-en.html?story=2', '<h1>Palmyra: the toll</h1><p>188 soldiers and militiamen died in the battle for Palmyra.</p>'),
      undefined,
    );
    // Until then the old view's ranges may linger, emptied by the page removing their text.
    const after = await until(() => highlightedVerdicts(page), (m) => m.size === 1 && m.get('188 soldiers') === 'supported');
    expect([...after.entries()]).toEqual([['188 soldiers', 'supported']]);
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    await page.close();
  });
});
