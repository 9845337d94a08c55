// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/lib/dispatch/dataset';
import { lookupIn } from '@/lib/dispatch/lookup';

const lookup = lookupIn();
import type { ClaimSummary, TabReport } from '@/lib/protocol/messages';
import { PopupView, type PopupViewProps } from './PopupView';
import type { PopupState } from './view';


/** A report of n claims over every entry of the dataset, a third of each verdict. */
function generatedReport(n: number): TabReport {
  const verdicts: ClaimSummary['verdict'][] = ['supported', 'contradicted', 'unrelated'];
  const claims = Array.from({ length: n }, (_, i): ClaimSummary => {
    const verdict = verdicts[i % 3]!;
    const entry = dataset.entries[i % dataset.entries.length]!;
    return {
      id: `claim-${i}`,
      text: `${100 + i} jihadistes`,
      sentence: `Phrase ${i} de la page, où ${100 + i} jihadistes sont morts selon une source.`,
      kind: 'casualties',
      verdict,
      valueText: String(100 + i),
      entryId: verdict === 'unrelated' ? null : entry.id,
      datasetId: verdict === 'unrelated' ? null : dataset.id,
      delta: verdict === 'contradicted' ? { dimension: 'count', page: 100 + i, reference: 400, difference: 100 + i - 400 } : null,
      because: ['jihadistes'],
      region: 'main',
    };
  });
  return { url: 'https://news.example/a', status: 'done', claims, updatedAt: 0, lang: 'fr' };
}

const state = (report: TabReport | null, over: Partial<PopupState> = {}): PopupState => ({
  tabId: 3, loading: false, report, cannotRun: false, siteDisabled: false, scanRequested: false, ...over,
});

function mount(over: Partial<PopupViewProps> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const props: PopupViewProps = {
    lang: 'en', state: state(generatedReport(6)), site: 'news.example', lookup,
    viewerUrl: 'chrome-extension://x/viewer.html', notice: null,
    onReveal: vi.fn(), onCheck: vi.fn(), onSiteToggle: vi.fn(), onExport: vi.fn(), onOpenOptions: vi.fn(), ...over,
  };
  render(<PopupView {...props} />, container);
  return { container, props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PopupView', () => {
  it('lists every claim with data-verdict and its phrase, differs first, with exports and the site switch', () => {
    const { container, props } = mount();
    const items = [...container.querySelectorAll('[data-claim-id]')];
    expect(items).toHaveLength(6);
    expect(items.map((i) => i.getAttribute('data-verdict'))).toEqual(['contradicted', 'contradicted', 'supported', 'supported', 'unrelated', 'unrelated']);
    expect(items[0]!.textContent).toContain('101 jihadistes');
    (items[0]!.querySelector('button') as HTMLButtonElement).click();
    expect(props.onReveal).toHaveBeenCalledWith('claim-1');
    const buttons = [...container.querySelectorAll('.pfc-export button')] as HTMLButtonElement[];
    buttons.forEach((b) => b.click());
    expect(vi.mocked(props.onExport).mock.calls.map((c) => c[0])).toEqual(['json', 'markdown', 'claimreview']);
    expect(container.querySelector('input[role="switch"]')).not.toBeNull();
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toBe('Figures on this page: 2 differ, 2 match, 2 not in the reference');
  });

  it('offers "Check this page" when the page has not been checked, and nothing to export', () => {
    const { container, props } = mount({ state: state(null) });
    expect(container.querySelector('[data-reason="not-checked"]')).not.toBeNull();
    (container.querySelector('.pfc-empty button') as HTMLButtonElement).click();
    expect(props.onCheck).toHaveBeenCalledOnce();
    expect(container.querySelector('.pfc-export')).toBeNull();
  });

  it('says when the extension cannot run on the page, without a switch', () => {
    const { container } = mount({ state: state(null, { cannotRun: true }) });
    expect(container.querySelector('[data-reason="cannot-run"]')).not.toBeNull();
    expect(container.querySelector('input[role="switch"]')).toBeNull();
  });

  it('links to the viewer and the options', () => {
    const { container, props } = mount({ lang: 'fr' });
    const [viewer, options] = [...container.querySelectorAll('.pfc-links a')] as HTMLAnchorElement[];
    expect(viewer!.textContent).toBe('Dépêche de référence');
    expect(viewer!.getAttribute('href')).toBe('chrome-extension://x/viewer.html');
    options!.click();
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('says how many figures the list leaves out, in English and French', () => {
    const report = { ...generatedReport(6), omitted: 4500 };
    const en = mount({ state: state(report) }).container.querySelector('.pfc-omitted')!.textContent;
    expect(en).toBe('The list stops at 500 figures, those about the reference first: 4500 more on this page are not listed.');
    document.body.innerHTML = '';
    const fr = mount({ lang: 'fr', state: state(report) }).container.querySelector('.pfc-omitted')!.textContent;
    expect(fr).toContain('4500 autres de cette page');
    document.body.innerHTML = '';
    expect(mount().container.querySelector('.pfc-omitted')).toBeNull();
  });

  it('explains a report that could not be stored and one that has said "reading" for too long', () => {
    const failed: TabReport = { url: 'https://news.example/a', status: 'error', errorCode: 'storage', error: 'x', claims: [], updatedAt: 0 };
    const stored = mount({ state: state(failed) }).container.querySelector('[data-reason="error"]')!;
    expect(stored.textContent).toContain('too many figures for its report to be kept');
    expect(stored.querySelector('button')).not.toBeNull(); // "Check this page" again
    document.body.innerHTML = '';
    const reading: TabReport = { url: 'https://news.example/a', status: 'scanning', claims: [], updatedAt: 1000 };
    expect(mount({ state: state(reading, { now: 1000 + 19_000 }) }).container.querySelector('[data-reason="scanning"]')).not.toBeNull();
    document.body.innerHTML = '';
    const late = mount({ lang: 'fr', state: state(reading, { now: 1000 + 20_000 }) }).container.querySelector('[data-reason="error"]')!;
    expect(late.textContent).toBe(
      "La vérification a échoué : la page n'a rien dit depuis 20 secondes. Rechargez-la pour réessayer.Vérifier cette page",
    );
  });

  it('paints 200 claims fast (first render, happy-dom)', () => {
    const report = generatedReport(200);
    const container = document.createElement('div');
    document.body.append(container);
    const props = { lang: 'en' as const, state: state(report), site: 'news.example', lookup, viewerUrl: 'x', notice: null, onReveal() {}, onCheck() {}, onSiteToggle() {}, onExport() {}, onOpenOptions() {} };
    // Warm up module-level caches (Intl formatters, sentence memo) as the popup's own import would.
    render(<PopupView {...props} state={state(generatedReport(3))} />, document.createElement('div'));
    const started = performance.now();
    render(<PopupView {...props} />, container);
    const elapsed = performance.now() - started;
    expect(container.querySelectorAll('[data-claim-id]')).toHaveLength(200);
    console.info(`[perf] popup first render with 200 claims (happy-dom): ${elapsed.toFixed(1)} ms`);
    // happy-dom is several times slower than a browser; the browser measurement is in the report.
    // A guard against pathological slowness, not the target (measured in a real browser): happy-dom on
    // a shared 2-core machine under load takes up to ~1.5 s here.
    expect(elapsed).toBeLessThan(4000);
  });

  it('offers the side panel where one can be opened, and not inside the panel itself', () => {
    const onOpenPanel = vi.fn();
    const withLink = mount({ onOpenPanel }).container;
    const link = [...withLink.querySelectorAll('.pfc-links a')].find((a) => a.textContent === 'Side panel') as HTMLAnchorElement;
    link.click();
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
    const inPanel = mount().container;
    expect([...inPanel.querySelectorAll('.pfc-links a')].map((a) => a.textContent)).toEqual(['Reference dispatch', 'Options']);
  });
});
