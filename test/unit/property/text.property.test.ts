// Property-based tests of the engine's text readers (tokens, numbers, dates, sentences, plain-text
// blocks) on generated text: no exception, spans inside the text, sorted and disjoint, and values
// that make sense. 90,000 generated inputs (budget.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '@/core/dates/parse';
import { findNumbers } from '@/core/numbers/spot';
import { blocksFromPlainText } from '@/core/text/plain';
import { splitSentences } from '@/core/text/sentences';
import { tokenize } from '@/core/text/tokens';
import { fragment, pageText } from './arbitraries';
import { RUNS, SCALE } from './budget';

interface Span {
  start: number;
  end: number;
}

/** Spans are non-empty, inside [from, to], sorted and disjoint. */
function expectOrderedSpans(spans: readonly Span[], from: number, to: number, what: string): void {
  let previousEnd = from;
  for (const s of spans) {
    expect(s.start >= previousEnd && s.start < s.end && s.end <= to, `${what} ${s.start}-${s.end} after ${previousEnd}, text ${to}`).toBe(true);
    previousEnd = s.end;
  }
}

/** `i`, moved back one unit when it would split a surrogate pair. */
function onCodePointBoundary(text: string, i: number): number {
  const high = text.charCodeAt(i - 1);
  const low = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? i - 1 : i;
}

/** Text with some paragraph and line breaks, as plain-text input and multi-line blocks have. */
const multiline = fc
  .array(fc.tuple(pageText, fc.constantFrom('\n', '\n\n', '\n \t\n', '\r\n', ' ', '\n\u00a0\n', '')), { maxLength: 6 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

describe('text readers on generated text', () => {

  it(`tokenize: ordered tokens whose text is what their type says (${RUNS.tokenize} texts)`, () => {
    let seen = 0;
    fc.assert(
      fc.property(pageText, (text) => {
        seen++;
        const tokens = tokenize(text);
        expectOrderedSpans(tokens, 0, text.length, 'token');
        for (const t of tokens) {
          const raw = text.slice(t.start, t.end);
          if (t.type === 'number') {
            expect(raw).toMatch(/^\p{N}+$/u);
            expect(t.norm).toBe(raw);
          } else if (t.type === 'punct') expect(raw.length).toBe(1);
          else {
            expect(raw).toMatch(/^\p{L}[\p{L}\p{M}]*$/u);
            expect(t.norm).toBe(t.norm.toLowerCase());
          }
        }
        // What lies between tokens holds no token: no letter, digit or kept punctuation is dropped.
        let at = 0;
        for (const t of [...tokens, { start: text.length, end: text.length }]) {
          expect(tokenize(text.slice(at, t.start))).toEqual([]);
          at = t.end;
        }
      }),
      { numRuns: RUNS.tokenize },
    );
    expect(seen, 'inputs run').toBe(RUNS.tokenize);
  }, 60_000 * SCALE);

  it('tokenize: a letter or digit outside the basic plane is a word or a number, not punctuation', () => {
    // Mathematical bold letters (styled text pasted from social media), CJK extension B, Gothic; a
    // mathematical digit. The type test reads only the first UTF-16 unit, half of a surrogate pair.
    for (const word of ['\u{1D42C}\u{1D428}\u{1D425}\u{1D41D}\u{1D41A}\u{1D42D}\u{1D42C}', '\u{20000}', '\u{10330}\u{10331}']) {
      expect(tokenize(`400 ${word}`).map((t) => t.type), word).toEqual(['number', 'word']);
    }
    expect(tokenize('\u{1D7CF}\u{1D7D0}').map((t) => t.type)).toEqual(['number']);
  });

  it(`tokenize(text, from, to) stays inside its window and agrees with the whole text's tokens (${RUNS.tokenizeWindow} texts)`, () => {
    let seen = 0;
    fc.assert(
      fc.property(pageText, fc.nat(), fc.nat(), (text, a, b) => {
        seen++;
        // Windows start and end between code points: the tokenizer's regex is in unicode mode, and
        // no caller cuts a surrogate pair (see the report of issue 6 for what happens then).
        const from = onCodePointBoundary(text, a % (text.length + 1));
        const to = onCodePointBoundary(text, from + (b % (text.length - from + 1)));
        const inside = tokenize(text, from, to);
        expectOrderedSpans(inside, from, to, 'token');
        // A token wholly inside the window of the whole text is found by the windowed call too.
        const whole = tokenize(text).filter((t) => t.start >= from && t.end <= to);
        const starts = new Set(inside.map((t) => t.start));
        for (const t of whole) expect(starts.has(t.start)).toBe(true);
      }),
      { numRuns: RUNS.tokenizeWindow },
    );
    expect(seen, 'inputs run').toBe(RUNS.tokenizeWindow);
  }, 60_000 * SCALE);

  it(`findNumbers: disjoint ordered mentions with sane values (${RUNS.findNumbers} texts)`, () => {
    let seen = 0;
    fc.assert(
      fc.property(pageText, (text) => {
        seen++;
        const mentions = findNumbers(text, tokenize(text));
        expectOrderedSpans(mentions, 0, text.length, 'number');
        for (const m of mentions) {
          const raw = text.slice(m.start, m.end);
          expect(Number.isNaN(m.value), raw).toBe(false);
          expect(m.value >= 0, raw).toBe(true);
          if (m.form === 'digits') expect(raw, raw).toMatch(/^\d/);
          if (m.vague) expect(m.vague[0] <= m.vague[1], raw).toBe(true);
          expect(m.digits === 0 || m.form === 'digits', raw).toBe(true);
        }
        expect(findNumbers(text, tokenize(text))).toEqual(mentions);
      }),
      { numRuns: RUNS.findNumbers },
    );
    expect(seen, 'inputs run').toBe(RUNS.findNumbers);
  }, 60_000 * SCALE);

  it(`findDates: dates, times and unresolved dates inside the text, disjoint, with ordered days (${RUNS.findDates} texts)`, () => {
    let seen = 0;
    fc.assert(
      fc.property(pageText, fc.option(fc.integer({ min: -30_000, max: 60_000 }), { nil: undefined }), fc.constantFrom('fr' as const, 'en' as const, undefined), (text, anchor, lang) => {
        seen++;
        const reading = findDates(text, tokenize(text), { anchor, lang });
        expectOrderedSpans(reading.dates, 0, text.length, 'date');
        const all = [...reading.dates, ...reading.times, ...reading.unresolved].sort((x, y) => x.start - y.start);
        expectOrderedSpans(all, 0, text.length, 'date/time');
        for (const d of reading.dates) {
          const raw = text.slice(d.start, d.end);
          expect(Number.isInteger(d.first) && Number.isInteger(d.last), raw).toBe(true);
          expect(d.first <= d.last, `${raw}: ${d.first}..${d.last}`).toBe(true);
          if (d.period) {
            expect(d.period.from[0] <= d.period.from[1] && d.period.to[0] <= d.period.to[1], raw).toBe(true);
            expect(d.period.from[0] <= d.period.to[1], raw).toBe(true);
          }
          // Without an anchor, nothing can be relative to the page's date.
          if (anchor === undefined) expect(d.relative || d.yearInferred, raw).toBe(false);
        }
      }),
      { numRuns: RUNS.findDates },
    );
    expect(seen, 'inputs run').toBe(RUNS.findDates);
  }, 60_000 * SCALE);

  it(`splitSentences: trimmed, ordered sentences that leave out only spaces (${RUNS.splitSentences} texts)`, () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.oneof(pageText, multiline), (text) => {
        seen++;
        const spans = splitSentences(text);
        expectOrderedSpans(spans, 0, text.length, 'sentence');
        let rest = '';
        let at = 0;
        for (const s of spans) {
          expect(/\s/.test(text[s.start]!) || /\s/.test(text[s.end - 1]!)).toBe(false);
          rest += text.slice(at, s.start);
          at = s.end;
        }
        rest += text.slice(at);
        expect(rest.trim(), 'text outside every sentence').toBe('');
      }),
      { numRuns: RUNS.splitSentences },
    );
    expect(seen, 'inputs run').toBe(RUNS.splitSentences);
  }, 60_000 * SCALE);

  it(`blocksFromPlainText: non-empty single-spaced blocks that keep every word in order (${RUNS.blocksFromPlainText} texts)`, () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.oneof(multiline, fc.array(fragment, { maxLength: 30 }).map((f) => f.join('\n'))), (text) => {
        seen++;
        const blocks = blocksFromPlainText(text);
        // Only the first block may be read as the title.
        blocks.forEach((b, i) => expect(b.region === 'main' || (i === 0 && b.region === 'heading'), `block ${i}: ${b.region}`).toBe(true));
        for (const b of blocks) {
          expect(b.text.length > 0 && b.text === b.text.trim() && !/\s\s|[^\S ]/.test(b.text), JSON.stringify(b.text)).toBe(true);
        }
        const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
        expect(blocks.flatMap((b) => wordsOf(b.text))).toEqual(wordsOf(text));
      }),
      { numRuns: RUNS.blocksFromPlainText },
    );
    expect(seen, 'inputs run').toBe(RUNS.blocksFromPlainText);
  }, 60_000 * SCALE);
});
