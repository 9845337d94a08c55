import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/core/engine';
import { compileReference } from '@/core/reference/compile';
import { reference, referenceDataset } from '@/core/reference/dataset';
import type { PageInput } from '@/core/types';
import { MAX_CLAIMS, MAX_SENTENCE } from '@/lib/protocol/bounds';
import { AnalyzeAnswerSchema, TextCheckSchema } from '@/lib/protocol/messages';
import { checkText, KEPT_TABS, TabAnalyses } from './analysis';

const page: PageInput = {
  lang: 'fr',
  published: '2016-03-28',
  title: 'Palmyre reprise par l’armée syrienne',
  blocks: [
    { text: 'Palmyre reprise par l’armée syrienne', region: 'heading' },
    { text: 'L’armée a repris dimanche la cité antique. En 20 jours de combats, 400 jihadistes sont morts.', region: 'main' },
  ],
};
// A paragraph that names no place: only the page it continues says it is about Palmyra.
const later = [{ text: 'Au total, 188 membres des forces prorégime ont péri.', region: 'main' as const }];

/** The bundled reference alone, as the background has it when no dataset was imported. */
const refs = [{ id: referenceDataset.id, reference: reference() }];

const claimsOf = (answer: ReturnType<TabAnalyses['page']>) => ('claims' in answer ? answer.claims : []);

describe('TabAnalyses: the engine in the background', () => {
  it('answers a page with the engine’s claims, each at its block and offsets, within the schema', () => {
    const answer = new TabAnalyses().page(7, 's1', page, refs);
    expect(AnalyzeAnswerSchema.safeParse(answer).success).toBe(true);
    const claims = claimsOf(answer);
    const engine = analyzePage(page, reference()).claims;
    expect(claims.map((c) => [c.block, c.start, c.end, c.verdict])).toEqual(engine.map((c) => [c.block, c.start, c.end, c.verdict]));
    for (const c of claims) expect(page.blocks[c.block]!.text.slice(c.start, c.end)).toBe(c.text);
    expect(claims.find((c) => c.text.includes('400'))?.verdict).toBe('supported');
  });

  it('reads blocks a live page added in the context of its scan, as the continuation of the page', () => {
    const analyses = new TabAnalyses();
    analyses.page(7, 's1', page, refs);
    const claims = claimsOf(analyses.blocks(7, 's1', later, refs));
    expect(claims.map((c) => [c.text, c.verdict, c.block])).toEqual([['188 membres', 'supported', 0]]);
    // Read alone, the same paragraph names nothing the reference is about.
    expect(claimsOf(new TabAnalyses().page(8, 's', { lang: 'fr', blocks: later }, refs)).every((c) => c.verdict === 'unrelated')).toBe(true);
  });

  it('says it lost the page of a scan it no longer holds (a stopped service worker), and rebuilds it from the page sent again', () => {
    const restarted = new TabAnalyses();
    expect(restarted.blocks(7, 's1', later, refs)).toEqual({ lost: true });
    const claims = claimsOf(restarted.blocks(7, 's1', later, refs, page));
    expect(claims.map((c) => [c.verdict, c.block])).toEqual([['supported', 0]]);
    // A newer scan of the tab replaces the old one: blocks of the old scan are no longer its.
    restarted.page(7, 's2', page, refs);
    expect(restarted.blocks(7, 's1', later, refs)).toEqual({ lost: true });
  });

  it('keeps the pages of the most recent tabs only, and forgets a closed tab', () => {
    const analyses = new TabAnalyses();
    for (let tab = 0; tab <= KEPT_TABS; tab++) analyses.page(tab, 's', page, refs);
    expect(analyses.blocks(0, 's', later, refs)).toEqual({ lost: true });
    expect('claims' in analyses.blocks(1, 's', later, refs)).toBe(true);
    analyses.forget(1);
    expect(analyses.blocks(1, 's', later, refs)).toEqual({ lost: true });
  });

  it('clips a 15,000-character sentence to about 300 characters around its figure, keeping the figure; a short one stays whole', () => {
    const filler = 'et les combats ont continué '.repeat(300);
    const block = `Selon l’OSDH, ${filler}400 jihadistes ont été tués à Palmyre ${filler}depuis le début.`;
    const [long] = claimsOf(new TabAnalyses().page(1, 's', { lang: 'fr', published: '2016-03-28', blocks: [{ text: block, region: 'main' }] }, refs)).filter((c) => c.text.includes('400'));
    expect(long!.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(long!.sentence).toContain(long!.text);
    expect([long!.sentence.startsWith('…'), long!.sentence.endsWith('…')]).toEqual([true, true]);
    const [short] = claimsOf(new TabAnalyses().page(1, 's', { lang: 'fr', published: '2016-03-28', blocks: [{ text: 'Au moins 400 jihadistes ont été tués à Palmyre.', region: 'main' }] }, refs));
    expect(short!.sentence).toBe('Au moins 400 jihadistes ont été tués à Palmyre.');
  });
});

describe('checkText: a draft or a selection on its own', () => {
  it('numbers the claims in text order, each within the schema, read with the text’s own context', () => {
    const draft = 'Palmyre reprise par l’armée\n\nL’armée syrienne a repris dimanche la cité. En 20 jours de combats, 400 jihadistes sont morts.\n\nAu total, 180 soldats ont péri.';
    const check = checkText(draft, refs);
    expect(TextCheckSchema.safeParse(check).success).toBe(true);
    expect(check.lang).toBe('fr');
    expect(check.claims.map((c) => [c.id, c.text, c.verdict])).toEqual([
      ['t1', '20 jours', 'supported'],
      ['t2', '400 jihadistes', 'supported'],
      ['t3', '180 soldats', 'contradicted'],
    ]);
    expect(check.omitted).toBe(0);
  });

  it('says nothing about a text that is not about the reference, and finds nothing in a text without figures', () => {
    expect(checkText('The club sold 400 season tickets in 20 days.', refs).claims.every((c) => c.verdict === 'unrelated')).toBe(true);
    expect(checkText('Nothing to count here.', refs)).toEqual({ claims: [], omitted: 0, lang: 'en' });
  });

  it('lists at most MAX_CLAIMS, those tied to the reference first, and counts the rest', () => {
    const many = `À Palmyre, 400 jihadistes sont morts. ${Array.from({ length: 600 }, (_, i) => `Il y a ${i + 2} pommes.`).join(' ')}`;
    const check = checkText(many, refs);
    expect(check.claims).toHaveLength(MAX_CLAIMS);
    expect(check.omitted).toBeGreaterThan(0);
    expect(check.claims[0]).toMatchObject({ id: 't1', verdict: 'supported' });
  });
});

describe('several references', () => {
  /** A reader's dataset that says 417 jihadists died (another outlet's toll), under its own id. */
  const other = (() => {
    const copy = structuredClone(referenceDataset) as typeof referenceDataset;
    copy.id = 'other-toll';
    const entry = copy.entries.find((e) => e.id === 'is-killed-palmyra')!;
    entry.value = { type: 'number', n: 417 };
    return { id: copy.id, reference: compileReference(copy) };
  })();
  const text = 'Palmyre reprise\n\nEn 20 jours de combats à Palmyre, 400 jihadistes sont morts.';
  const of400 = (check: ReturnType<typeof checkText>) => check.claims.find((c) => c.text.includes('400'));

  it('gives a figure the verdict of the first reference that ties it to an entry, and names that reference', () => {
    expect(of400(checkText(text, [...refs, other]))).toMatchObject({ verdict: 'supported', datasetId: referenceDataset.id, entryId: 'is-killed-palmyra' });
    expect(of400(checkText(text, [other, ...refs]))).toMatchObject({ verdict: 'contradicted', datasetId: 'other-toll', entryId: 'is-killed-palmyra' });
    // Each figure once, in text order, whatever the number of references.
    expect(checkText(text, [...refs, other]).claims.map((c) => c.text)).toEqual(checkText(text, refs).claims.map((c) => c.text));
  });

  it('names no dataset for a figure no reference covers', () => {
    const check = checkText('The club sold 400 season tickets.', [...refs, other]);
    expect(check.claims.map((c) => [c.verdict, c.entryId, c.datasetId])).toEqual([['unrelated', null, null]]);
  });
});
