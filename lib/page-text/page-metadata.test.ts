// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jsonLdDates, parseJsonLd, trimTrailing } from './page-metadata';
import { dateFromClues } from './settle';

/** Milliseconds of one call (wall clock: the bound below is 50× what a linear pass needs). */
function msOf(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** The old `/;+$/` took 5 s here on 100,000 semicolons followed by one other character (Node 20). */
const BOUND_MS = 100;

describe('JSON-LD cleaning', () => {
  it('drops the trailing semicolons, comments and CDATA markers CMSs leave', () => {
    expect(parseJsonLd('{"a":1};;;')).toEqual({ a: 1 });
    expect(parseJsonLd('  <!-- {"a":1}; -->  ')).toEqual({ a: 1 });
    expect(parseJsonLd('//<![CDATA[\n{"a":1}\n//]]>')).toEqual({ a: 1 });
    expect(parseJsonLd(';;;')).toBeUndefined();
    expect(parseJsonLd('{"a":')).toBeUndefined();
    expect(trimTrailing('a;b;;', ';')).toBe('a;b');
    expect(trimTrailing(';;', ';')).toBe('');
    expect(trimTrailing('ab', ';')).toBe('ab');
  });

  it.each([
    ['100,000 semicolons, then a letter', ';'.repeat(100_000) + 'x'],
    ['100,000 semicolons, then a space and one more', '{}' + ';'.repeat(100_000) + ' ;'],
    ['semicolons and spaces in turn', '; '.repeat(100_000)],
    ['comment closers and spaces', '--> '.repeat(50_000) + 'x'],
    ['CDATA closers with slashes and spaces', '// ]]'.repeat(40_000) + 'x'],
    ['slashes', '/'.repeat(200_000)],
  ])('reads %s in linear time', (_name, text) => {
    parseJsonLd('{"warm": "up"};;'); // compiles the regular expressions outside the measure
    const ms = msOf(() => parseJsonLd(text));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('takes the date of a JSON-LD block that ends in 100,000 semicolons, quickly', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-03-27T10:00:00Z"}${';'.repeat(100_000)}</script></head><body></body></html>`,
      'text/html',
    );
    let found: string | undefined;
    expect(msOf(() => (found = dateFromClues({ monthFirst: false, clues: jsonLdDates(doc) })))).toBeLessThan(BOUND_MS * 5);
    expect(found).toBe('2016-03-27');
  });
});
