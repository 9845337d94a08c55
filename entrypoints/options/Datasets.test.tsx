// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import raw from '@/data/reference.json';
import { readUserDatasets } from '@/lib/datasets/store';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { OptionsApp } from './App';

const flush = () => new Promise((r) => setTimeout(r, 20));

/** A reader's dataset file: the bundled one under another id and title. */
function datasetFile(id: string, over: (d: typeof raw) => void = () => {}): string {
  const d = structuredClone(raw);
  d.id = id;
  d.source.title = { en: `Notes ${id}`, fr: `Notes ${id}` };
  over(d);
  return JSON.stringify(d);
}

async function choose(container: HTMLElement, text: string): Promise<void> {
  const input = container.querySelector('#pfc-dataset-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'dataset.json', { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
  await flush();
}

async function mount(lang: 'en' | 'fr' = 'en'): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  render(<OptionsApp initial={DEFAULT_SETTINGS} langOverride={lang} />, container);
  await flush();
  return container;
}

const rows = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('[data-dataset-id]')].map((li) => li.dataset.datasetId);

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('Options → Reference datasets', () => {
  it('lists the bundled dataset, which cannot be turned off or removed', async () => {
    const c = await mount();
    expect(rows(c)).toEqual([raw.id]);
    const bundled = c.querySelector(`[data-dataset-id="${raw.id}"]`)!;
    expect(bundled.querySelector('input, button')).toBeNull();
    expect(bundled.textContent).toContain('bundled, always on');
    expect(bundled.textContent).toContain(`${raw.entries.length} figures`);
  });

  it('imports a valid file, then turns it off, exports and removes it', async () => {
    const c = await mount();
    await choose(c, datasetFile('readers-notes'));
    expect(c.querySelector('.pfc-datasets .pfc-status')?.textContent).toContain('Imported “Notes readers-notes”');
    await flush();
    expect(rows(c)).toEqual([raw.id, 'readers-notes']);
    const row = c.querySelector('[data-dataset-id="readers-notes"]')!;
    (row.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await flush();
    expect((await readUserDatasets()).map((u) => [u.dataset.id, u.enabled])).toEqual([['readers-notes', false]]);
    // Export: the stored dataset, as a file named after its id, that imports back as the same dataset.
    const saved: { name: string; text: string }[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = ((blob: Blob) => {
      void blob.text().then((text) => saved.push({ name: '', text }));
      return 'blob:test';
    }) as typeof URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, text: '' });
    };
    try {
      ([...row.querySelectorAll('button')].find((b) => b.textContent === 'Export') as HTMLButtonElement).click();
      await flush();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.find((f) => f.name)?.name).toBe('readers-notes.json');
    const exported = JSON.parse(saved.find((f) => f.text)!.text);
    expect(exported.id).toBe('readers-notes');
    expect(exported.entries).toHaveLength(raw.entries.length);
    (row.querySelector('button[aria-label="Remove Notes readers-notes"]') as HTMLButtonElement).click();
    await flush();
    expect(await readUserDatasets()).toEqual([]);
    expect(rows(c)).toEqual([raw.id]);
  });

  it('shows where an invalid file is wrong, in the UI language, and changes nothing', async () => {
    const c = await mount('fr');
    await choose(c, datasetFile('kept'));
    await choose(
      c,
      datasetFile('broken', (d) => {
        (d.entries[4] as { value: unknown }).value = { type: 'number', n: 'quatre cents' };
      }),
    );
    const alert = c.querySelector('[role="alert"]')!;
    expect(alert.querySelector('code')?.textContent).toBe('entries[4].value.n');
    expect(alert.textContent).toMatch(/Non importé, rien n'a changé/);
    expect(alert.textContent).toMatch(/nombre/);
    await flush();
    expect((await readUserDatasets()).map((u) => u.dataset.id)).toEqual(['kept']);
    expect(rows(c)).toEqual([raw.id, 'kept']);
  });
});
