// French or English, from the commonest function words: pages often declare the wrong <html lang>.
import type { Lang, TextBlock } from './types';

const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'que', 'sur', 'au', 'aux', 'avec', 'pas', 'par', 'ont', 'sont', 'selon', 'mais']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'that', 'with', 'on', 'by', 'as', 'were', 'from', 'said', 'has', 'have', 'it', 'are', 'but']);

export function detectLanguage(blocks: TextBlock[], sampleChars = 8_000): Lang {
  let fr = 0;
  let en = 0;
  let seen = 0;
  for (const b of blocks) {
    if (b.region === 'boilerplate') continue;
    // Only the sample: one block of a long page can be 16,000 characters.
    const text = b.text.length > sampleChars - seen ? b.text.slice(0, sampleChars - seen) : b.text;
    for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (FRENCH.has(w)) fr++;
      else if (ENGLISH.has(w)) en++;
    }
    seen += b.text.length;
    if (seen > sampleChars) break;
  }
  return fr > en ? 'fr' : 'en';
}
