// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookupIn } from '@/lib/dispatch/lookup';

const lookup = lookupIn();
import { ClaimList, countByVerdict } from './ClaimList';
import { claim, mount } from './test-utils';

const claims = [
  claim({ id: 'a', text: '400 jihadistes', verdict: 'supported' }),
  claim({ id: 'b', text: '12 km', verdict: 'unrelated', entryId: null }),
  claim({ id: 'c', text: '180 soldats', verdict: 'contradicted', entryId: 'pro-regime-killed-palmyra', delta: { dimension: 'count', page: 180, reference: 188, difference: -8 } }),
  claim({ id: 'd', text: '31 morts', verdict: 'supported', entryId: 'brussels-killed' }),
];
const list = (onReveal = vi.fn(), lang: 'en' | 'fr' = 'en') =>
  mount(<ClaimList claims={claims} lang={lang} onReveal={onReveal} lookup={lookup} viewerUrl="chrome-extension://x/viewer.html" />);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ClaimList', () => {
  it('counts by verdict', () => {
    expect(countByVerdict(claims)).toEqual({ contradicted: 1, supported: 2, unrelated: 1 });
    const root = list();
    expect(root.querySelector('.pfc-counts')!.getAttribute('aria-label')).toBe(
      'Figures on this page: 1 differ, 2 match, 1 not in the reference',
    );
  });

  it('groups claims, those that differ first, each with data-verdict and its page phrase', () => {
    const root = list();
    const items = [...root.querySelectorAll('[data-verdict][data-claim-id]')];
    expect(items.map((i) => i.getAttribute('data-verdict'))).toEqual(['contradicted', 'supported', 'supported', 'unrelated']);
    expect(items.map((i) => i.getAttribute('data-claim-id'))).toEqual(['c', 'a', 'd', 'b']);
    expect(items[0]!.textContent).toContain('180 soldats');
    expect(items[0]!.textContent).toContain('page 180, reference 188: −8');
    expect(items[0]!.textContent).toContain('188 people');
    expect(items[0]!.textContent).toContain('AFP dispatch of 27 March 2016: 188 membres des forces prorégime y ont péri.');
    expect(items[0]!.querySelector('mark')!.textContent).toBe('188 membres des forces prorégime y ont péri');
    expect(items[3]!.textContent).toContain('12 km');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      '≠ Differ from the reference (1)',
      '✓ Match the reference (2)',
      '? Not in the reference (1)',
    ]);
  });

  it('reveals a claim on click and on Enter, once each', () => {
    const onReveal = vi.fn();
    const root = list(onReveal);
    const item = root.querySelector('[data-claim-id="d"]')!;
    (item.querySelector('.pfc-claim-details') as HTMLElement).click();
    expect(onReveal).toHaveBeenLastCalledWith('d');
    const button = item.querySelector('button')!;
    button.click();
    expect(onReveal).toHaveBeenCalledTimes(2);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    button.dispatchEvent(enter);
    expect(onReveal).toHaveBeenCalledTimes(3);
    expect(enter.defaultPrevented).toBe(true);
  });

  it('can paint a first slice, then the whole list', async () => {
    const root = mount(
      <ClaimList claims={claims} lang="en" onReveal={vi.fn()} lookup={lookup} viewerUrl="x" firstPaintLimit={2} />,
    );
    expect([...root.querySelectorAll('[data-claim-id]')].map((e) => e.getAttribute('data-claim-id'))).toEqual(['c', 'a']);
    expect(root.querySelector('h2[data-verdict="supported"]')!.textContent).toContain('(2)');
    await vi.waitFor(() => expect(root.querySelectorAll('[data-claim-id]')).toHaveLength(4));
  });

  it('does not reveal when the reader opens the dispatch sentence or a link', () => {
    const onReveal = vi.fn();
    const root = list(onReveal);
    (root.querySelector('[data-claim-id="a"] summary') as HTMLElement).click();
    const link = root.querySelector('[data-claim-id="a"] a') as HTMLElement;
    link.addEventListener('click', (e) => e.preventDefault()); // happy-dom would try to open the URL
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('gives each claim button an accessible description and a French version', () => {
    const root = list(vi.fn(), 'fr');
    const button = root.querySelector('[data-claim-id="c"] button')!;
    expect(button.textContent).toContain('Diffère de la référence');
    const described = root.querySelector(`#${button.getAttribute('aria-describedby')}`)!;
    expect(described.textContent).toContain('Écart\u00a0: page 180, référence 188\u00a0: −8');
  });

  it('lists a text checked on its own (a draft, a selection) with its references, and nothing to reveal', () => {
    const root = mount(<ClaimList claims={claims} lang="fr" scope="text" lookup={lookup} viewerUrl="chrome-extension://x/viewer.html" />);
    expect(root.querySelector('.pfc-counts')!.getAttribute('aria-label')).toBe('Chiffres de ce texte : 1 diffèrent, 2 conformes, 1 hors référence');
    expect(root.querySelectorAll('button')).toHaveLength(0);
    const differs = root.querySelector('[data-claim-id="c"]')!;
    expect(differs.textContent).toContain('180 soldats');
    expect(differs.textContent).toContain('page 180, référence 188');
    expect(differs.textContent).not.toContain('Afficher dans la page');
    (differs.querySelector('.pfc-claim-static') as HTMLElement).click();
  });
});
