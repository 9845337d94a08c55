import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isCheckingEnabled,
  normalizeHostname,
  parseSiteList,
  setSetting,
  setSiteDisabled,
  watchSettings,
  type Settings,
} from './index';

const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('hostnames', () => {
  it('normalizes what people paste', () => {
    expect(normalizeHostname('https://www.LeMonde.fr/international/article.html')).toBe('lemonde.fr');
    expect(normalizeHostname(' www.bbc.co.uk. ')).toBe('bbc.co.uk');
    expect(normalizeHostname('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(normalizeHostname('exemple-été.fr')!.startsWith('xn--')).toBe(true);
  });

  it('rejects what is not a hostname', () => {
    for (const bad of ['', '   ', 'not a host', 'a..b', '-a.com', 'javascript:alert(1)', 'x'.repeat(3000)]) {
      expect(normalizeHostname(bad), bad).toBeNull();
    }
  });

  it('parses a typed list, dropping junk and duplicates', () => {
    expect(parseSiteList('lemonde.fr\nwww.lemonde.fr, https://bbc.com/news  ??? \n\n')).toEqual(['lemonde.fr', 'bbc.com']);
  });
});

describe('isCheckingEnabled', () => {
  it('auto mode checks every site but the switched-off ones (and their subdomains)', () => {
    const s = settings({ mode: 'auto', disabledSites: ['lemonde.fr'] });
    expect(isCheckingEnabled(s, 'www.bbc.com')).toBe(true);
    expect(isCheckingEnabled(s, 'www.lemonde.fr')).toBe(false);
    expect(isCheckingEnabled(s, 'blog.lemonde.fr')).toBe(false);
    expect(isCheckingEnabled(s, 'notlemonde.fr')).toBe(true);
  });

  it('click mode never checks by itself', () => {
    expect(isCheckingEnabled(settings({ mode: 'click' }), 'lemonde.fr')).toBe(false);
  });

  it('listed-sites mode checks listed sites only, and the switch still wins', () => {
    const s = settings({ mode: 'listed-sites', listedSites: ['lemonde.fr', 'bbc.com'], disabledSites: ['bbc.com'] });
    expect(isCheckingEnabled(s, 'www.lemonde.fr')).toBe(true);
    expect(isCheckingEnabled(s, 'lefigaro.fr')).toBe(false);
    expect(isCheckingEnabled(s, 'bbc.com')).toBe(false);
  });

  it('is off for something that is not a hostname', () => {
    expect(isCheckingEnabled(settings({}), '')).toBe(false);
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips every setting', async () => {
    await setSetting('mode', 'listed-sites');
    await setSetting('listedSites', ['www.lemonde.fr', 'lemonde.fr', 'bbc.com']);
    await setSetting('showUnrelated', true);
    await setSetting('colours', 'high-contrast');
    await setSetting('uiLanguage', 'fr');
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'listed-sites',
      listedSites: ['lemonde.fr', 'bbc.com'],
      showUnrelated: true,
      colours: 'high-contrast',
      uiLanguage: 'fr',
    });
  });

  it('stores version 1 metadata so later migrations know where to start', async () => {
    // A fresh module: items are defined once per context, as in the extension.
    vi.resetModules();
    const fresh = await import('./index');
    await fresh.setSetting('mode', 'click');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['settings.mode']).toBe('click');
    expect(stored['settings.mode$']).toEqual({ v: 1 });
  });

  it('falls back to defaults, field by field, when stored values are corrupted', async () => {
    await fakeBrowser.storage.local.set({
      'settings.mode': 'always',
      'settings.listedSites': 'lemonde.fr',
      'settings.disabledSites': ['ok.fr', 42, { x: 1 }, '<script>'],
      'settings.showUnrelated': 'yes',
      'settings.colours': 'high-contrast',
      'settings.uiLanguage': { lang: 'fr' },
    });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['ok.fr'],
      colours: 'high-contrast',
    });
  });

  it('refuses to store an invalid value', async () => {
    await expect(setSetting('mode', 'sometimes' as never)).rejects.toThrow();
    expect((await getSettings()).mode).toBe('auto');
  });

  it('the site switch adds and removes a site', async () => {
    await setSiteDisabled('www.lemonde.fr', true);
    await setSiteDisabled('bbc.com', true);
    expect((await getSettings()).disabledSites).toEqual(['lemonde.fr', 'bbc.com']);
    await setSiteDisabled('blog.lemonde.fr', false);
    expect((await getSettings()).disabledSites).toEqual(['bbc.com']);
  });

  it('watchSettings reports the full parsed settings after each change, until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await setSetting('showUnrelated', true);
    await vi.waitFor(() => expect(seen.at(-1)?.showUnrelated).toBe(true));
    await fakeBrowser.storage.local.set({ 'settings.colours': 'neon' });
    await setSetting('mode', 'click');
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ mode: 'click', colours: 'default', showUnrelated: true }));
    unwatch();
    const count = seen.length;
    await setSetting('mode', 'auto');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length).toBe(count);
  });
});
