import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens';
import { findDates } from '../parse';
import { read, spans } from './test-kit';

describe('centuries', () => {
  it.each([
    ['Le temple date du XVIIIe siècle.', 'XVIIIe siècle', '1701-01-01', '1800-12-31', 'fr'],
    ['Au IIIe siècle, la cité prospère.', 'IIIe siècle', '0201-01-01', '0300-12-31', 'fr'],
    ['dès le 1er siècle', '1er siècle', '0001-01-01', '0100-12-31', 'fr'],
    ['a mosque built in the 18th century', '18th century', '1701-01-01', '1800-12-31', 'en'],
  ] as const)('%s', (text, span, from, to, lang) => {
    expect(read(text, { lang })).toEqual([expect.objectContaining({ text: span, from, to, precision: 'century', parser: 'century' })]);
  });

  it('reads the era before Christ', () => {
    for (const [text, span] of [
      ['des traces du XVIIIe siècle av. J.-C. subsistent', 'XVIIIe siècle av. J.-C.'],
      ['dès le XVIIIe siècle avant notre ère', 'XVIIIe siècle avant notre ère'],
      ['a kingdom of the 3rd century BC', '3rd century BC'],
    ]) {
      const [d] = read(text!);
      expect(d!.text).toBe(span);
      expect(d!.from.startsWith('-')).toBe(true);
    }
    // "avant" alone is a preposition.
    expect(read('au XVIIIe siècle avant la conquête')[0]!.text).toBe('XVIIIe siècle');
  });

  it('reads no century where none is written, and none past four-digit years', () => {
    expect(spans('au siècle dernier')).toEqual([]);
    expect(spans('the century ended')).toEqual([]);
    for (const text of ['au MMMe siècle', 'the 101st century', '2758e siècle']) {
      const r = findDates(text, tokenize(text), {});
      expect(r.dates, text).toEqual([]);
      expect(r.unresolved, text).toHaveLength(1);
    }
  });
});
