// Pages that change after load: live updates, edited text, removed text, single-page navigation,
// and the keyboard commands that move from claim to claim. Chromium, built extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, cardState, evaluateIn, highlights, hoverText, launchChromium, serveFixtures, until, waitForQuiet, type ChromiumSession, type StaticServer } from './harness';

let server: StaticServer;
let session: ChromiumSession;

/** Every highlighted phrase with its verdict: "400 militants=supported". */
async function shown(page: Parameters<typeof highlights>[0]): Promise<string[]> {
  const out: string[] = [];
  for (const h of await highlights(page)) {
    const verdict = /^palmyra-(supported|contradicted|unrelated)$/.exec(h.name)?.[1];
    if (verdict) for (const t of h.texts) out.push(`${t}=${verdict}`);
  }
  return out.sort();
}

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchChromium(BUILDS.chrome);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('living pages', () => {
  it('reads new text, edited text and removed text, and follows single-page navigation', async () => {
    const page = await session.newPage();
    await page.goto(server.url('living-page-en.html'));
    await waitForQuiet(page);
    // The page is dated Sunday 27 March 2016: "on Sunday" is the day of the recapture.
    expect(await shown(page)).toEqual(['March 7=supported', 'Sunday=supported']);

    // A live update arrives: its figures are read without reloading.
    await page.evaluate(() => (window as unknown as { addUpdate(t: string): void }).addUpdate('At least 400 jihadists were killed in the battle for Palmyra, the Observatory said.'));
    expect(await until(() => shown(page), (s) => s.length === 3)).toEqual(['At least 400 jihadists=supported', 'March 7=supported', 'Sunday=supported']);

    // The page edits a paragraph: the old figure goes, the new one is checked.
    await page.evaluate(() => (window as unknown as { editFirst(t: string): void }).editFirst('Syrian troops drove Islamic State out of Palmyra on Sunday, after the offensive launched on March 9.'));
    expect(await until(() => shown(page), (s) => s.includes('March 9=contradicted'))).toEqual(['At least 400 jihadists=supported', 'March 9=contradicted', 'Sunday=supported']);

    // The updates are removed: their highlights go with them.
    await page.evaluate(() => (window as unknown as { removeUpdates(): void }).removeUpdates());
    expect(await until(() => shown(page), (s) => s.length === 2)).toEqual(['March 9=contradicted', 'Sunday=supported']);

    // A single-page navigation: the new view is read as a new page.
    await page.evaluate(() =>
      (window as unknown as { goTo(p: string, h: string): void }).goTo('/living-page-en.html?story=2', '<h1>Palmyra: the toll</h1><p>188 soldiers and militiamen died in the battle for Palmyra.</p>'),
    );
    expect(await until(() => shown(page), (s) => s.includes('188 soldiers=supported'))).toEqual(['188 soldiers=supported']);
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    await page.close();
  });

  // The engine runs in the background (an MV3 service worker, which the browser stops when idle) and
  // keeps each tab's page context: a stopped worker must wake, and read new text in the page's context.
  it('keeps checking after its service worker was stopped: an update read in the page’s context, a hover, a new page', async () => {
    const page = await session.newPage();
    await page.goto(server.url('living-page-en.html'));
    await waitForQuiet(page);
    expect(await shown(page)).toEqual(['March 7=supported', 'Sunday=supported']);
    // Stopped through the DevTools protocol, from an extension page (the worker's origin), the way the
    // browser stops an idle one. (Playwright keeps its handle on the worker: the protocol says when.)
    const stopWorkers = async () => {
      const ours = await session.newPage();
      await ours.goto(session.extensionUrl('viewer.html'));
      const cdp = await session.context.newCDPSession(ours);
      const status = new Map<string, string>();
      let onUpdate = () => {};
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) status.set(v.versionId, v.runningStatus);
        onUpdate();
      });
      await cdp.send('ServiceWorker.enable');
      await until(async () => [...status.values()], (s) => s.includes('running'));
      const running = [...status].filter(([, s]) => s === 'running').map(([id]) => id);
      const stopped = new Promise<void>((resolve) => {
        onUpdate = () => running.every((id) => status.get(id) === 'stopped') && resolve();
      });
      for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
      await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker did not stop')), 10_000))]);
      await cdp.detach();
      await ours.close();
    };
    await stopWorkers();
    // Names no place: only the page it continues says it is about Palmyra (read alone it is unrelated).
    await page.evaluate(() => (window as unknown as { addUpdate(t: string): void }).addUpdate('In all, 188 soldiers and militiamen died, the monitor said.'));
    expect(await until(() => shown(page), (s) => s.length === 3)).toEqual(['188 soldiers=supported', 'March 7=supported', 'Sunday=supported']);
    // The hover card's code comes from the (woken) background too.
    await hoverText(page, '188 soldiers');
    expect((await until(() => cardState(page), (c) => c.text.includes('188'))).text).toContain('188');
    // A new page, after another stop.
    await stopWorkers();
    await page.goto(server.url('palmyra-recaptured-en.html'));
    await waitForQuiet(page);
    expect((await shown(page)).length).toBeGreaterThan(0);
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    await page.close();
  });

  it('moves from claim to claim with the keyboard commands, opening each card', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.goto(server.url('palmyra-recaptured-en.html'));
    await waitForQuiet(page);
    const tabId = await session.tabIdOf(page);
    const worker = await session.serviceWorker();
    // As the background does for the manifest's commands (Alt+Shift+. / , / H).
    const send = (type: string) =>
      worker.evaluate(
        ([id, t]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id as number, { type: t }),
        [tabId, type] as const,
      );
    const focused = async () => {
      const seen = await evaluateIn(page, () => {
        const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('palmyra-focus');
        const r = h && [...h][0];
        if (!r) return null;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const box = range.getBoundingClientRect();
        return { text: range.toString(), inView: box.top >= 0 && box.bottom <= innerHeight };
      }, undefined);
      // The card's shadow root is closed: read through the browser's automation (harness/card.ts).
      return seen && { ...seen, card: (await cardState(page)).text };
    };
    await send('next-claim');
    const first = await until(focused, (f) => !!f && f.card.length > 0);
    expect(first?.inView).toBe(true);
    expect(first?.card).toContain(first!.text);
    await send('next-claim');
    const second = await until(focused, (f) => !!f && f.text !== first!.text && f.card.includes(f.text));
    expect(second?.text).not.toBe(first?.text);
    await send('previous-claim');
    expect((await until(focused, (f) => f?.text === first!.text))?.text).toBe(first?.text);
    // Toggling highlights off clears them; on again brings them back.
    await send('toggle-highlights');
    expect(await until(() => shown(page), (s) => s.length === 0)).toEqual([]);
    await send('toggle-highlights');
    expect((await until(() => shown(page), (s) => s.length > 0)).length).toBeGreaterThan(0);
    expect(session.errors.unexpected(), session.errors.format()).toEqual([]);
    await page.close();
  });

  it('shows on the toolbar badge how many figures differ, and clears it on navigation', async () => {
    const page = await session.newPage();
    await page.goto(server.url('palmyra-recaptured-en.html'));
    await waitForQuiet(page);
    const differing = (await shown(page)).filter((s) => s.endsWith('=contradicted')).length;
    expect(differing).toBeGreaterThan(0);
    const tabId = await session.tabIdOf(page);
    const worker = await session.serviceWorker();
    const badge = () =>
      worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id as number }), tabId);
    expect(await until(badge, (b) => b !== '')).toBe(String(differing));
    // A page with nothing the reference covers: the badge is cleared on navigation and stays empty.
    await page.goto(server.url('football-report-en.html'));
    await waitForQuiet(page);
    expect(await until(badge, (b) => b === '')).toBe('');
    await page.close();
  });

  it('reached no network', () => {
    expect(session.network.external, session.network.format()).toEqual([]);
  });
});
