// Hand-written hostile inputs, a few of them a megabyte long: each goes through the engine and
// every text reader, which must return well-formed results without throwing. How long they take is
// the business of linearity.test.ts; sizes here are kept where even a slow engine answers quickly.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/core/engine';
import { findDates } from '@/core/dates/parse';
import { findNumbers } from '@/core/numbers/spot';
import { reference } from '@/core/reference/dataset';
import { blocksFromPlainText } from '@/core/text/plain';
import { splitSentences } from '@/core/text/sentences';
import { tokenize } from '@/core/text/tokens';
import type { PageInput } from '@/core/types';
import { BIG_INPUTS, TOTAL_INPUTS } from './budget';
import { checkClaims } from './claim-checks';
import { fill } from './timing';

const ref = reference();
const MB = 1 << 20;
const CLAIM = ' Selon l’OSDH, 400 jihadistes ont été tués à Palmyre le 7 mars 2016.';

/** Name → text. Most end with a real claim, so that the whole pipeline runs over the hostile part. */
const INPUTS: Array<[string, () => string]> = [
  ['a megabyte of whitespace of every kind', () => fill(' \t\n\r\u00a0\u202f\u2009\u3000\u2028\u000b', MB) + CLAIM],
  ['a megabyte of separators', () => fill(". , ' ' \u00a0 \u202f", MB) + CLAIM],
  ['a megabyte of one digit run', () => '9'.repeat(MB)],
  ['256 KB of grouped thousands', () => '1' + fill(' 000', MB / 4) + CLAIM],
  ['decimals and separators between four thousand digits', () => fill('1.2,3 4\u00a05\u202f6', 8_000) + CLAIM],
  ['a megabyte of NUL and lone surrogates', () => fill('\u0000\uD800\uDFFF\uDC00x\uDBFF', MB) + CLAIM],
  ['a megabyte of bidi controls', () => fill('\u202E\u2066\u2067\u2068\u2069\u202C\u200F\u061C', MB) + CLAIM],
  ['256 KB of Arabic, Cyrillic, CJK and Hebrew words', () => fill('تدمر قتيل ٤٠٠ Пальмира погибли 帕尔米拉 死亡 四百 שלום ', MB / 4) + CLAIM],
  ['256 KB of emoji and ZWJ sequences', () => fill('👨‍👩‍👧‍👦🏳️‍🌈🇸🇾\u200d❤️', MB / 4) + CLAIM],
  ['keycap digits, a thousand of them', () => fill('1️⃣2️⃣ 🔟 ', 8_000) + CLAIM],
  ['one word of 256 KB', () => 'a'.repeat(MB / 4) + CLAIM],
  ['one letter with 256 KB of combining marks', () => 'e' + fill('\u0301\u0308', MB / 4) + CLAIM],
  ['256 KB of month names in a row', () => fill('janvier février mars avril mai juin juillet août septembre octobre novembre décembre January May ', MB / 4)],
  ['quatre-vingt- ten thousand times', () => fill('quatre-vingt-', 130_000) + 'jihadistes tués à Palmyre.'],
  ['vingt et un ten thousand times', () => fill('vingt et un ', 120_000) + 'morts à Palmyre.'],
  ['cent- so many times the value overflows', () => fill('cent-', 2_000) + 'cent jihadistes tués à Palmyre.'],
  ['nested qualifiers two thousand deep', () => fill('plus de près de au moins environ ', 66_000) + '400 jihadistes tués à Palmyre.'],
  ['ten thousand dashes between two digits', () => `1${'-'.repeat(10_000)}2 morts à Palmyre`],
  ['slashes and dashes between thousands of digits', () => fill('1/2-3/4-', 20_000) + CLAIM],
  ['digits wrapped in bidi overrides', () => fill('\u202E4\u202C\u2066 0\u2069', 4_000) + CLAIM],
  ['a thousand year-less dates', () => fill('le 7 mars, ', 11_000) + CLAIM],
  ['a thousand numeric dates', () => fill('27/03/2016 ', 11_000) + CLAIM],
  ['two thousand times of day', () => fill('10h30 ', 12_000) + CLAIM],
  ['digits, number words and ordinals mixed', () => fill('12 douze twelve 12e ', 8_000) + CLAIM],
  ['ten thousand one-letter sentences', () => fill('A. ', 30_000) + CLAIM],
  ['a hundred claims in one sentence', () => fill('188 soldats et 400 jihadistes tués à Palmyre, ', 4_600)],
];

function readEverything(text: string): void {
  const input: PageInput = { blocks: [{ text, region: 'main' }], published: '2016-03-28' };
  checkClaims(input, analyzePage(input, ref));
  if (text.length <= 64 * 1024) {
    // The same text as a heading and as the page's title, without a page date.
    const asHeading: PageInput = { blocks: [{ text, region: 'heading' }, { text: CLAIM, region: 'main' }], title: text };
    checkClaims(asHeading, analyzePage(asHeading, ref));
  }
  const tokens = tokenize(text);
  expect(tokens.every((t) => t.start < t.end && t.end <= text.length)).toBe(true);
  const numbers = findNumbers(text, tokens);
  expect(numbers.every((n) => n.end <= text.length && !Number.isNaN(n.value))).toBe(true);
  const dates = findDates(text, tokens, { anchor: 16_888 });
  expect(dates.dates.every((d) => d.first <= d.last && d.end <= text.length)).toBe(true);
  expect(splitSentences(text).every((s) => s.start < s.end && s.end <= text.length)).toBe(true);
  expect(blocksFromPlainText(text).every((b) => b.text.length > 0)).toBe(true);
}

describe(`big and hostile inputs (${BIG_INPUTS})`, () => {
  it(`counts what it runs: with the generated ones, ${TOTAL_INPUTS.toLocaleString('en')} inputs across test/unit/property`, () => {
    expect(INPUTS.length).toBe(BIG_INPUTS);
    // Issue 6 asks for at least 100,000 random and adversarial inputs per run of the suite.
    expect(TOTAL_INPUTS).toBeGreaterThanOrEqual(100_000);
  });

  for (const [name, make] of INPUTS) {
    it(`reads ${name} without throwing`, () => readEverything(make()), 30_000);
  }

  it('a real claim after a megabyte of noise is still found and checked', () => {
    const text = fill(' \u00a0\u202f.,', MB) + CLAIM;
    const claims = analyzePage({ blocks: [{ text, region: 'main' }], published: '2016-03-28' }, ref).claims;
    const jihadists = claims.find((c) => c.text.startsWith('400'));
    expect(jihadists?.verdict).toBe('supported');
    expect(jihadists!.start).toBeGreaterThan(MB);
  });
});
