// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCardView } from '@/lib/card/view';
import { dataset } from '@/lib/dispatch/dataset';
import { lookupIn } from '@/lib/dispatch/lookup';
import { ClaimCard } from './ClaimCard';
import { CLAIM_CARD_CSS } from './card-css';
import { claim, mount } from './test-utils';

const viewerUrl = 'chrome-extension://abc/viewer.html';
const lookup = lookupIn();
const entry = dataset.entries.find((e) => e.id === 'pro-regime-killed-palmyra')!;
const differs = claim({ id: 'c1', text: '180 soldats', verdict: 'contradicted', entryId: entry.id, delta: { dimension: 'count', page: 180, reference: 188, difference: -8 } });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ClaimCard', () => {
  it('shows the phrase, the verdict in words, the reference figure with attribution, the difference, the sentence and gloss, the date and the viewer link', () => {
    const root = mount(
      <ClaimCard view={buildCardView(differs, 'en', viewerUrl, lookup(differs))} />,
    );
    const text = root.textContent!;
    expect(text).toContain('180 soldats');
    expect(text).toContain('Differs from the reference');
    expect(text).toContain('188 people');
    expect(text).toContain('« 188 membres des forces prorégime y ont péri » — selon');
    expect(text).toContain('page 180, reference 188: −8');
    expect(text).toContain('AFP dispatch of 27 March 2016');
    expect(text).toContain('188 membres des forces prorégime y ont péri.');
    expect(text).toContain(entry.gloss);
    expect(root.querySelector('mark')!.textContent).toBe(entry.quote.text);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`${viewerUrl}#pro-regime-killed-palmyra`);
    expect(root.querySelector('[aria-label]')!.getAttribute('aria-label')).toBe('Fact-check of “180 soldats”');
  });

  it('in French: French words, no English gloss', () => {
    const root = mount(
      <ClaimCard view={buildCardView(differs, 'fr', viewerUrl, lookup(differs))} />,
    );
    expect(root.textContent).toContain('Diffère de la référence');
    expect(root.textContent).toContain('Dépêche AFP du 27 mars 2016');
    expect(root.textContent).not.toContain(entry.gloss);
  });

  it('says when the reference does not cover the figure', () => {
    const root = mount(
      <ClaimCard view={buildCardView(claim({ id: 'u', verdict: 'unrelated', entryId: null, text: '12 km' }), 'en', viewerUrl, null)} />,
    );
    expect(root.textContent).toContain('Not in the reference');
    expect(root.textContent).toContain('does not state this figure');
    expect(root.querySelector('a')!.getAttribute('href')).toBe(viewerUrl);
  });

  it('with onOpenViewer, is a button that hands it the click, and holds no URL at all', () => {
    const onOpenViewer = vi.fn();
    const root = mount(
      <ClaimCard view={buildCardView(differs, 'en', viewerUrl, lookup(differs))} onOpenViewer={onOpenViewer} />,
    );
    expect(root.querySelector('a')).toBeNull();
    expect(root.outerHTML).not.toContain('chrome-extension:');
    expect(root.outerHTML).not.toContain('viewer.html');
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Show in the reference dispatch');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    expect(onOpenViewer).toHaveBeenCalledWith('pro-regime-killed-palmyra', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('renders hostile page text as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)></style><a href="javascript:alert(1)">x</a>\u202Egnp.exe';
    const root = mount(
      <ClaimCard view={buildCardView(claim({ id: 'h', text: hostile, verdict: 'unrelated', entryId: null }), 'en', viewerUrl, null)} />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('a')).toHaveLength(1);
    expect(root.querySelector('.pfc-phrase')!.textContent).toBe(hostile);
  });

  it('renders every entry of the dataset in both languages', () => {
    for (const e of dataset.entries) {
      for (const lang of ['en', 'fr'] as const) {
        const root = mount(
          <ClaimCard view={buildCardView(claim({ id: e.id, entryId: e.id }), lang, viewerUrl, lookup({ entryId: e.id }))} />,
        );
        expect(root.querySelector('mark')?.textContent, e.id).toBe(e.quote.text);
        root.remove();
      }
    }
  });

  it('ships its CSS as a string for a shadow root, with light, dark and high-contrast schemes', () => {
    expect(CLAIM_CARD_CSS).toContain('.pfc-card');
    expect(CLAIM_CARD_CSS).toContain('prefers-color-scheme: dark');
    expect(CLAIM_CARD_CSS).toContain("data-colours='high-contrast'");
    expect(CLAIM_CARD_CSS).not.toMatch(/url\(|@import|@font-face/);
  });
});
