// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, getSettings, type Settings } from '@/lib/settings';
import { OptionsApp } from './App';
import { OptionsView } from './Options';

const flush = () => new Promise((r) => setTimeout(r, 0));

function mount(settings: Settings, save = vi.fn(async () => {}), lang: 'en' | 'fr' = 'en') {
  const container = document.createElement('div');
  document.body.append(container);
  render(<OptionsView settings={settings} lang={lang} save={save} />, container);
  return { container, save };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OptionsView', () => {
  it('labels every setting and saves each change at once', async () => {
    const { container, save } = mount({ ...DEFAULT_SETTINGS, disabledSites: ['lemonde.fr', 'bbc.com'] });
    const radio = (name: string, value: string) => container.querySelector(`input[name="${name}"][value="${value}"]`) as HTMLInputElement;
    expect(radio('mode', 'auto').checked).toBe(true);
    radio('mode', 'click').click();
    radio('colours', 'high-contrast').click();
    radio('uiLanguage', 'fr').click();
    (container.querySelector('input[name="showUnrelated"]') as HTMLInputElement).click();
    const textarea = container.querySelector('textarea')!;
    textarea.value = 'https://www.lemonde.fr/x\nnot a site!\nbbc.com';
    textarea.dispatchEvent(new Event('change', { bubbles: true }));
    (container.querySelector('.pfc-disabled-sites button') as HTMLButtonElement).click();
    await flush();
    expect(save.mock.calls).toEqual([
      ['mode', 'click'],
      ['colours', 'high-contrast'],
      ['uiLanguage', 'fr'],
      ['showUnrelated', true],
      ['listedSites', ['lemonde.fr', 'bbc.com']],
      ['disabledSites', ['bbc.com']],
    ]);
    expect(container.querySelector('[role="status"]')!.textContent).toBe('Saved. Open tabs follow at once.');
  });

  it('gives every control an accessible name, in French too', () => {
    const { container } = mount(DEFAULT_SETTINGS, undefined, 'fr');
    for (const input of container.querySelectorAll('input, textarea')) {
      const labelled = input.closest('label') ?? container.querySelector(`label[for="${input.id}"]`);
      expect(labelled?.textContent?.trim().length, input.outerHTML).toBeGreaterThan(0);
    }
    expect(container.querySelector('legend')!.textContent).toBe('Quand vérifier les pages');
  });
});

describe('OptionsApp', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores changes and follows changes made elsewhere', async () => {
    (fakeBrowser.i18n as unknown as { getUILanguage: () => string }).getUILanguage = () => 'en-US';
    const container = document.createElement('div');
    document.body.append(container);
    render(<OptionsApp initial={DEFAULT_SETTINGS} langOverride={null} />, container);
    (container.querySelector('input[name="mode"][value="listed-sites"]') as HTMLInputElement).click();
    await vi.waitFor(async () => expect((await getSettings()).mode).toBe('listed-sites'));
    // Another context (the popup's switch) changes a setting: the page follows.
    await fakeBrowser.storage.local.set({ 'settings.uiLanguage': 'fr' });
    await vi.waitFor(() => expect(container.querySelector('h1')!.textContent).toBe('Vérif Palmyre — options'));
    expect(document.documentElement.lang).toBe('fr');
  });
});
