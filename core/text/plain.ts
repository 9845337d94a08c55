// Plain text as blocks: paragraphs are separated by blank lines, or by line breaks when the
// text has no blank line at all.
import type { TextBlock } from '../types';

export function blocksFromPlainText(text: string): TextBlock[] {
  const parts = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split(/\n/);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).map((t) => ({ text: t, region: 'main' as const }));
}
