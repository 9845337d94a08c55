import { describe, expect, it } from 'vitest';
import { boundedList, clipEnd, clipSentence, ELLIPSIS, figureInSentence, MAX_SENTENCE, SENTENCE_CHARS } from './bounds';

const words = (n: number, word = 'mot') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('clipSentence', () => {
  it('leaves a sentence that fits as it is', () => {
    const s = 'Au moins 400 jihadistes ont été tués.';
    expect(clipSentence(s, 9, 12)).toBe(s);
    expect(clipSentence('x'.repeat(SENTENCE_CHARS), 0, 1)).toHaveLength(SENTENCE_CHARS);
  });

  it('keeps the figure whole with words on both sides, marking each cut with an ellipsis', () => {
    const before = words(400, 'avant');
    const after = words(400, 'après');
    const s = `${before} 400 jihadistes ${after}`;
    const start = before.length + 1;
    const clipped = clipSentence(s, start, start + '400 jihadistes'.length);
    expect(clipped).toContain('400 jihadistes');
    expect(clipped.startsWith(ELLIPSIS)).toBe(true);
    expect(clipped.endsWith(ELLIPSIS)).toBe(true);
    expect(clipped.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(clipped.length).toBeGreaterThan(SENTENCE_CHARS - 60);
    // Cut between words: every word shown is a whole word of the sentence.
    const inner = clipped.slice(1, -1).split(' ');
    for (const w of inner) expect(s.split(' ')).toContain(w);
    // Roughly centred on the figure.
    const at = clipped.indexOf('400');
    expect(Math.abs(at - (clipped.length - at))).toBeLessThan(80);
  });

  it('gives the whole window to one side when the figure opens or ends the sentence', () => {
    const rest = words(500);
    const atStart = clipSentence(`188 soldats ${rest}`, 0, 11);
    expect(atStart.startsWith('188 soldats')).toBe(true);
    expect(atStart.endsWith(ELLIPSIS)).toBe(true);
    expect(atStart.length).toBeGreaterThan(SENTENCE_CHARS - 30);
    const s = `${rest} 188 soldats`;
    const atEnd = clipSentence(s, s.length - 11, s.length);
    expect(atEnd.endsWith('188 soldats')).toBe(true);
    expect(atEnd.startsWith(ELLIPSIS)).toBe(true);
  });

  it('cuts text without spaces anywhere, never inside a surrogate pair, and bounds a huge figure', () => {
    const s = '😀'.repeat(5000) + '400' + '😀'.repeat(5000);
    const clipped = clipSentence(s, 10_000, 10_003);
    expect(clipped).toContain('400');
    expect(clipped.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(clipped.isWellFormed()).toBe(true);
    const figure = '9'.repeat(1000);
    expect(clipSentence(`a ${figure} b`, 2, 1002).length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(clipEnd('a😀', 2)).toBe('a');
  });

  it('costs the same on a 16,000-character sentence as on a short one', () => {
    const s = words(3000);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) clipSentence(s, 8000, 8003);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('figureInSentence', () => {
  it("finds the figure through the sentence's place in its block, even when the phrase repeats", () => {
    const block = 'Premier bilan. 400 morts ici, puis 400 morts là. Fin.';
    const sentence = 'puis 400 morts là.';
    const second = block.lastIndexOf('400 morts');
    expect(figureInSentence(block, 'Premier bilan. 400 morts ici, puis 400 morts là.', { start: second, end: second + 9, text: '400 morts' })).toEqual({
      start: second,
      end: second + 9,
    });
    expect(figureInSentence(block, sentence, { start: second, end: second + 9, text: '400 morts' })).toEqual({ start: 5, end: 14 });
    // A sentence not found in the block: the phrase's first occurrence, else the start.
    expect(figureInSentence('autre', sentence, { start: 0, end: 9, text: '400 morts' })).toEqual({ start: 5, end: 14 });
    expect(figureInSentence('autre', sentence, { start: 0, end: 3, text: 'absent' })).toEqual({ start: 0, end: 0 });
  });
});

describe('boundedList', () => {
  it('keeps everything under the bound', () => {
    expect(boundedList([1, 2, 3], () => false, 3)).toEqual({ kept: [1, 2, 3], omitted: 0 });
  });

  it('keeps those that matter first, then the others, in their order, and counts the rest', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(boundedList(items, (i) => i % 3 === 0, 5)).toEqual({ kept: [0, 1, 3, 6, 9], omitted: 5 });
    expect(boundedList(items, (i) => i >= 7, 2)).toEqual({ kept: [7, 8], omitted: 8 });
    expect(boundedList(items, () => false, 4)).toEqual({ kept: [0, 1, 2, 3], omitted: 6 });
  });
});
