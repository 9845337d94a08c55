// Where things are: the repository, the built extensions, the browsers, the output folders.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Built extensions: .output/, or PALMYRA_E2E_OUTPUT to test builds made elsewhere. */
const OUTPUT_DIR = process.env.PALMYRA_E2E_OUTPUT ? path.resolve(process.env.PALMYRA_E2E_OUTPUT) : path.join(REPO_ROOT, '.output');
const output = (name: string) => path.join(OUTPUT_DIR, name);

/** Shipped builds (`npm run build`) and test builds (`npm run build:e2e`, with lib/e2e/hooks.ts). */
export const BUILDS = {
  chrome: output('chrome-mv3'),
  firefox: output('firefox-mv2'),
  chromeE2e: output('chrome-mv3-e2e'),
  firefoxE2e: output('firefox-mv2-e2e'),
} as const;

/** Debian's browsers only: never a downloaded one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'palmyra-fact-check@example.org';
/** Fixed moz-extension:// host, so tests know the extension's origin in Firefox. */
export const FIREFOX_EXTENSION_UUID = 'c0ffee00-1a2b-4c3d-8e9f-000000e2e000';

export const FIXTURE_PAGES_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'pages');
export const CORPUS_DIR = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'news-pages');

/** Screenshots: test-results/ (gitignored) unless a test saves one for the README. */
export const SCREENSHOT_DIRS = {
  results: path.join(REPO_ROOT, 'test-results', 'screenshots'),
  docs: path.join(REPO_ROOT, 'docs', 'screenshots'),
} as const;

/** Hosts that are the test machine itself; everything else counts as "the network". */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]' || hostname === '::1';
}
