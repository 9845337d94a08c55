import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import raw from '@/data/reference.json';
import { BUNDLED_ID, importDatasetFile, readUserDatasets, removeDataset, setDatasetEnabled, watchUserDatasets } from './store';

const file = (over: object) => JSON.stringify({ ...raw, ...over });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('imported reference datasets', () => {
  it('imports a valid file, enabled, and reads it back validated', async () => {
    expect(await importDatasetFile(file({ id: 'readers-copy' }), 'en', 1000)).toEqual({ ok: true, id: 'readers-copy', replaced: false });
    const [only, ...rest] = await readUserDatasets();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ enabled: true, importedAt: 1000 });
    expect(only!.dataset.id).toBe('readers-copy');
    expect(only!.dataset.entries).toHaveLength(raw.entries.length);
  });

  it('refuses an invalid file with the path of its fault, in the UI language, and changes nothing', async () => {
    await importDatasetFile(file({ id: 'kept' }), 'en');
    const broken = JSON.parse(file({ id: 'broken' }));
    broken.entries[2].value = { type: 'number', n: 'four hundred' };
    const refused = await importDatasetFile(JSON.stringify(broken), 'fr');
    expect(refused).toMatchObject({ ok: false, path: 'entries[2].value.n' });
    expect(refused.ok === false && refused.message).toMatch(/nombre/);
    const notJson = await importDatasetFile('{ "id": ', 'en');
    expect(notJson.ok).toBe(false);
    expect((await readUserDatasets()).map((u) => u.dataset.id)).toEqual(['kept']);
  });

  it('refuses the bundled reference’s id, and replaces a dataset imported again under its id', async () => {
    const clash = await importDatasetFile(file({ id: BUNDLED_ID }), 'en');
    expect(clash).toMatchObject({ ok: false, path: 'id' });
    await importDatasetFile(file({ id: 'readers-copy' }), 'en', 1);
    await setDatasetEnabled('readers-copy', false);
    expect(await importDatasetFile(file({ id: 'readers-copy' }), 'en', 2)).toEqual({ ok: true, id: 'readers-copy', replaced: true });
    expect((await readUserDatasets()).map((u) => [u.dataset.id, u.enabled, u.importedAt])).toEqual([['readers-copy', true, 2]]);
  });

  it('enables, disables and removes one dataset, and tells watchers', async () => {
    await importDatasetFile(file({ id: 'first' }), 'en');
    await importDatasetFile(file({ id: 'second' }), 'en');
    const changed = vi.fn();
    const unwatch = watchUserDatasets(changed);
    await setDatasetEnabled('first', false);
    expect((await readUserDatasets()).map((u) => [u.dataset.id, u.enabled])).toEqual([['first', false], ['second', true]]);
    await removeDataset('second');
    expect((await readUserDatasets()).map((u) => u.dataset.id)).toEqual(['first']);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    unwatch();
  });

  it('skips a stored dataset that no longer loads (storage is input too)', async () => {
    await fakeBrowser.storage.local.set({ 'datasets.imported': [{ dataset: { id: 'junk' }, enabled: true, importedAt: 1 }, 'junk'] });
    await importDatasetFile(file({ id: 'good' }), 'en');
    expect((await readUserDatasets()).map((u) => u.dataset.id)).toEqual(['good']);
  });
});
