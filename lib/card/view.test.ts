import { describe, expect, it } from 'vitest';
import { dataset } from '@/lib/dispatch/dataset';
import { CardViewSchema, type ClaimSummary } from '@/lib/protocol/messages';
import { lookupIn } from '@/lib/dispatch/lookup';
import { buildCardView as build } from './view';
import type { DatasetT } from '@/core/reference/schema';
import { readFileSync } from 'node:fs';

const lookup = lookupIn();
const buildCardView = (c: ClaimSummary, lang: 'en' | 'fr', viewerUrl: string) => build(c, lang, viewerUrl, lookup(c));

const claim = (over: Partial<ClaimSummary>): ClaimSummary => ({
  id: 'c1', text: '180 soldiers', sentence: 'The army lost 180 soldiers.', kind: 'casualties', verdict: 'contradicted', valueText: '180',
  entryId: 'pro-regime-killed-palmyra', delta: { dimension: 'count', page: 180, reference: 188, difference: -8 }, because: ['soldiers'], region: 'main', datasetId: dataset.id, ...over,
});

describe('card view', () => {
  it('words every entry in both languages, in the shape the content script parses', () => {
    for (const e of dataset.entries) {
      for (const lang of ['en', 'fr'] as const) {
        const view = buildCardView(claim({ entryId: e.id, verdict: 'supported', delta: null }), lang, 'chrome-extension://x/viewer.html');
        expect(CardViewSchema.safeParse(view).success, `${e.id} ${lang}`).toBe(true);
        expect(view.reference?.quote).toBe(e.quote.text);
        expect(view.dispatch?.sentence).toContain(e.quote.text);
        expect(view.viewer?.href).toBe(`chrome-extension://x/viewer.html#${e.id}`);
        expect(view.gloss === null).toBe(lang === 'fr');
      }
    }
  });
  it('gives the difference and the reference figure for a figure that differs', () => {
    const view = buildCardView(claim({}), 'en', 'v.html');
    expect(view.verdictText).toBe('Differs from the reference');
    expect(view.difference?.text).toBe('page 180, reference 188: −8');
    expect(view.reference?.attribution).toMatch(/OSDH/);
  });
  it('says when the reference does not cover a figure', () => {
    const view = buildCardView(claim({ entryId: null, verdict: 'unrelated', delta: null }), 'fr', 'v.html');
    expect(view.reference).toBeNull();
    expect(view.noEntry).toMatch(/ne mentionne pas|pas ce chiffre|n'indique pas|ne donne pas/);
  });
  it("names a reader's dataset, quotes its source in its language, and offers no viewer link (the viewer shows the dispatch)", () => {
    const flood = JSON.parse(readFileSync('test/fixtures/datasets/wendmouth-flood-2023-09-12.json', 'utf8')) as DatasetT;
    const entry = flood.entries[0]!;
    const c = claim({ text: 'nine people', verdict: 'supported', delta: null, entryId: entry.id, datasetId: flood.id });
    const view = build(c, 'fr', 'chrome-extension://x/viewer.html', lookupIn([flood])(c));
    expect(CardViewSchema.safeParse(view).success).toBe(true);
    expect(view.dataset).toEqual({ label: 'Jeu de données', text: flood.source.title.fr });
    expect(view.sourceLang).toBe(flood.source.language);
    expect(view.reference?.quote).toBe(entry.quote.text);
    expect(view.dispatch?.label.startsWith(flood.source.publisher)).toBe(true);
    expect(view.dispatch?.sentence).toContain(entry.quote.text);
    expect(view.viewer).toBeNull();
    // The bundled dispatch's claims keep their link.
    expect(buildCardView(claim({}), 'fr', 'v.html').viewer?.href).toBe('v.html#pro-regime-killed-palmyra');
  });
});
