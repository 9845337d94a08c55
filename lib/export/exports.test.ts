import { describe, expect, it } from 'vitest';
import { dataset, dispatchSentenceOf, entryById } from '@/lib/dispatch/dataset';
import type { ClaimSummary, TabReport } from '@/lib/protocol/messages';
import { escapeMarkdown } from './markdown-escape';
import { toClaimReviewJsonLd, toClaimReviews, toJson, toMarkdown, type ExportContext } from './exports';

const ctx: ExportContext = {
  extensionName: 'Palmyra fact-check',
  extensionVersion: '0.1.0',
  today: '2026-11-25',
  source: dataset.source,
  lookup: (id) => {
    const entry = entryById(id);
    return entry ? { entry, sentence: dispatchSentenceOf(entry) } : null;
  },
};

const claim = (over: Partial<ClaimSummary> & Pick<ClaimSummary, 'id' | 'verdict'>): ClaimSummary => ({
  text: '400 jihadists',
  sentence: 'In 20 days of fighting, 400 jihadists were killed.',
  kind: 'casualties',
  valueText: '400',
  entryId: 'is-killed-palmyra',
  delta: null,
  because: [],
  region: 'main',
  ...over,
});

const report: TabReport = {
  url: 'https://news.example/palmyra?x=1',
  status: 'done',
  lang: 'en',
  updatedAt: Date.UTC(2026, 10, 25, 9),
  claims: [
    claim({ id: 'a', verdict: 'supported' }),
    claim({ id: 'b', verdict: 'unrelated', entryId: null, text: '12 km', sentence: 'It is 12 km away.' }),
    claim({ id: 'c', verdict: 'contradicted', entryId: 'pro-regime-killed-palmyra', text: '180 soldiers', sentence: '180 soldiers died.', delta: { dimension: 'count', page: 180, reference: 188, difference: -8 } }),
  ],
};

describe('ClaimReview JSON-LD', () => {
  const reviews = toClaimReviews(report, ctx) as Record<string, any>[];

  it('has one ClaimReview per claim matched to the reference, differs first', () => {
    expect(reviews).toHaveLength(2);
    expect(reviews.map((r) => r.claimReviewed)).toEqual(['180 soldiers died.', 'In 20 days of fighting, 400 jihadists were killed.']);
  });

  it('has the schema.org shape', () => {
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.author).toEqual({ '@type': 'Organization', name: 'Palmyra fact-check' });
      expect(r.itemReviewed).toEqual({ '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: 'https://news.example/palmyra?x=1' } });
      const rating = r.reviewRating;
      expect(rating['@type']).toBe('Rating');
      expect(rating.worstRating).toBeLessThan(rating.bestRating);
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
      expect(r.isBasedOn).toMatchObject({ '@type': 'NewsArticle', datePublished: '2016-03-27' });
    }
  });

  it('rates with words and a coherent value', () => {
    const [differs, supported] = reviews;
    expect(differs!.reviewRating).toMatchObject({ alternateName: 'Differs from AFP, 27 Mar 2016', ratingValue: 1 });
    expect(differs!.reviewRating.ratingExplanation).toContain('188 people');
    expect(differs!.reviewRating.ratingExplanation).toContain('page 180, reference 188: −8');
    expect(supported!.reviewRating).toMatchObject({ alternateName: 'Supported by AFP, 27 Mar 2016', ratingValue: 5 });
  });

  it('is valid JSON and empty when nothing matched', () => {
    expect(JSON.parse(toClaimReviewJsonLd(report, ctx))).toEqual(reviews);
    expect(toClaimReviews({ ...report, claims: [report.claims[1]!] }, ctx)).toEqual([]);
  });
});

describe('JSON export', () => {
  it('lists every claim with its reference', () => {
    const doc = JSON.parse(toJson(report, ctx));
    expect(doc.page.url).toBe(report.url);
    expect(doc.counts).toEqual({ contradicted: 1, supported: 1, unrelated: 1 });
    expect(doc.claims.map((c: ClaimSummary) => c.id)).toEqual(['c', 'a', 'b']);
    expect(doc.claims[0].reference.sentence).toBe('188 membres des forces prorégime y ont péri.');
    expect(doc.claims[2].reference).toBeNull();
    expect(doc.reference.date).toBe('2016-03-27');
  });
});

describe('Markdown export', () => {
  it('groups claims with their reference and difference, in the UI language', () => {
    const md = toMarkdown(report, ctx, 'en');
    expect(md).toContain('## Differ from the reference (1)');
    expect(md).toContain('**180 soldiers**');
    expect(md).toContain('page 180, reference 188: −8');
    expect(md.indexOf('Differ from')).toBeLessThan(md.indexOf('Match the reference'));
    expect(toMarkdown(report, ctx, 'fr')).toContain('## Diffèrent de la référence (1)');
  });

  it('cannot be made to carry links or HTML by the page', () => {
    const hostile = { ...report, claims: [claim({ id: 'h', verdict: 'unrelated', entryId: null, text: '[x](javascript:alert(1))', sentence: '<img src=x onerror=alert(1)>\n# title' })] };
    const md = toMarkdown(hostile, ctx, 'en');
    expect(md).not.toContain('](');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img');
    expect(md).not.toMatch(/\n# title/);
    expect(escapeMarkdown('a*b_c')).toBe('a\\*b\\_c');
  });
});
