// The reference viewer and the options page of the built extension, in Debian's Chromium (shipped
// build) and Firefox ESR (e2e build): the viewer opened at a deep link (viewer.html#<entry id>) brings
// that quote of the dispatch into view and focuses it, and its table lists every entry of the dataset;
// a change on the options page is followed at once by a fixture tab already open (its CSS.highlights
// change, the page is not reloaded). Screenshots of both pages (light, dark) for the README.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BUILDS,
  REPO_ROOT,
  evaluateIn,
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

/** The dataset the extension was built from: the oracle for the viewer's table and marks. */
const dataset = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data', 'reference.json'), 'utf8')) as {
  entries: { id: string; quote: { text: string } }[];
};
const DEEP_LINKED = 'is-killed-palmyra';
const OTHER_ENTRY = 'russian-sorties';
const quoteOf = (id: string) => dataset.entries.find((e) => e.id === id)?.quote.text;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

interface EntryInView {
  exists: boolean;
  tag: string;
  text: string;
  fragment: boolean;
  focused: boolean;
  active: boolean;
  rowActive: boolean;
  top: number;
  bottom: number;
  docTop: number;
  innerHeight: number;
  scrollY: number;
}

/** The viewer's state for one entry: its mark, whether it has the focus, where it stands. */
function entryInView(viewer: AnyPage, id: string): Promise<EntryInView> {
  return evaluateIn(
    viewer,
    (wanted) => {
      const el = document.getElementById(wanted);
      const box = el?.getBoundingClientRect();
      return {
        exists: el !== null,
        tag: el?.tagName ?? '',
        text: el?.textContent ?? '',
        fragment: el?.dataset.fragment === 'true',
        focused: el !== null && document.activeElement === el,
        active: el?.classList.contains('pfc-active') ?? false,
        rowActive: document.querySelector(`tr[data-entry-row="${CSS.escape(wanted)}"]`)?.classList.contains('pfc-active') ?? false,
        top: box?.top ?? NaN,
        bottom: box?.bottom ?? NaN,
        docTop: (box?.top ?? NaN) + window.scrollY,
        innerHeight: window.innerHeight,
        scrollY: window.scrollY,
      };
    },
    id,
  );
}

/**
 * The entry is the one the link names: its mark, focused, inside the viewport, its row lit. With
 * `scrolled`, the viewport is short enough that the quote starts below the fold: reaching it scrolled.
 */
async function expectEntryInView(viewer: AnyPage, id: string, { scrolled = true } = {}): Promise<void> {
  const state = await waitUntil(`viewer at #${id}`, () => entryInView(viewer, id), (s) => s.exists && s.focused);
  expect(state.tag).toBe('MARK');
  expect(state.fragment).toBe(false);
  expect(state.text).toBe(quoteOf(id));
  expect(state.active).toBe(true);
  expect(state.rowActive).toBe(true);
  expect(state.top).toBeGreaterThanOrEqual(0);
  expect(state.bottom).toBeLessThanOrEqual(state.innerHeight);
  if (!scrolled) return;
  expect(state.docTop).toBeGreaterThan(state.innerHeight);
  expect(state.scrollY).toBeGreaterThan(0);
}

/** The table's rows, by entry id, in order, each with its value cell's text. */
function tableRows(viewer: AnyPage): Promise<{ id: string; value: string }[]> {
  return evaluateIn(
    viewer,
    () =>
      [...document.querySelectorAll<HTMLElement>('table tbody tr[data-entry-row]')].map((tr) => ({
        id: tr.dataset.entryRow ?? '',
        value: tr.querySelector('td')?.textContent?.trim() ?? '',
      })),
    undefined,
  );
}

interface Highlighted {
  names: string[];
  /** `verdict: text` per range, sorted; the palette left out. */
  claims: string[];
}

/** Our CSS.highlights in a page: which names are registered, and the claims they hold. */
function highlighted(page: AnyPage): Promise<Highlighted> {
  return evaluateIn(
    page,
    () => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const names: string[] = [];
      const claims: string[] = [];
      for (const [name, ranges] of registry) {
        const verdict = /^palmyra-(?:hc-)?(supported|contradicted|unrelated)$/.exec(name)?.[1];
        if (!verdict) continue;
        names.push(name);
        for (const r of ranges) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          claims.push(`${verdict}: ${range.toString().replace(/\s+/g, ' ').trim()}`);
        }
      }
      return { names: names.sort(), claims: claims.sort() };
    },
    undefined,
  );
}

/** A token in the page's own JavaScript world: it survives anything but a reload. */
async function markDocument(page: AnyPage): Promise<string> {
  const token = `kept-${Date.now()}`;
  await evaluateIn(page, (t) => void ((window as unknown as { palmyraE2eToken?: string }).palmyraE2eToken = t), token);
  return token;
}
const documentToken = (page: AnyPage) =>
  evaluateIn(page, () => (window as unknown as { palmyraE2eToken?: string }).palmyraE2eToken ?? null, undefined);

let server: StaticServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

describe('Chromium, shipped build', () => {
  let session: ChromiumSession;
  /** Two tabs of the same fixture, loaded and checked side by side: one for the popup, one for the options. */
  let forPopup: Page;
  let forOptions: Page;
  beforeAll(async () => {
    session = await launchChromium(BUILDS.chrome, { locale: 'en-US' });
    const load = async () => {
      const page = await session.newPage();
      await page.goto(server.url('palmyra-recaptured-en.html'));
      await waitForQuiet(page);
      return page;
    };
    [forPopup, forOptions] = await Promise.all([load(), load()]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('viewer.html#is-killed-palmyra brings that quote into view, focused, and the table lists every entry', async () => {
    const viewer = await session.newPage();
    await viewer.setViewportSize({ width: 1100, height: 700 });
    await viewer.goto(session.extensionUrl(`viewer.html?lang=en#${DEEP_LINKED}`));
    await expectEntryInView(viewer, DEEP_LINKED);

    const rows = await tableRows(viewer);
    expect(rows.map((r) => r.id)).toEqual(dataset.entries.map((e) => e.id));
    expect(rows.filter((r) => r.value === '')).toEqual([]);

    // Another entry's "Show in the dispatch" link moves the focus there, without a reload.
    await viewer.locator(`tr[data-entry-row="${OTHER_ENTRY}"] a[href="#${OTHER_ENTRY}"]`).click();
    await expectEntryInView(viewer, OTHER_ENTRY);
    expect((await entryInView(viewer, DEEP_LINKED)).active).toBe(false);

    for (const scheme of ['light', 'dark'] as const) {
      await viewer.emulateMedia({ colorScheme: scheme });
      await viewer.evaluate((id) => (location.hash = id), DEEP_LINKED);
      await expectEntryInView(viewer, DEEP_LINKED);
      await screenshot(viewer, `viewer-${scheme}`, { docs: true });
    }
    await viewer.close();
  });

  it("a claim's link in the popup opens the viewer at that claim's entry", async () => {
    const page = forPopup;
    const popup = await session.openExtensionPage(page, 'popup', { lang: 'en' });
    const link = popup.locator('li[data-verdict]', { hasText: '400 militants' }).locator('a[href*="viewer.html#"]');
    const href = (await link.getAttribute('href')) ?? '';
    const entryId = decodeURIComponent(new URL(href).hash.slice(1));
    expect(dataset.entries.map((e) => e.id)).toContain(entryId);
    const [viewer] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await viewer.waitForLoadState();
    // Opened in the browser's default 1280×800 viewport, where the quote may already show.
    await expectEntryInView(viewer, entryId, { scrolled: false });
    await viewer.close();
    await popup.close();
    await page.close();
  });

  it('an open tab follows the options at once, without a reload: figures outside the reference, then high contrast', async () => {
    const page = forOptions;
    const before = await highlighted(page);
    expect(before.names).toEqual(['palmyra-contradicted', 'palmyra-supported']);
    const token = await markDocument(page);

    const options = await session.openExtensionPage(page, 'options', { lang: 'en' });
    await options.setViewportSize({ width: 800, height: 800 });
    await waitForQuiet(options, { quietMs: 200, minMs: 200 });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await screenshot(options, `options-${scheme}`, { docs: true, fullPage: true });
    }
    await options.emulateMedia({ colorScheme: 'light' });

    const showUnrelated = options.getByLabel('Highlight figures the reference does not cover');
    expect(await showUnrelated.isChecked()).toBe(false);
    await showUnrelated.check();
    const withUnrelated = await waitUntil('unrelated figures highlighted', () => highlighted(page), (h) => h.names.includes('palmyra-unrelated'));
    // The same claims as before, plus figures outside the reference; and the popup lists exactly those.
    const added = withUnrelated.claims.filter((c) => !before.claims.includes(c));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((c) => c.startsWith('unrelated: '))).toBe(true);
    expect(before.claims.every((c) => withUnrelated.claims.includes(c))).toBe(true);
    const popup = await session.openExtensionPage(page, 'popup', { lang: 'en' });
    await popup.locator('li[data-verdict]').first().waitFor();
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('li[data-verdict]')]
        .map((li) => `${li.dataset.verdict}: ${(li.querySelector('.pfc-claim-phrase')?.textContent ?? '').replace(/\s+/g, ' ').trim()}`)
        .sort(),
    );
    expect(listed).toEqual(withUnrelated.claims);
    await popup.close();

    await options.getByLabel('High contrast').check();
    const contrasted = await waitUntil('high-contrast highlights', () => highlighted(page), (h) => h.names.every((n) => n.startsWith('palmyra-hc-')));
    expect(contrasted.names).toEqual(['palmyra-hc-contradicted', 'palmyra-hc-supported', 'palmyra-hc-unrelated']);
    expect(contrasted.claims).toEqual(withUnrelated.claims);
    // The options page follows its own setting too.
    expect(await options.evaluate(() => document.body.dataset.colours)).toBe('high-contrast');

    // Back to the defaults: the page is as it was.
    await options.getByLabel('Default', { exact: true }).check();
    await showUnrelated.uncheck();
    const after = await waitUntil('default highlights again', () => highlighted(page), (h) => h.names.join() === before.names.join());
    expect(after.claims).toEqual(before.claims);
    expect(await documentToken(page)).toBe(token);
    await options.close();
    await page.close();
  });

  it('raised no error and reached no network', () => {
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    expect(session.network.external, session.network.format()).toEqual([]);
  });
});

describe('Firefox ESR, e2e build', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(BUILDS.firefoxE2e, { locale: 'en-US' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the viewer loaded at a deep link focuses the entry; an open tab follows the options live', async () => {
    const page = await session.newPage();
    await page.goto(server.url('palmyra-recaptured-en.html'));
    await waitForQuiet(page, { minMs: 1200 });

    // The driver cannot open moz-extension:// URLs: the hook opens the viewer, which then loads itself
    // again at the deep link (a new document, as when a link is followed).
    const viewer = await session.openExtensionPage(page, 'viewer', { lang: 'en' });
    await viewer.setViewport({ width: 1100, height: 700 });
    await viewer.evaluate((id) => location.replace(`viewer.html?lang=en&deep=1#${id}`), DEEP_LINKED);
    await waitUntil('viewer reloaded at the deep link', () => viewer.evaluate(() => location.search + document.readyState).catch(() => ''), (s) => s === '?lang=en&deep=1complete');
    await expectEntryInView(viewer, DEEP_LINKED);
    expect((await tableRows(viewer)).map((r) => r.id)).toEqual(dataset.entries.map((e) => e.id));
    await viewer.close();

    const before = await highlighted(page);
    expect(before.names).toEqual(['palmyra-contradicted', 'palmyra-supported']);
    const token = await markDocument(page);
    const options = await session.openExtensionPage(page, 'options', { lang: 'en' });
    await options.waitForSelector('input[name="showUnrelated"]');
    await options.click('input[name="showUnrelated"]');
    const withUnrelated = await waitUntil('unrelated figures highlighted', () => highlighted(page), (h) => h.names.includes('palmyra-unrelated'));
    expect(before.claims.every((c) => withUnrelated.claims.includes(c))).toBe(true);
    await options.click('input[name="colours"][value="high-contrast"]');
    const contrasted = await waitUntil('high-contrast highlights', () => highlighted(page), (h) => h.names.every((n) => n.startsWith('palmyra-hc-')));
    expect(contrasted.claims).toEqual(withUnrelated.claims);
    expect(await documentToken(page)).toBe(token);
    await options.close();
    await page.close();
  });

  it('raised no error and reached no network', () => {
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    expect(session.network.external, session.network.format()).toEqual([]);
  });
});
