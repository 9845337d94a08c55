// Time is linear in the input's size: a hostile page must not freeze the tab. Each generator makes
// adversarial text of n characters and of 10n; the engine's time on 10n over its time on n must stay
// under BOUND (10 for linear code; 100 for quadratic; the bound leaves room for noise and GC).
// n is chosen per generator so that even a quadratic engine answers the 10n input in a second or
// two: these tests fail fast instead of hanging when something regresses.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/core/engine';
import { findDates } from '@/core/dates/parse';
import { findNumbers } from '@/core/numbers/spot';
import { reference } from '@/core/reference/dataset';
import { blocksFromPlainText } from '@/core/text/plain';
import { splitSentences } from '@/core/text/sentences';
import { tokenize } from '@/core/text/tokens';
import type { PageInput } from '@/core/types';
import { fill, growth } from './timing';

const BOUND = 30;
const ref = reference();
const CLAIM = ' Selon l’OSDH, 400 jihadistes ont été tués à Palmyre le 7 mars 2016.';

const engine = (text: string) => analyzePage({ blocks: [{ text, region: 'main' }], published: '2016-03-28' }, ref);

/** A page of many short blocks: the same total size, cut into paragraphs. */
const manyBlocks = (text: string) => {
  const blocks: PageInput['blocks'] = [];
  for (let i = 0; i < text.length; i += 60) blocks.push({ text: text.slice(i, i + 60), region: 'main' });
  return analyzePage({ blocks, published: '2016-03-28' }, ref);
};

/** [name, n, text of about `size` characters]: each runs through analyzePage as one block. */
const ENGINE_INPUTS: Array<[string, number, (size: number) => string]> = [
  ['whitespace of every kind, then a claim', 20_000, (n) => fill(' \t\n\u00a0\u202f\u2009\u3000', n) + CLAIM],
  ['separators . , \' \u00a0 \u202f, then a claim', 20_000, (n) => fill(". , ' ' \u00a0 \u202f", n) + CLAIM],
  ['one long digit run', 20_000, (n) => '9'.repeat(n)],
  ['grouped thousands 1 000 000 …', 20_000, (n) => '1' + fill(' 000', n) + CLAIM],
  ['quatre-vingt-quatre-vingt-…', 20_000, (n) => fill('quatre-vingt-', n) + ' morts à Palmyre.'],
  ['month names in a row', 20_000, (n) => fill('janvier février mars avril mai juin juillet août ', n) + CLAIM],
  ['Arabic, Cyrillic, CJK, bidi controls and emoji, then a claim', 20_000, (n) => fill('تدمر \u202eПальмира\u202c 帕尔米拉 \u2066שלום\u2069 👨‍👩‍👧‍👦 ', n) + CLAIM],
  ['NUL and lone surrogates, then a claim', 20_000, (n) => fill('\u0000\ud800x\udc00 ', n) + CLAIM],
  ['nested qualifiers before one figure', 20_000, (n) => fill('plus de près de au moins environ ', n) + '400 jihadistes tués à Palmyre.'],
  ['the dataset\'s names over and over, then a claim', 6_000, (n) => fill('Palmyre ', n) + CLAIM],
  ['capitalised places the reference does not know, before one figure', 8_000, (n) => fill('à Raqqa ', n) + '400 morts.'],
  ['digits separated by spaces: 7 7 7 …', 2_000, (n) => fill('7 ', n)],
  ['digits and number words: 1 un 1 un …', 2_000, (n) => fill('1 un ', n)],
  ['dashes and slashes between digits: 1-2/3-4/…', 2_000, (n) => fill('1-2/3-4/', n)],
  ['year-less dates: le 7 mars, le 7 mars, …', 8_000, (n) => fill('le 7 mars, ', n)],
  ['periods: du 9 au 27 mars, …', 10_000, (n) => fill('du 9 au 27 mars, ', n)],
  ['times of day: 10h30 10h30 …', 8_000, (n) => fill('10h30 ', n)],
  ['short sentences with a figure each: Le 7 mars. …', 8_000, (n) => fill('Le 7 mars. ', n)],
  // 500 characters ran in half a millisecond, where one garbage collection decides the ratio.
  ['claims in one long sentence: 188 soldats et 400 jihadistes tués à Palmyre, …', 2_000, (n) => fill('188 soldats et 400 jihadistes tués à Palmyre, ', n)],
];

const measured: string[] = [];

function expectLinear(name: string, n: number, input: (size: number) => string, run: (text: string) => unknown): void {
  const g = growth(input, n, run, BOUND);
  const line = `${name}: n=${n} ${g.small.toFixed(2)} ms, 10n ${g.big.toFixed(1)} ms, ratio ${g.ratio.toFixed(1)}`;
  measured.push(line);
  expect(g.ratio, `time grows faster than the input — ${line}`).toBeLessThan(BOUND);
}

describe('analyzePage time is linear in the size of a block', () => {
  for (const [name, n, input] of ENGINE_INPUTS) {
    it(name, () => expectLinear(name, n, input, engine), 60_000);
  }
  it('many short blocks of figures', () => expectLinear('many blocks', 10_000, (n) => fill('Le 7 mars, 400 jihadistes tués à Palmyre. ', n), manyBlocks), 60_000);
});

describe('the text readers are linear', () => {
  const tokens = (run: (text: string, t: ReturnType<typeof tokenize>) => unknown) => (text: string) => run(text, tokenize(text));
  const CASES: Array<[string, number, (size: number) => string, (text: string) => unknown]> = [
    ['tokenize: mixed scripts, emoji, bidi, lone surrogates', 50_000, (n) => fill('héllo 123 مرحبا Привет 你好 👨‍👩‍👧 \u202e\ud800 ', n), (t) => tokenize(t)],
    ['splitSentences: one-letter sentences and abbreviations', 50_000, (n) => fill('A. M. Assad. U.S. b! 3. ', n), splitSentences],
    ['blocksFromPlainText: blank lines and long spaces', 50_000, (n) => fill('\n \t\n' + ' '.repeat(40) + 'x\n', n), blocksFromPlainText],
    // At 20,000 characters both runs allocate in the young generation and the 10x run pays promotion: GC, not
    // the algorithm, made the ratio touch the bound under load. 50,000 measures both in the same regime.
    ['findNumbers: digits only', 50_000, (n) => fill('7 ', n), tokens(findNumbers)],
    // The other way round for number words: their tokens cost more, and at 8,000 the 10x run already left the
    // young generation (ratio 20-35 under load). At 3,000 both runs stay in it and measure 8-12.
    ['findNumbers: digits then number words', 3_000, (n) => fill('1 un ', n), tokens(findNumbers)],
    ['findDates: times of day', 8_000, (n) => fill('10h30 ', n), tokens((t, k) => findDates(t, k, { anchor: 16_888 }))],
    ['findDates: year-less dates without a page date', 16_000, (n) => fill('le 7 mars ', n), tokens((t, k) => findDates(t, k, {}))],
    ['findDates: numeric dates', 8_000, (n) => fill('27/03/2016 ', n), tokens((t, k) => findDates(t, k, {}))],
  ];
  for (const [name, n, input, run] of CASES) {
    it(name, () => expectLinear(name, n, input, run), 60_000);
  }
});

describe('the timing harness itself', () => {
  // Without these, a harness that always answered "linear" would pass every test above.
  const countPairs = (text: string) => {
    let pairs = 0;
    for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) pairs += text.charCodeAt(j) & 1;
    return pairs;
  };
  const countOdd = (text: string) => {
    let odd = 0;
    for (let i = 0; i < text.length; i++) odd += text.charCodeAt(i) & 1;
    return odd;
  };
  it('finds a quadratic function over the bound', () => {
    expect(growth((n) => fill('ab', n), 2_000, countPairs, BOUND).ratio).toBeGreaterThan(BOUND);
  });
  it('finds a linear function under it', () => {
    expect(growth((n) => fill('ab', n), 200_000, countOdd, BOUND).ratio).toBeLessThan(BOUND);
  });
});

describe('report', () => {
  it('lists every ratio measured', () => {
    // Printed for the README's Reliability section and for whoever fixes a failing ratio.
    console.info(`time(10n) / time(n), bound ${BOUND}:\n${measured.join('\n')}`);
    expect(measured.length).toBe(ENGINE_INPUTS.length + 1 + 8);
  });
});
