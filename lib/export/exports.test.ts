import { describe, expect, it } from 'vitest';
import { dataset } from '@/lib/dispatch/dataset';
import { lookupIn } from '@/lib/dispatch/lookup';
import type { ClaimSummary, TabReport } from '@/lib/protocol/messages';
import { Window } from 'happy-dom';
import { defuseAutolinks, escapeMarkdown } from './markdown-escape';
import { stringifyForScript, toClaimReviewJsonLd, toClaimReviews, toJson, toMarkdown, type ExportContext } from './exports';

const ctx: ExportContext = {
  extensionName: 'Palmyra fact-check',
  extensionVersion: '0.1.0',
  today: '2026-11-25',
  source: dataset.source,
  lookup: lookupIn(),
};

const claim = (over: Partial<ClaimSummary> & Pick<ClaimSummary, 'id' | 'verdict'>): ClaimSummary => ({
  text: '400 jihadists',
  sentence: 'In 20 days of fighting, 400 jihadists were killed.',
  kind: 'casualties',
  valueText: '400',
  entryId: 'is-killed-palmyra',
  datasetId: dataset.id,
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

describe('ClaimReview JSON-LD inside a publisher\'s <script>', () => {
  const BREAKOUT = '400 jihadists</script><script>alert(1)</script><!-- <script> & \u2028\u2029 -->';
  const hostile: TabReport = {
    ...report,
    url: 'https://news.example/a?q=</script><script>alert(2)</script>',
    claims: [claim({ id: 'h', verdict: 'supported', sentence: `${BREAKOUT} were killed.` })],
  };
  const jsonLd = toClaimReviewJsonLd(hostile, ctx);

  it('writes no <, >, & or line/paragraph separator, only their \\u escapes', () => {
    expect(jsonLd).not.toMatch(/[<>&\u2028\u2029]/);
    expect(jsonLd).toContain('\\u003c/script\\u003e');
    expect(jsonLd).toContain('\\u0026');
    expect(jsonLd).toContain('\\u2028\\u2029');
  });

  it('parses back to exactly the page text', () => {
    const [review] = JSON.parse(jsonLd) as Record<string, any>[];
    expect(review!.claimReviewed).toBe(`${BREAKOUT} were killed.`);
    expect(review!.itemReviewed.appearance.url).toBe(hostile.url);
    expect(JSON.parse(stringifyForScript({ s: '<>&\u2028\u2029é\u0000' }))).toEqual({ s: '<>&\u2028\u2029é\u0000' });
  });

  it('stays one inert script element when pasted into HTML', () => {
    const window = new Window();
    const doc = window.document;
    doc.write(`<!doctype html><html><head><script type="application/ld+json">${jsonLd}</script></head><body><p>end</p></body></html>`);
    const scripts = doc.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual(JSON.parse(jsonLd));
    expect(doc.body.textContent).toBe('end');
    void window.happyDOM.close();
  });

  it('is what the unescaped JSON would break: the test is not vacuous', () => {
    const window = new Window();
    window.document.write(`<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(toClaimReviews(hostile, ctx))}</script></head><body></body></html>`);
    expect(window.document.querySelectorAll('script').length).toBeGreaterThan(1);
    void window.happyDOM.close();
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

  /** What GitHub-flavoured Markdown links without markup: scheme://, www., e-mail, mailto:/xmpp:. */
  const AUTOLINKS: Array<[string, RegExp]> = [
    ['scheme://', /(?<!\\)[a-z][a-z0-9+.-]*:\/\//i],
    ['www.', /(?:^|[^a-z0-9\\])www\./i],
    ['e-mail', /[a-z0-9._+-](?<!\\)@[a-z0-9-]+\./i],
    ['mailto: / xmpp:', /(?:mailto|xmpp):/i],
  ];

  it('leaves no bare address that a renderer would turn into a link', () => {
    const sentence =
      'See https://evil.example/x?a=1, HTTP://EVIL.EXAMPLE, ftp://files.example, WWW.evil.example and www.evil.example/path, ' +
      'write to me@evil.example or mailto:me@evil.example or xmpp:me@evil.example — 400 jihadists.';
    const hostile = { ...report, claims: [claim({ id: 'u', verdict: 'supported', text: 'https://evil.example 400', sentence })] };
    for (const [name, pattern] of AUTOLINKS) expect(sentence, `the sentence holds a bare ${name}`).toMatch(pattern);
    const md = toMarkdown(hostile, ctx, 'en');
    const body = md.split('\n').filter((line) => !line.startsWith('- URL'));
    for (const [name, pattern] of AUTOLINKS) expect(body.join('\n'), name).not.toMatch(pattern);
    // The escapes render as the characters themselves: unescaping gives the page's words back.
    const line = body.find((l) => l.includes('400 jihadists.'))!;
    expect(line.replace(/\\(.)/g, '$1')).toContain(sentence);
    // The page's own address stays a link: it is ours to write, and only http(s).
    expect(md).toContain('- URL: <https://news.example/palmyra?x=1>');
    expect(toMarkdown({ ...report, url: 'javascript:alert(1)' }, ctx, 'en')).not.toContain('<javascript');
  });

  it('defuses autolinks in one linear pass over long input', () => {
    const big = 'https://a.b www.c.d e@f.g mailto:x '.repeat(30_000);
    const t0 = performance.now();
    const out = defuseAutolinks(big);
    expect(performance.now() - t0).toBeLessThan(500);
    for (const [name, pattern] of AUTOLINKS) expect(out, name).not.toMatch(pattern);
  });
});
