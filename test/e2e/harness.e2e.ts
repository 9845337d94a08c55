// The harness itself: browsers close for good, even when a test throws; the fixture server stays
// inside its folder.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { BUILDS, processesUsing, serveFixtures, withChromium, withFirefox } from './harness';

it('withChromium and withFirefox leave no process and no profile behind, even when the test throws', async () => {
  const profiles: string[] = [];
  await expect(
    withChromium(BUILDS.chrome, async (session) => {
      profiles.push(session.profileDir);
      expect(processesUsing(session.profileDir).length).toBeGreaterThan(0);
      throw new Error('test failure inside withChromium');
    }),
  ).rejects.toThrow('test failure inside withChromium');
  await expect(
    withFirefox(BUILDS.firefoxE2e, async (session) => {
      profiles.push(session.profileDir);
      expect(processesUsing(session.profileDir).length).toBeGreaterThan(0);
      throw new Error('test failure inside withFirefox');
    }),
  ).rejects.toThrow('test failure inside withFirefox');

  expect(profiles).toHaveLength(2);
  for (const dir of profiles) {
    expect(processesUsing(dir), `processes still using ${dir}`).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
  }
});

it('the fixture server serves its folder only, and records every request', async () => {
  const server = await serveFixtures();
  try {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(server.url('palmyre-reprise-fr.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Palmyre');
    const escape = await fetch(`${server.origin}/..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
    expect(server.requests.map((r) => [r.url, r.status])).toEqual([
      ['/palmyre-reprise-fr.html', 200],
      ['/..%2f..%2fpackage.json', 404],
    ]);
  } finally {
    await server.close();
  }
});
