import { describe, expect, it } from 'vitest';
import { styleHides, tagKind } from './page-vocabulary';

describe('styleHides', () => {
  it.each(['display:none', 'color: red; display: none !important', 'visibility:hidden', 'DISPLAY : NONE;'])(
    '%j hides',
    (style) => {
      expect(styleHides(style)).toBe(true);
    },
  );
  it.each(['display:block', '--x-display:none', 'visibility: visible', 'content-visibility: auto'])(
    '%j does not hide',
    (style) => {
      expect(styleHides(style)).toBe(false);
    },
  );
});

describe('tagKind', () => {
  it('knows blocks, rows, cells and what is never read', () => {
    expect(tagKind('p')).toBe('block');
    expect(tagKind('tr')).toBe('row');
    expect(tagKind('td')).toBe('cell');
    expect(tagKind('script')).toBe('skip');
    expect(tagKind('span')).toBeUndefined();
    // Inherited object keys are not tag kinds.
    expect(tagKind('constructor')).toBeUndefined();
    expect(tagKind('__proto__')).toBeUndefined();
  });
});
