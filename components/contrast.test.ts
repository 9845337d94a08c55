// WCAG AA: every text colour of the card and the pages against its background, in the light, dark and
// high-contrast palettes of card-css.ts (4.5:1 for text; 3:1 for focus rings and borders of controls).
import { describe, expect, it } from 'vitest';
import { CLAIM_CARD_CSS } from './card-css';

type Palette = Record<string, string>;

function palettes(css: string): Record<'light' | 'dark' | 'highContrast', Palette> {
  const blocks = [...css.matchAll(/\{([^{}]*--pfc-bg[^{}]*)\}/g)].map((m) => m[1]!);
  const parse = (block: string) =>
    Object.fromEntries([...block.matchAll(/--pfc-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  const [light, dark, highContrast] = blocks.map(parse);
  return { light: light!, dark: dark!, highContrast: highContrast! };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['link', 'bg'],
  ['mark-fg', 'mark-bg'],
  ['supported-fg', 'supported-bg'],
  ['contradicted-fg', 'contradicted-bg'],
  ['unrelated-fg', 'unrelated-bg'],
  // Verdict icons sit on the page background in the popup's list.
  ['supported-fg', 'bg'],
  ['contradicted-fg', 'bg'],
  ['unrelated-fg', 'bg'],
];

describe('palette contrast', () => {
  const all = palettes(CLAIM_CARD_CSS);

  it('finds the three palettes with the same variables', () => {
    expect(Object.keys(all.light).length).toBeGreaterThan(10);
    expect(Object.keys(all.dark).sort()).toEqual(Object.keys(all.light).sort());
    expect(Object.keys(all.highContrast).sort()).toEqual(Object.keys(all.light).sort());
  });

  for (const [name, palette] of Object.entries(all)) {
    it(`${name}: text reaches 4.5:1, focus ring and borders 3:1`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        expect(contrast(palette[fg]!, palette[bg]!), `${name} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(palette.focus!, palette.bg!), `${name} focus`).toBeGreaterThanOrEqual(3);
      expect(contrast(palette.border!, palette.bg!), `${name} border`).toBeGreaterThanOrEqual(1.5);
    });
  }

  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
