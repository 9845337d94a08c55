// Plain text as blocks: paragraphs are separated by blank lines, or by line breaks when the
// text has no blank line at all.
import type { TextBlock } from '../types';

export function blocksFromPlainText(text: string): TextBlock[] {
  const parts = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split(/\n/);
  const blocks = parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).map((t) => ({ text: t, region: 'main' as TextBlock['region'] }));
  // A short first line that does not end a sentence is the title.
  const first = blocks[0];
  if (first && first.text.length <= 160 && !/[.!?…:;,]$/.test(first.text)) first.region = 'heading';
  return blocks;
}
