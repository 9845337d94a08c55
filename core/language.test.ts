import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import type { TextBlock } from './types';

const para = (text: string, region: TextBlock['region'] = 'main'): TextBlock => ({ text, region });

describe('detectLanguage', () => {
  it('tells French from English by their commonest words', () => {
    expect(detectLanguage([para("L'armée a repris la ville et les jihadistes sont partis dans la nuit.")])).toBe('fr');
    expect(detectLanguage([para('The army took the town and the fighters were gone by the morning.')])).toBe('en');
  });

  it('ignores navigation and footers, whatever their language', () => {
    const nav = para('Home | News | The world and the economy | About the site and the team', 'boilerplate');
    expect(detectLanguage([nav, para("Les forces du régime sont entrées dans la cité antique dans la matinée.")])).toBe('fr');
  });

  it('reads only its sample, even when one block is longer', () => {
    const french = 'la ville est dans les mains des soldats et '.repeat(200); // ~8,600 characters
    const english = 'the town is in the hands of the soldiers and '.repeat(2000);
    expect(detectLanguage([para(french + english)])).toBe('fr');
  });
});
