// Readers' own reference datasets in the built extension (e2e builds), Debian's Chromium and Firefox
// ESR: a fixture page about an invented flood has nothing to highlight against the bundled AFP
// reference; an invalid dataset file imported on the options page shows the JSON path of its fault and
// changes nothing; the valid one, once imported, makes the open page's figures match or differ exactly
// as the command line's engine reads them against it (`check --reference`), the popup names the dataset,
// and turning the dataset off clears them again. Screenshot of the import screen for the README.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../../core/reference/load';
import { checkFile, referenceOf } from '../../scripts/check';
import {
  BUILDS,
  REPO_ROOT,
  evaluateIn,
  highlightedClaims,
  isPlaywright,
  launchChromium,
  launchFirefox,
  line,
  screenshot,
  serveFixtures,
  until,
  waitForQuiet,
  type AnyPage,
  type ChromiumSession,
  type FirefoxSession,
  type StaticServer,
} from './harness';

const PAGE = 'wendmouth-flood-en.html';
const DATASET = path.join(REPO_ROOT, 'test/fixtures/datasets/wendmouth-flood-2023-09-12.json');
const INVALID = path.join(REPO_ROOT, 'test/fixtures/datasets/invalid-vehicle-count.json');

/** What the page should highlight against the dataset, as the node engine reads the same page. */
function expectedHighlights(): string[] {
  const loaded = parseDatasetFile(fs.readFileSync(DATASET, 'utf8'), 'en');
  if (!loaded.ok) throw new Error(`fixture dataset: ${loaded.path}: ${loaded.message}`);
  const html = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/pages', PAGE), 'utf8');
  const { claims } = checkFile(PAGE, html, { reference: referenceOf(loaded.dataset) });
  return claims.filter((c) => c.verdict !== 'unrelated').map((c) => line(c.verdict, c.text)).sort();
}

async function chooseFile(page: AnyPage, file: string): Promise<void> {
  if (isPlaywright(page)) return page.setInputFiles('#pfc-dataset-file', file);
  const input = await page.$('#pfc-dataset-file');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
}

const listedDatasets = (options: AnyPage) =>
  evaluateIn(options, () => [...document.querySelectorAll<HTMLElement>('[data-dataset-id]')].map((li) => li.dataset.datasetId ?? ''), undefined);

const importError = (options: AnyPage) =>
  evaluateIn(options, () => ({ path: document.querySelector('.pfc-import-error code')?.textContent ?? '', text: document.querySelector('.pfc-import-error')?.textContent ?? '' }), undefined);

let server: StaticServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

function datasetSuite(name: string, launch: () => Promise<ChromiumSession | FirefoxSession>) {
  describe(name, () => {
    let session: ChromiumSession | FirefoxSession;
    let page: AnyPage;
    let options: AnyPage;
    const expected = expectedHighlights();

    beforeAll(async () => {
      session = await launch();
      page = await session.newPage();
      await page.goto(server.url(PAGE));
      await waitForQuiet(page);
      options = await (session.openExtensionPage as (p: AnyPage, n: 'options', q: Record<string, string>) => Promise<AnyPage>)(page, 'options', { lang: 'en' });
      await until(() => listedDatasets(options), (ids) => ids.length > 0);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('the page about another event has nothing to highlight against the bundled reference', async () => {
      expect(expected.filter((l) => l.startsWith('supported')).length).toBeGreaterThanOrEqual(2);
      expect(expected.some((l) => l.startsWith('contradicted'))).toBe(true);
      expect(await highlightedClaims(page)).toEqual([]);
    });

    it('an invalid dataset shows where it is wrong and changes nothing', async () => {
      await chooseFile(options, INVALID);
      const error = await until(() => importError(options), (e) => e.path !== '', 10_000);
      expect(error.path).toBe('entries[4].value.n');
      expect(error.text).toContain('Not imported, nothing changed');
      expect(await listedDatasets(options)).toEqual(['afp-palmyra-2016-03-27']);
      await waitForQuiet(page, { minMs: 500 });
      expect(await highlightedClaims(page)).toEqual([]);
    });

    it('the valid dataset, imported, makes the open page’s figures match or differ as the engine reads them against it', async () => {
      await chooseFile(options, DATASET);
      expect(await until(() => listedDatasets(options), (ids) => ids.length === 2, 10_000)).toEqual(['afp-palmyra-2016-03-27', 'wendmouth-flood-2023-09-12']);
      expect(await until(() => highlightedClaims(page), (h) => h.length === expected.length, 15_000)).toEqual(expected);

      const popup = await (session.openExtensionPage as (p: AnyPage, n: 'popup', q: Record<string, string>) => Promise<AnyPage>)(page, 'popup', { lang: 'en' });
      const details = await until(
        () => evaluateIn(popup, () => [...document.querySelectorAll('.pfc-claim-dataset')].map((p) => p.textContent ?? ''), undefined),
        (d) => d.length > 0,
        10_000,
      );
      expect(details.length).toBe(expected.length);
      const title = (JSON.parse(fs.readFileSync(DATASET, 'utf8')) as { source: { title: { en: string } } }).source.title.en;
      for (const d of details) expect(d).toBe(`Dataset: ${title}`);
      await popup.close();

      if (session.browserName === 'chromium') {
        // The import screen for the README: the list with the imported dataset, and a refused file's fault.
        await chooseFile(options, INVALID);
        await until(() => importError(options), (e) => e.path !== '', 10_000);
        const pw = options as import('playwright-core').Page;
        await pw.setViewportSize({ width: 760, height: 900 });
        await pw.evaluate(() => document.querySelector('.pfc-datasets')?.scrollIntoView());
        await screenshot(options, 'options-datasets', { docs: true });
      }
    });

    it('turned off, the dataset no longer checks the page', async () => {
      await evaluateIn(options, () => (document.querySelector('[data-dataset-id="wendmouth-flood-2023-09-12"] input[type="checkbox"]') as HTMLInputElement).click(), undefined);
      expect(await until(() => highlightedClaims(page), (h) => h.length === 0, 15_000)).toEqual([]);
    });

    it('raised no error and reached no network', () => {
      expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
      expect(session.network.external, session.network.format()).toEqual([]);
    });
  });
}

datasetSuite('Chromium, e2e build: reference datasets', () => launchChromium(BUILDS.chromeE2e, { locale: 'en-US' }));
datasetSuite('Firefox ESR, e2e build: reference datasets', () => launchFirefox(BUILDS.firefoxE2e, { locale: 'en-US' }));
