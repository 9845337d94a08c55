import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chronoMatches, collapseWhitespace, joinBlocks, noiseOf, occurrences, overlaps, recallOf, spansOfJoined } from '../../scripts/bench/recall';

describe('collapseWhitespace (text for chrono-node)', () => {
  it('turns every whitespace run into one space, no-break spaces included', () => {
    expect(collapseWhitespace('a  \n\tb\u00a0\u00a0c').text).toBe('a b c');
    expect(collapseWhitespace(`x${' '.repeat(15_000)}y`).text).toBe('x y');
    expect(collapseWhitespace('').text).toBe('');
  });

  it('maps every character back to where it stood', () => {
    const { text, origin } = collapseWhitespace('  27   mars 2016 ');
    expect(text).toBe(' 27 mars 2016 ');
    expect(Array.from(origin)).toEqual([0, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  it('agrees with a plain replace and points at the same characters, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ', '\n', '\t', '\u00a0', 'é') }), (s) => {
        const { text, origin } = collapseWhitespace(s);
        expect(text).toBe(s.replace(/\s+/g, ' '));
        expect(origin.length).toBe(text.length + 1);
        expect(origin[text.length]).toBe(s.length);
        for (let i = 0; i < text.length; i++) {
          if (text[i] === ' ') expect(/\s/.test(s[origin[i]!]!)).toBe(true);
          else expect(s[origin[i]!]).toBe(text[i]);
        }
      }),
    );
  });
});

describe('spansOfJoined', () => {
  const page = joinBlocks(['Le  27 mars', 'On   March 7,  2016 the army']);

  it('joins collapsed blocks one a line', () => {
    expect(page.text).toBe('Le 27 mars\nOn March 7, 2016 the army');
    expect(page.starts).toEqual([0, 11]);
  });

  it('maps a match back to offsets of the original block text', () => {
    const index = page.text.indexOf('March 7, 2016');
    expect(spansOfJoined(page, index, 'March 7, 2016'.length)).toEqual([{ block: 1, start: 5, end: 19 }]);
    expect('On   March 7,  2016 the army'.slice(5, 19)).toBe('March 7,  2016');
  });

  it('splits a match that runs over a line break into one span per block', () => {
    const index = page.text.indexOf('mars');
    expect(spansOfJoined(page, index, 'mars\nOn'.length)).toEqual([
      { block: 0, start: 7, end: 11 },
      { block: 1, start: 0, end: 2 },
    ]);
  });
});

describe('recallOf', () => {
  const blocks = ['Palmyra fell on March 27, 2016, after 20 days.', 'The offensive began\u00a0on March 7.', 'Back in May 2015, and in May 2015 again.'];

  it('finds annotations whitespace-loosely, in every occurrence', () => {
    expect(occurrences(blocks, 'began on March 7')).toEqual([{ block: 1, start: 14, end: 30 }]);
    expect(occurrences(blocks, 'May 2015')).toHaveLength(2);
    expect(occurrences(blocks, '   ')).toEqual([]);
  });

  it('counts an annotated date found when a found date overlaps it, and lists what it missed', () => {
    const found = [
      { block: 0, start: 16, end: 30 }, // "March 27, 2016"
      { block: 2, start: 28, end: 36 }, // the second "May 2015"
    ];
    const r = recallOf(['March 27, 2016', 'on March 7', 'May 2015', 'June 1990'], blocks, found);
    expect(r).toEqual({ total: 4, located: 3, found: 2, missed: ['on March 7'], unlocated: ['June 1990'] });
  });

  it('does not count a date found in another block or next to the annotation', () => {
    expect(overlaps({ block: 0, start: 0, end: 5 }, { block: 1, start: 0, end: 5 })).toBe(false);
    expect(overlaps({ block: 0, start: 0, end: 5 }, { block: 0, start: 5, end: 9 })).toBe(false);
    expect(overlaps({ block: 0, start: 0, end: 5 }, { block: 0, start: 4, end: 9 })).toBe(true);
    expect(recallOf(['20 days'], blocks, [{ block: 0, start: 16, end: 30 }]).found).toBe(0);
  });
});

describe('noiseOf', () => {
  const blocks = ['Palmyra fell on March 27, 2016, after 20 days.', 'Back in May 2015, and in\nMay 2015 again.'];

  it('counts the items found that overlap no annotated date, each item once even when split over blocks', () => {
    const found = [
      [{ block: 0, start: 16, end: 30 }], // "March 27, 2016": annotated
      [{ block: 0, start: 38, end: 45 }], // "20 days": noise
      [{ block: 0, start: 41, end: 46 }, { block: 1, start: 0, end: 4 }], // over a line break: one item, noise
    ];
    expect(noiseOf(['March 27, 2016', 'May 2015'], blocks, found)).toEqual({ reported: 3, noise: 2, examples: ['20 days', 'days. / Back'] });
  });

  it('maps chrono matches on the joined page back to the blocks', () => {
    const parser = { parse: (text: string) => [{ index: text.indexOf('May'), text: 'May 2015' }] };
    expect(chronoMatches(parser, blocks, new Date(0))).toEqual([[{ block: 1, start: 8, end: 16 }]]);
  });
});
