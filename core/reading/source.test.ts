import { describe, expect, it } from 'vitest';
import { blockOf } from './testing';
import { sourceOf } from './source';

describe('sourceOf: who says so', () => {
  it.each([
    ["Selon l'OSDH, 400 jihadistes sont morts.", '400', "l'OSDH"],
    ['At least 400 died, according to the Syrian Observatory.', '400', 'the Syrian Observatory'],
    ['417 (SOHR, revised); 450 (army).', '417', 'SOHR, revised'],
    ['450 tués (armée syrienne).', '450', 'armée syrienne'],
  ])('%s → %s', (text, needle, source) => {
    const { b, figure } = blockOf(text);
    expect(sourceOf(b, figure(needle).range)?.value).toBe(source);
  });
  it('names none when the sentence gives none', () => {
    const { b, figure } = blockOf('At least 400 jihadists died in the battle.');
    expect(sourceOf(b, figure('400').range)).toBeUndefined();
  });
});
