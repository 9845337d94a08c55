// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReferenceDatasetT } from '@/core/reference/schema';
import { articleText, dataset } from '@/lib/dispatch/dataset';
import { COPY_HEADER_ID, focusEntry, Viewer } from './Viewer';

function mount(lang: 'en' | 'fr' = 'en', data: ReferenceDatasetT = dataset, article = articleText) {
  const container = document.createElement('div');
  document.body.append(container);
  render(<Viewer dataset={data} article={article} lang={lang} />, container);
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Viewer', () => {
  it('shows the whole dispatch, every entry lit under its id', () => {
    const root = mount();
    expect(root.querySelector('.pfc-article')!.textContent).toBe(articleText);
    for (const e of dataset.entries) {
      const el = document.getElementById(e.id);
      expect(el?.tagName, e.id).toBe('MARK');
      expect(e.quote.text.startsWith(el!.textContent!), e.id).toBe(true);
    }
    expect(document.getElementById('is-killed-palmyra')!.textContent).toBe('En 20 jours de combats, 400 jihadistes sont morts');
    expect(document.getElementById(COPY_HEADER_ID)!.textContent).toBe('date 2022-02');
  });

  it('has the dataset as a table, with inferences and why', () => {
    const root = mount();
    const rows = root.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(dataset.entries.length);
    const killed = root.querySelector('[data-entry-row="war-killed"]')!.textContent!;
    expect(killed).toContain('more than 270,000 people');
    expect(killed).toContain('« plus de »');
    const inferred = root.querySelector('[data-entry-row="recapture-date"]')!.textContent!;
    expect(inferred).toContain('Resolved against 27 March 2016');
    expect(root.querySelector('[data-entry-row="is-killed-palmyra"]')!.textContent).toContain("selon l'Observatoire syrien");
    expect(root.querySelector('[data-entry-row="is-killed-palmyra"] a')!.getAttribute('href')).toBe('#is-killed-palmyra');
    expect(root.querySelectorAll('thead th')).toHaveLength(7);
  });

  it('explains the date in the UI language', () => {
    expect(mount('en').textContent).toContain(dataset.source.dateExplanation.en);
    document.body.innerHTML = '';
    const fr = mount('fr');
    expect(fr.textContent).toContain(dataset.source.dateExplanation.fr);
    expect(fr.querySelector('h1')!.textContent).toBe('Dépêche de référence');
  });

  it('focuses and lights a deep-linked entry, all its pieces, and its row', () => {
    mount();
    expect(focusEntry(document, '#sorties-window')).toBe(true);
    expect(document.activeElement?.id).toBe('sorties-window');
    const lit = [...document.querySelectorAll('mark.pfc-active')];
    expect(lit.length).toBeGreaterThan(1);
    expect(lit.map((m) => m.textContent).join('')).toBe(dataset.entries.find((e) => e.id === 'sorties-window')!.quote.text);
    expect(document.querySelector('tr.pfc-active')!.getAttribute('data-entry-row')).toBe('sorties-window');
    expect(focusEntry(document, '#nope')).toBe(false);
    expect(document.querySelectorAll('.pfc-active')).toHaveLength(0);
    expect(focusEntry(document, '#%E0%A4%A')).toBe(false);
  });

  it('renders markup in the text as text', () => {
    const hostile = { ...dataset, entries: [] } as unknown as ReferenceDatasetT;
    const root = mount('en', hostile, ' date 2022-02 <img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.pfc-article')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
