import { describe, expect, it } from 'vitest';
import { SpanSet } from './spans';

describe('SpanSet', () => {
  it('tells overlaps with sealed and recent spans', () => {
    const set = new SpanSet();
    set.add({ start: 10, end: 20 });
    set.add({ start: 30, end: 35 });
    set.seal();
    expect(set.overlaps(0, 10)).toBe(false);
    expect(set.overlaps(19, 25)).toBe(true);
    expect(set.overlaps(20, 30)).toBe(false);
    expect(set.overlaps(0, 100)).toBe(true);
    set.add({ start: 50, end: 60 });
    expect(set.overlaps(55, 56)).toBe(true);
    expect(set.overlaps(60, 61)).toBe(false);
  });
  it('merges passes that interleave, and spans added out of order', () => {
    const set = new SpanSet();
    set.add({ start: 40, end: 45 });
    set.add({ start: 0, end: 5 });
    set.seal();
    set.add({ start: 20, end: 22 });
    set.add({ start: 60, end: 70 });
    set.seal();
    for (const at of [2, 21, 42, 65]) expect(set.overlaps(at, at + 1), `at ${at}`).toBe(true);
    for (const at of [10, 30, 50, 75]) expect(set.overlaps(at, at + 1), `at ${at}`).toBe(false);
  });
  it('stays fast on many spans', () => {
    const set = new SpanSet();
    for (let i = 0; i < 100_000; i++) set.add({ start: i * 10, end: i * 10 + 5 });
    set.seal();
    const t0 = performance.now();
    let hits = 0;
    for (let i = 0; i < 100_000; i++) if (set.overlaps(i * 10 + 4, i * 10 + 6)) hits++;
    expect(hits).toBe(100_000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
