// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ClaimSummary, TabReport } from '@/lib/protocol/messages';
import { DEFAULT_SETTINGS, getSettings, type Settings } from '@/lib/settings';
import { Popup, type PopupInit } from './App';

const claim = (id: string, verdict: ClaimSummary['verdict'], entryId: string | null = null): ClaimSummary => ({
  id, text: `${id} phrase`, sentence: 's', kind: 'casualties', verdict, valueText: '1', entryId, datasetId: entryId ? 'afp-palmyra-2016-03-27' : null, delta: null, because: [], region: 'main',
});
const report = (claims: ClaimSummary[]): TabReport => ({ url: 'https://www.lemonde.fr/a', status: 'done', claims, updatedAt: 1 });

let sent: unknown[];
let tabMessages: { tabId: number; message: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  tabMessages = [];
  (fakeBrowser.i18n as unknown as { getUILanguage: () => string }).getUILanguage = () => 'en-GB';
  fakeBrowser.runtime.sendMessage = vi.fn(async (m: unknown) => {
    sent.push(m);
    return { outcome: 'sent' };
  }) as never;
  fakeBrowser.tabs.sendMessage = vi.fn(async (tabId: number, message: unknown) => {
    tabMessages.push({ tabId, message });
    if (tabId === 99) throw new Error('Receiving end does not exist.');
  }) as never;
  fakeBrowser.runtime.getManifest = (() => ({ version: '0.1.0' })) as never;
});

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(over: Partial<PopupInit> = {}, settings: Settings = DEFAULT_SETTINGS) {
  const container = document.createElement('div');
  document.body.append(container);
  const init: PopupInit = { settings, langOverride: null, tabId: 5, tabUrl: undefined, forActiveTab: false, report: null, ...over };
  render(<Popup init={init} />, container);
  return container;
}

const ids = (root: HTMLElement) => [...root.querySelectorAll('[data-claim-id]')].map((e) => e.getAttribute('data-claim-id'));

describe('Popup', () => {
  it('shows a scan that finishes while it is open', async () => {
    const root = mount();
    expect(root.querySelector('[data-reason="not-checked"]')).not.toBeNull();
    // Effects (the listener) run after the first paint.
    await vi.waitFor(() => expect((fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners()).toBe(true));
    await fakeBrowser.storage.session.set({ 'tabReport.5': report([claim('a', 'supported', 'is-killed-palmyra'), claim('b', 'contradicted', 'brussels-killed')]) });
    // Not from this extension: ignored.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'report-updated', tabId: 5 }, { id: 'other' } as never);
    await new Promise((r) => setTimeout(r, 50));
    expect(ids(root)).toEqual([]);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'report-updated', tabId: 5 }, { id: fakeBrowser.runtime.id } as never);
    await vi.waitFor(() => expect(ids(root)).toEqual(['b', 'a']));
  });

  it('reveals a claim in its tab, and says so when the page cannot be reached', async () => {
    const root = mount({ report: report([claim('a', 'supported', 'is-killed-palmyra')]) });
    (root.querySelector('[data-claim-id="a"] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(tabMessages).toEqual([{ tabId: 5, message: { type: 'reveal', claimId: 'a' } }]));
    document.body.innerHTML = '';
    const other = mount({ tabId: 99, report: report([claim('a', 'supported', 'is-killed-palmyra')]) });
    (other.querySelector('[data-claim-id="a"] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(other.querySelector('.pfc-notice')!.textContent).toBe('Could not reach the page to show this figure.'));
  });

  it('checks the page by itself in "only when I click" mode when opened from the toolbar', async () => {
    mount({ forActiveTab: true, tabUrl: 'https://www.lemonde.fr/a' }, { ...DEFAULT_SETTINGS, mode: 'click' });
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'scan-tab', tabId: 5 }]));
  });

  it('asks the page for its report when the background has none', async () => {
    mount();
    await vi.waitFor(() => expect(tabMessages).toEqual([{ tabId: 5, message: { type: 'resend-report' } }]));
    tabMessages.length = 0;
    mount({ report: report([claim('a', 'supported')]) });
    await new Promise((r) => setTimeout(r, 150));
    expect(tabMessages).toEqual([]);
  });

  it('does not check by itself in other modes, nor on pages where it cannot run', async () => {
    mount({ forActiveTab: true, tabUrl: 'https://www.lemonde.fr/a' });
    const cannot = mount({ forActiveTab: true, tabUrl: 'chrome://settings/' }, { ...DEFAULT_SETTINGS, mode: 'click' });
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
    expect(cannot.querySelector('[data-reason="cannot-run"]')).not.toBeNull();
  });

  it('turns checking off for the site with the switch', async () => {
    const root = mount({ report: report([claim('a', 'supported', 'is-killed-palmyra')]) });
    const input = root.querySelector('input[role="switch"]') as HTMLInputElement;
    expect(root.querySelector('.pfc-switch label')!.textContent).toBe('Check this site (lemonde.fr)');
    input.click();
    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['lemonde.fr']));
    await vi.waitFor(() => expect(root.querySelector('[data-reason="disabled-site"]')).not.toBeNull());
  });

  it('exports the claims as a file', async () => {
    const clicks: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const root = mount({ report: report([claim('a', 'supported', 'is-killed-palmyra')]) });
    for (const b of root.querySelectorAll('.pfc-export button')) (b as HTMLButtonElement).click();
    spy.mockRestore();
    expect(clicks.map((f) => f.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).toEqual([
      'palmyra-check-www.lemonde.fr-DATE.json',
      'palmyra-check-www.lemonde.fr-DATE.md',
      'palmyra-check-www.lemonde.fr-DATE.jsonld',
    ]);
    await vi.waitFor(() => expect(root.querySelector('.pfc-notice')!.textContent).toMatch(/^Downloaded palmyra-check-.*\.jsonld\.$/));
  });
});
