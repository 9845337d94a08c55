// `npm start`: builds both extensions, then runs the Chrome build in Debian's Chromium on a demo news
// page served from 127.0.0.1 (the bundled fixture pages), so a new user sees the extension at work.
// With a display, Chromium opens in a window; without one (a server, CI), it runs headless, prints
// the figures the extension highlighted and saves a screenshot of the page with a card open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILDS, CHROMIUM_PATH, highlights, hoverText, launchChromium, serveFixtures, waitForQuiet } from '../test/e2e/harness';

const DEMO = process.argv[2] ?? 'palmyre-reprise-fr.html';

async function main(): Promise<number> {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\nBuilt: ${BUILDS.chrome} and ${BUILDS.firefox}.`);
    console.log('Chromium is not installed (apt-get install -y chromium): load the build by hand, see README.');
    return 0;
  }
  const server = await serveFixtures();
  const url = server.url(DEMO);
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
    const profile = mkdtempSync(join(tmpdir(), 'palmyra-start-'));
    console.log(`\nOpening ${url} in Chromium with the extension (close the window to stop).`);
    const child = spawn(CHROMIUM_PATH, [`--user-data-dir=${profile}`, `--disable-extensions-except=${BUILDS.chrome}`, `--load-extension=${BUILDS.chrome}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', url], { stdio: 'ignore' });
    await new Promise((done) => child.on('exit', done));
    await server.close();
    return 0;
  }
  console.log(`\nNo display: running Chromium headless on ${url}.`);
  const session = await launchChromium(BUILDS.chrome);
  try {
    const page = await session.newPage();
    // tsx compiles with esbuild's keepNames: functions sent to the page call its __name helper.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(url);
    await waitForQuiet(page, { quietMs: 600, minMs: 1200 });
    for (const h of await highlights(page)) if (h.name.startsWith('palmyra-')) console.log(`  ${h.name.replace('palmyra-', '').padEnd(13)} ${h.texts.join(' · ')}`);
    const first = (await highlights(page)).find((h) => h.name.startsWith('palmyra-'))?.texts[0];
    if (first) {
      await hoverText(page, first);
      await new Promise((r) => setTimeout(r, 800));
    }
    const shot = resolve('test-results', 'start.png');
    await page.screenshot({ path: shot });
    console.log(`Screenshot with a card open: ${shot}`);
  } finally {
    await session.close();
    await server.close();
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`start: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
