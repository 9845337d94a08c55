// The test-only hook (lib/e2e/hooks.ts) is in the e2e builds, works, and never ships.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, E2E_OPEN_KEY, e2eOpenFragment, serveFixtures, withChromium } from './harness';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function manifestOf(dir: string): { permissions?: string[]; host_permissions?: string[] } {
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

const hostAccess = (dir: string) => {
  const manifest = manifestOf(dir);
  return [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
};

describe.each([
  ['chrome', BUILDS.chrome, BUILDS.chromeE2e],
  ['firefox', BUILDS.firefox, BUILDS.firefoxE2e],
])('%s builds', (_browser, shipped, e2e) => {
  it('the shipped build holds no trace of the hook', () => {
    const carrying = filesUnder(shipped).filter((file) => fs.readFileSync(file, 'utf8').includes(E2E_OPEN_KEY));
    expect(carrying, 'files of the shipped build mentioning the e2e hook').toEqual([]);
  });

  it('the e2e build installs the hook in its background, with no permission the shipped build lacks', () => {
    const background = fs.readFileSync(path.join(e2e, 'background.js'), 'utf8');
    expect(background.includes(E2E_OPEN_KEY), 'background.js of the e2e build calls installE2eHooks()').toBe(true);
    expect(hostAccess(e2e).sort()).toEqual(hostAccess(shipped).sort());
  });
});

it('in Chromium, the e2e hook opens popup.html for exactly the tab that asked', async () => {
  const server = await serveFixtures();
  try {
    await withChromium(BUILDS.chromeE2e, async (session) => {
      const other = await session.newPage();
      await other.goto(server.url('football-report-en.html'));
      const page = await session.newPage();
      await page.goto(server.url('palmyre-reprise-fr.html'));
      const tabId = await session.tabIdOf(page);

      const opened = session.context.waitForEvent('page', { timeout: 5_000 });
      await page.evaluate((fragment) => {
        location.hash = fragment;
      }, e2eOpenFragment('popup', { lang: 'fr' }));
      const popup = await opened;
      await popup.waitForLoadState('load');
      expect(popup.url()).toBe(session.extensionUrl(`popup.html?lang=fr&tab=${tabId}`));
      expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    });
  } finally {
    await server.close();
  }
});
