import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ClaimSummary, TabReport } from '@/lib/protocol/messages';
import { badgeFor, BADGE_DIFFERS, BADGE_MATCHES } from './badge';
import { cannotRunOn, sameDocument } from './restricted';
import { contentScriptFile } from './scan';
import { startBackground } from './start';
import { memoryStore, sessionStore } from './store';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;

function claim(id: string, verdict: ClaimSummary['verdict']): ClaimSummary {
  return { id, text: `${id} text`, sentence: 's', kind: 'casualties', verdict, valueText: '1', entryId: null, datasetId: null, delta: null, because: [], region: 'main' };
}
function report(verdicts: ClaimSummary['verdict'][], url = 'https://news.example/a'): TabReport {
  return { url, status: 'done', claims: verdicts.map((v, i) => claim(`c${i}`, v)), updatedAt: 1 };
}
const contentSender = (tabId: number, over: object = {}) => ({ id: ID, tab: { id: tabId } as never, frameId: 0, url: 'https://news.example/a', ...over });
const pageSender = { id: ID, url: `${ORIGIN}popup.html` };

/** The single background listener's answer to a message. */
async function send(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return answers[0];
}

function simpleEvent<T extends (...args: never[]) => unknown>() {
  const listeners: T[] = [];
  return {
    addListener: (l: T) => void listeners.push(l),
    removeListener: () => {},
    hasListener: () => listeners.length > 0,
    fire: (...args: Parameters<T>) => Promise.all(listeners.map((l) => l(...args))),
  };
}

let tabMessages: { tabId: number; message: unknown }[];
let contentScriptIn: Set<number>;
let onCommand: ReturnType<typeof simpleEvent<(command: string, tab?: { id?: number }) => void>>;
let pageMessages: unknown[];
let menus: { created: unknown[]; onClicked: ReturnType<typeof simpleEvent<(info: object, tab?: object) => Promise<void>>> };

beforeEach(() => {
  fakeBrowser.reset();
  tabMessages = [];
  pageMessages = [];
  contentScriptIn = new Set([1, 2]);
  // What fake-browser does not implement: messages to tabs, the manifest, injection, shortcuts.
  fakeBrowser.tabs.sendMessage = vi.fn(async (tabId: number, message: unknown) => {
    tabMessages.push({ tabId, message });
    if (!contentScriptIn.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return undefined;
  }) as never;
  fakeBrowser.runtime.sendMessage = vi.fn(async (message: unknown) => {
    pageMessages.push(message);
  }) as never;
  fakeBrowser.runtime.getManifest = (() => ({ content_scripts: [{ js: ['content-scripts/content.js'], matches: [] }] })) as never;
  fakeBrowser.scripting.executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    if (target.tabId === 9) throw new Error('Cannot access a chrome:// URL');
    contentScriptIn.add(target.tabId);
    return [];
  }) as never;
  onCommand = simpleEvent();
  (fakeBrowser as unknown as { commands: object }).commands = { onCommand };
  menus = { created: [], onClicked: simpleEvent() };
  (fakeBrowser as unknown as { contextMenus: object }).contextMenus = {
    removeAll: async () => void (menus.created = []),
    create: (item: unknown) => void menus.created.push(item),
    onClicked: menus.onClicked,
  };
  fakeBrowser.i18n.getMessage = ((key: string) => `msg:${key}`) as never;
  startBackground();
});

describe('reports', () => {
  it('keeps the latest report per tab and answers get-report from extension pages', async () => {
    expect(await send({ type: 'report', report: report(['supported']) }, contentSender(1))).toEqual({ ok: true });
    expect(await send({ type: 'report', report: report(['contradicted', 'supported']) }, contentSender(1))).toEqual({ ok: true });
    expect(await send({ type: 'report', report: report([]) }, contentSender(2))).toEqual({ ok: true });
    const answer = (await send({ type: 'get-report', tabId: 1 }, pageSender)) as { report: TabReport };
    expect(answer.report.claims.map((c) => c.verdict)).toEqual(['contradicted', 'supported']);
    expect(await send({ type: 'get-report', tabId: 3 }, pageSender)).toEqual({ report: null });
    expect(pageMessages).toContainEqual({ type: 'report-updated', tabId: 1 });
  });

  it('keeps reports in storage.session, so a restarted service worker still has them', async () => {
    await send({ type: 'report', report: report(['supported']) }, contentSender(1));
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored)).toEqual(['tabReport.1']);
    // A new background (the worker restarted) reads the same storage.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    startBackground();
    expect(((await send({ type: 'get-report', tabId: 1 }, pageSender)) as { report: TabReport }).report.claims).toHaveLength(1);
  });

  it('ignores other extensions, web pages, frames, malformed messages and page-only requests from content scripts', async () => {
    const good = { type: 'report', report: report(['supported']) };
    expect(await send(good, { ...contentSender(1), id: 'another-extension' })).toBeUndefined();
    expect(await send(good, { ...contentSender(1), id: undefined })).toBeUndefined();
    expect(await send(good, contentSender(1, { frameId: 3 }))).toBeUndefined();
    expect(await send(good, { id: ID, url: 'https://news.example/' })).toBeUndefined(); // no tab
    for (const bad of [null, 42, 'report', {}, { type: 'report' }, { type: 'report', report: { ...report([]), claims: 'x' } }, { type: 'report', report: report([]), extra: 1 }, { type: '__proto__' }]) {
      expect(await send(bad, contentSender(1))).toBeUndefined();
    }
    // A content script may not read other tabs' reports nor trigger scans.
    expect(await send({ type: 'get-report', tabId: 1 }, contentSender(2))).toBeUndefined();
    expect(await send({ type: 'scan-tab', tabId: 1 }, contentSender(2))).toBeUndefined();
    // A page may not pose as a content script.
    expect(await send(good, { ...pageSender, tab: { id: 1 } })).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it("inserts the highlights' stylesheet into the top frame of the tab that asks, for no one else", async () => {
    const inserted: unknown[] = [];
    fakeBrowser.scripting.insertCSS = vi.fn(async (injection: unknown) => void inserted.push(injection)) as never;
    expect(await send({ type: 'highlight-styles' }, contentSender(4))).toEqual({ ok: true });
    expect(inserted).toEqual([{ target: { tabId: 4, frameIds: [0] }, files: ['content-scripts/content.css'] }]);
    expect(await send({ type: 'highlight-styles' }, contentSender(4, { frameId: 2 }))).toBeUndefined();
    expect(await send({ type: 'highlight-styles' }, pageSender)).toBeUndefined();
    expect(await send({ type: 'highlight-styles', css: 'p{}' }, contentSender(4))).toBeUndefined();
    expect(inserted).toHaveLength(1);
    // A tab the browser refuses (its page went away): an answer, no exception.
    fakeBrowser.scripting.insertCSS = vi.fn(async () => {
      throw new Error('No tab with id: 5');
    }) as never;
    expect(await send({ type: 'highlight-styles' }, contentSender(5))).toEqual({ ok: false });
  });

  it("injects the card's code into the top frame of the tab that asks, for no one else", async () => {
    const injected: unknown[] = [];
    fakeBrowser.scripting.executeScript = vi.fn(async (injection: unknown) => void injected.push(injection)) as never;
    expect(await send({ type: 'card-code' }, contentSender(4))).toEqual({ ok: true });
    expect(injected).toEqual([{ target: { tabId: 4, frameIds: [0] }, files: ['/card.js'] }]);
    expect(await send({ type: 'card-code' }, contentSender(4, { frameId: 2 }))).toBeUndefined();
    expect(await send({ type: 'card-code' }, pageSender)).toBeUndefined();
    expect(await send({ type: 'card-code', file: '/x.js' }, contentSender(4))).toBeUndefined();
    expect(injected).toHaveLength(1);
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    }) as never;
    expect(await send({ type: 'card-code' }, contentSender(5))).toEqual({ ok: false });
  });

  it('opens the viewer at an entry for the card, refusing odd ids', async () => {
    const created: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => void created.push(tab.url!));
    await send({ type: 'open-viewer', entryId: 'is-killed-palmyra' }, contentSender(1));
    await send({ type: 'open-viewer', entryId: '"><script>' }, contentSender(2));
    expect(created).toEqual([`${ORIGIN}viewer.html#is-killed-palmyra`, `${ORIGIN}viewer.html`]);
  });

  it('opens the viewer at most once a second per tab, however many requests a page provokes', async () => {
    let clock = 1_000_000;
    const now = vi.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      const created: string[] = [];
      fakeBrowser.tabs.onCreated.addListener((tab) => void created.push(tab.url!));
      const open = (tabId: number) => send({ type: 'open-viewer', entryId: 'is-killed-palmyra' }, contentSender(tabId));
      const answers = [];
      for (let i = 0; i < 50; i++) answers.push(await open(1));
      expect(created).toHaveLength(1);
      expect(answers.filter((a) => (a as { ok: boolean }).ok)).toHaveLength(1);
      await open(2); // another tab has its own allowance
      expect(created).toHaveLength(2);
      clock += 999;
      await open(1);
      expect(created).toHaveLength(2);
      clock += 1;
      await open(1);
      expect(created).toHaveLength(3);
    } finally {
      now.mockRestore();
    }
  });
});

describe('the engine, run for content scripts', () => {
  const page = {
    lang: 'fr',
    published: '2016-03-28',
    blocks: [{ text: 'À Palmyre, en 20 jours de combats, 400 jihadistes sont morts.', region: 'main' }],
  };
  const added = [{ text: 'Au total, 188 membres des forces prorégime ont péri.', region: 'main' }];
  const verdicts = (answer: unknown) => (answer as { claims: { text: string; verdict: string }[] }).claims.map((c) => [c.text, c.verdict]);

  it('reads a tab’s page and the blocks added to it later, in its context', async () => {
    const first = await send({ type: 'analyze-page', scan: 'a-1', page }, contentSender(1));
    expect(verdicts(first)).toContainEqual(['400 jihadistes', 'supported']);
    expect(verdicts(await send({ type: 'analyze-blocks', scan: 'a-1', blocks: added }, contentSender(1)))).toEqual([['188 membres', 'supported']]);
    // Another tab's scan is not this one's.
    expect(await send({ type: 'analyze-blocks', scan: 'a-1', blocks: added }, contentSender(2))).toEqual({ lost: true });
  });

  it('after the service worker restarted, asks for the page again and reads the blocks in its context', async () => {
    await send({ type: 'analyze-page', scan: 'a-1', page }, contentSender(1));
    fakeBrowser.runtime.onMessage.removeAllListeners();
    startBackground();
    expect(await send({ type: 'analyze-blocks', scan: 'a-1', blocks: added }, contentSender(1))).toEqual({ lost: true });
    expect(verdicts(await send({ type: 'analyze-blocks', scan: 'a-1', blocks: added, page }, contentSender(1)))).toEqual([['188 membres', 'supported']]);
  });

  it('answers an engine that throws with a rejection, not an exception in its listener', async () => {
    const { createMessageHandler } = await import('./router');
    const handler = createMessageHandler({
      analyses: {
        page: () => {
          throw new Error('engine failed');
        },
        blocks: () => ({ lost: true }),
      },
      references: { get: async () => ({ named: [], lookup: () => null }) },
      extensionId: ID,
    } as never);
    const answer = handler({ type: 'analyze-page', scan: 'a-1', page }, contentSender(1) as never);
    await expect(answer).rejects.toThrow('engine failed');
  });

  it('reads nothing for extension pages, frames or malformed pages', async () => {
    expect(await send({ type: 'analyze-page', scan: 'a-1', page }, pageSender)).toBeUndefined();
    expect(await send({ type: 'analyze-page', scan: 'a-1', page }, contentSender(1, { frameId: 3 }))).toBeUndefined();
    expect(await send({ type: 'analyze-page', scan: 'a-1', page: { blocks: [{ text: 1, region: 'main' }] } }, contentSender(1))).toBeUndefined();
    expect(await send({ type: 'analyze-page', scan: 'a-1', page: { ...page, published: 'yesterday' } }, contentSender(1))).toBeUndefined();
  });
});

describe('bounded reports', () => {
  const realSet = fakeBrowser.storage.session.set;
  afterEach(() => {
    fakeBrowser.storage.session.set = realSet;
  });
  const many = (n: number) => ({ ...report([]), claims: Array.from({ length: n }, (_, i) => claim(`c${i}`, 'unrelated')) });

  it('refuses reports beyond the schema limits: 500 claims, 302-character sentences, bounded strings', async () => {
    expect(await send({ type: 'report', report: many(500) }, contentSender(1))).toEqual({ ok: true });
    expect(await send({ type: 'report', report: { ...many(500), omitted: 4500 } }, contentSender(1))).toEqual({ ok: true });
    const refused = [
      many(501),
      { ...many(1), omitted: -1 },
      { ...many(1), omitted: 1.5 },
      { ...report([]), claims: [{ ...claim('a', 'supported'), sentence: 'x'.repeat(303) }] },
      { ...report([]), claims: [{ ...claim('a', 'supported'), text: 'x'.repeat(301) }] },
      { ...report([]), claims: [{ ...claim('a', 'supported'), because: Array(17).fill('w') }] },
      { ...report([]), claims: [{ ...claim('a', 'supported'), id: 'x'.repeat(65) }] },
      { ...report([]), url: `https://a.example/${'x'.repeat(9000)}` },
      { ...report([]), status: 'error', error: 'x'.repeat(301) },
    ];
    for (const bad of refused) expect(await send({ type: 'report', report: bad }, contentSender(1))).toBeUndefined();
    expect(((await send({ type: 'get-report', tabId: 1 }, pageSender)) as { report: TabReport }).report.omitted).toBe(4500);
  });

  it('stores an error report in place of one that does not fit, never leaving "Reading the page…"', async () => {
    await send({ type: 'report', report: { ...report([]), status: 'scanning' } }, contentSender(1));
    // storage.session over its quota: writes of more than a few kilobytes fail.
    const set = realSet.bind(fakeBrowser.storage.session);
    fakeBrowser.storage.session.set = vi.fn(async (items: Record<string, unknown>) => {
      if (JSON.stringify(items).length > 2000) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    }) as never;
    pageMessages.length = 0;
    expect(await send({ type: 'report', report: many(100) }, contentSender(1))).toEqual({ ok: false });
    const stored = ((await send({ type: 'get-report', tabId: 1 }, pageSender)) as { report: TabReport }).report;
    expect(stored).toMatchObject({ status: 'error', errorCode: 'storage', claims: [] });
    expect(pageMessages).toContainEqual({ type: 'report-updated', tabId: 1 });
  });

  it('drops the old report when not even the error fits', async () => {
    await send({ type: 'report', report: { ...report([]), status: 'scanning' } }, contentSender(1));
    fakeBrowser.storage.session.set = vi.fn(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    }) as never;
    expect(await send({ type: 'report', report: many(100) }, contentSender(1))).toEqual({ ok: false });
    expect(await send({ type: 'get-report', tabId: 1 }, pageSender)).toEqual({ report: null });
  });
});

describe('badge', () => {
  it('counts figures that differ, else those that match', () => {
    expect(badgeFor(report(['supported', 'contradicted', 'contradicted', 'unrelated']))).toEqual({ text: '2', color: BADGE_DIFFERS, title: 'differs' });
    expect(badgeFor(report(['supported', 'unrelated', 'supported']))).toEqual({ text: '2', color: BADGE_MATCHES, title: 'matches' });
    expect(badgeFor(report(['unrelated']))).toEqual({ text: '', color: null, title: null });
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor(report(Array(150).fill('contradicted'))).text).toBe('99+');
  });

  it('is set per tab on report and cleared on navigation', async () => {
    await send({ type: 'report', report: report(['contradicted', 'supported']) }, contentSender(1));
    await send({ type: 'report', report: report(['supported']) }, contentSender(2));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 1 })).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 2 })).toEqual([0x1e, 0x6b, 0x34, 255]);
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, {} as never);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect(await send({ type: 'get-report', tabId: 1 }, pageSender)).toEqual({ report: null });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('1');
  });
});

describe('navigation', () => {
  it('keeps the report on a fragment change, drops it when the URL changes', async () => {
    await send({ type: 'report', report: report(['supported'], 'https://news.example/a#top') }, contentSender(1));
    await fakeBrowser.tabs.onUpdated.trigger(1, { url: 'https://news.example/a#part-2' }, {} as never);
    expect(((await send({ type: 'get-report', tabId: 1 }, pageSender)) as { report: TabReport | null }).report).not.toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading', url: 'https://news.example/b' }, {} as never);
    expect(await send({ type: 'get-report', tabId: 1 }, pageSender)).toEqual({ report: null });
    expect(pageMessages.filter((m) => JSON.stringify(m) === JSON.stringify({ type: 'report-updated', tabId: 1 }))).toHaveLength(2);
  });

  it('asks the content script to resend its report once the tab completes, if none came', async () => {
    await send({ type: 'report', report: report(['supported']) }, contentSender(1));
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, {} as never);
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' }, {} as never);
    expect(tabMessages).toEqual([{ tabId: 1, message: { type: 'resend-report' } }]);
    // A new document that reported in time is not asked.
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading' }, {} as never);
    await send({ type: 'report', report: report(['supported']) }, contentSender(2));
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'complete' }, {} as never);
    expect(tabMessages).toHaveLength(1);
  });

  it("never drops the new view's report for the browser's news of an earlier navigation that it handles at the same time", async () => {
    await send({ type: 'report', report: report(['supported'], 'https://news.example/app?view=48') }, contentSender(1));
    // The event for view 49 and the report of view 50 arrive together; neither waits for the other.
    const late = fakeBrowser.tabs.onUpdated.trigger(1, { url: 'https://news.example/app?view=49' }, {} as never);
    const fresh = send({ type: 'report', report: report(['contradicted'], 'https://news.example/app?view=50') }, contentSender(1));
    await Promise.all([late, fresh]);
    const kept = ((await send({ type: 'get-report', tabId: 1 }, pageSender)) as { report: TabReport | null }).report;
    expect(kept?.url).toBe('https://news.example/app?view=50');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('1');
  });

  it('asks the content script for its report at once after a same-document navigation, which never completes', async () => {
    await send({ type: 'report', report: report(['supported'], 'https://news.example/app?view=1') }, contentSender(1));
    await fakeBrowser.tabs.onUpdated.trigger(1, { url: 'https://news.example/app?view=2' }, {} as never);
    expect(tabMessages).toEqual([{ tabId: 1, message: { type: 'resend-report' } }]);
    // A fragment change keeps the report and asks nothing.
    await send({ type: 'report', report: report(['supported'], 'https://news.example/app?view=2') }, contentSender(1));
    await fakeBrowser.tabs.onUpdated.trigger(1, { url: 'https://news.example/app?view=2#more' }, {} as never);
    expect(tabMessages).toHaveLength(1);
  });

  it('forgets a closed tab', async () => {
    await send({ type: 'report', report: report(['supported']) }, contentSender(1));
    await fakeBrowser.tabs.onRemoved.trigger(1, { isWindowClosing: false, windowId: 0 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('scan-tab ("Check this page")', () => {
  it('sends scan to a tab that has the content script', async () => {
    expect(await send({ type: 'scan-tab', tabId: 1 }, pageSender)).toEqual({ outcome: 'sent' });
    expect(tabMessages).toEqual([{ tabId: 1, message: { type: 'scan' } }]);
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('injects the content script where it is missing, then sends scan', async () => {
    expect(await send({ type: 'scan-tab', tabId: 5 }, pageSender)).toEqual({ outcome: 'injected' });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['content-scripts/content.js'] });
    expect(tabMessages.map((m) => m.tabId)).toEqual([5, 5]);
  });

  it("finds the content script's file whether the manifest gives a path or (Firefox) a URL", () => {
    expect(contentScriptFile('content-scripts/content.js')).toBe('content-scripts/content.js');
    expect(contentScriptFile('moz-extension://c0ffee/content-scripts/content.js')).toBe('content-scripts/content.js');
    expect(contentScriptFile('/content-scripts/content.js')).toBe('content-scripts/content.js');
    expect(contentScriptFile('')).toBeNull();
  });

  it('reports pages where the browser forbids scripts', async () => {
    expect(await send({ type: 'scan-tab', tabId: 9 }, pageSender)).toEqual({ outcome: 'cannot-run', error: 'Cannot access a chrome:// URL' });
  });
});

describe('commands', () => {
  it('forwards next, previous and toggle to the tab, and nothing else', async () => {
    await onCommand.fire('next-claim', { id: 2 });
    await onCommand.fire('previous-claim', { id: 2 });
    await onCommand.fire('toggle-highlights', { id: 2 });
    await onCommand.fire('_execute_action', { id: 2 });
    await onCommand.fire('toString', { id: 2 });
    expect(tabMessages).toEqual([
      { tabId: 2, message: { type: 'next-claim' } },
      { tabId: 2, message: { type: 'previous-claim' } },
      { tabId: 2, message: { type: 'toggle-highlights' } },
    ]);
  });

  it('falls back to the active tab when the browser gives none, and survives a tab without content script', async () => {
    (fakeBrowser.tabs as unknown as { query: unknown }).query = async () => [{ id: 7 }];
    await onCommand.fire('next-claim');
    expect(tabMessages).toEqual([{ tabId: 7, message: { type: 'next-claim' } }]);
  });
});

describe('stores and URLs', () => {
  it('memory and session stores behave alike', async () => {
    for (const store of [memoryStore(), sessionStore(fakeBrowser.storage.session as never)]) {
      expect(await store.get(1)).toBeNull();
      await store.set(1, report(['supported']));
      expect((await store.get(1))?.claims).toHaveLength(1);
      await store.delete(1);
      expect(await store.get(1)).toBeNull();
    }
  });

  it('a corrupted stored report reads as none', async () => {
    await fakeBrowser.storage.session.set({ 'tabReport.4': { url: 1 } });
    expect(await sessionStore(fakeBrowser.storage.session as never).get(4)).toBeNull();
  });

  it('knows where the extension cannot run', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'edge://settings', 'view-source:https://a.fr', 'file:///tmp/a.html', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/fr/firefox/', 'https://example.org/report.PDF', 'moz-extension://x/popup.html']) {
      expect(cannotRunOn(url), url).toBe(true);
    }
    for (const url of ['https://www.lemonde.fr/international/', 'http://127.0.0.1:8080/fixture.html', undefined]) {
      expect(cannotRunOn(url), String(url)).toBe(false);
    }
    expect(sameDocument('https://a.fr/x#1', 'https://a.fr/x#2')).toBe(true);
    expect(sameDocument('https://a.fr/x', 'https://a.fr/y')).toBe(false);
  });
});

describe('drafts and selections', () => {
  const text = 'Palmyre reprise\n\nEn 20 jours de combats, 400 jihadistes sont morts à Palmyre.';
  const checked = (answer: unknown) => (answer as { claims: { id: string; text: string; verdict: string }[] }).claims.map((c) => [c.id, c.text, c.verdict]);

  it('checks a draft sent by an extension page, and for no content script', async () => {
    const answer = await send({ type: 'check-text', text }, pageSender);
    expect(checked(answer)).toContainEqual(['t2', '400 jihadistes', 'supported']);
    expect(await send({ type: 'check-text', text }, contentSender(1))).toBeUndefined();
    expect(await send({ type: 'check-text', text: 42 }, pageSender)).toBeUndefined();
  });

  it('offers "Check this selection" on selected text, and keeps what a click checked for its window’s panel', async () => {
    await vi.waitFor(() => expect(menus.created).toEqual([{ id: 'check-selection', title: 'msg:menuCheckSelection', contexts: ['selection'] }]));
    expect(await send({ type: 'get-selection', windowId: 4 }, pageSender)).toEqual({ selection: null });
    await menus.onClicked.fire({ menuItemId: 'check-selection', selectionText: text }, { id: 1, windowId: 4 });
    const { selection } = await vi.waitFor(async () => {
      const answer = (await send({ type: 'get-selection', windowId: 4 }, pageSender)) as { selection: { text: string; check: unknown } | null };
      expect(answer.selection).not.toBeNull();
      return answer as { selection: { text: string; check: unknown } };
    });
    expect(selection.text).toBe(text);
    expect(checked(selection.check)).toContainEqual(['t2', '400 jihadistes', 'supported']);
    expect(pageMessages).toContainEqual({ type: 'selection-checked', windowId: 4 });
    // Another window's panel has nothing; a content script cannot ask.
    expect(await send({ type: 'get-selection', windowId: 5 }, pageSender)).toEqual({ selection: null });
    expect(await send({ type: 'get-selection', windowId: 4 }, contentSender(1))).toBeUndefined();
  });
});

describe('imported datasets', () => {
  it('reads again the pages checked so far when the imported datasets change, not those where checking is off', async () => {
    const { importDatasetFile } = await import('@/lib/datasets/store');
    const raw = (await import('@/data/reference.json')).default;
    await send({ type: 'report', report: report(['supported']) }, contentSender(1));
    await send({ type: 'report', report: { ...report([]), status: 'disabled' } }, contentSender(2));
    tabMessages = [];
    expect(await importDatasetFile(JSON.stringify({ ...raw, id: 'readers-copy' }), 'en')).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(tabMessages).toEqual([{ tabId: 1, message: { type: 'scan' } }]));
  });
});
