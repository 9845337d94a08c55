// @vitest-environment happy-dom
// happy-dom has no CSS.highlights: the layer falls back to <palmyra-mark> wrappers, as an old
// browser would. They must show each verdict and leave the text exactly as it was once cleared.
import { describe, expect, it } from 'vitest';
import { createHighlightLayer, highlightName } from './highlights';

function rangeOf(doc: Document, text: string): Range {
  const walker = doc.createTreeWalker(doc.body, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const whole = nodes.map((n) => n.data).join('');
  const at = whole.indexOf(text);
  const locate = (offset: number): [Text, number] => {
    let start = 0;
    for (const n of nodes) {
      if (offset <= start + n.data.length) return [n, offset - start];
      start += n.data.length;
    }
    throw new Error('out of range');
  };
  const range = doc.createRange();
  range.setStart(...locate(at));
  range.setEnd(...locate(at + text.length));
  return range;
}

describe('highlight layer', () => {
  it('names highlights by verdict and palette', () => {
    expect(highlightName('contradicted', 'default')).toBe('palmyra-contradicted');
    expect(highlightName('contradicted', 'high-contrast')).toBe('palmyra-hc-contradicted');
  });

  it('falls back to marks where the Highlight API is missing, and restores the text', () => {
    document.body.innerHTML = '<p>Selon l’OSDH, <b>400</b> jihadistes sont morts et 188 soldats ont péri.</p>';
    const before = document.body.innerHTML;
    const layer = createHighlightLayer(document);
    expect(layer.usesCustomHighlights).toBe(false);
    layer.show(
      [
        { range: rangeOf(document, '400 jihadistes'), verdict: 'supported' },
        { range: rangeOf(document, '188 soldats'), verdict: 'contradicted' },
      ],
      'default',
    );
    const marks = [...document.querySelectorAll('palmyra-mark')].map((m) => `${m.getAttribute('data-verdict')}:${m.textContent}`);
    expect(marks.sort()).toEqual(['contradicted:188 soldats', 'supported: jihadistes', 'supported:400']);
    expect(document.body.textContent).toBe('Selon l’OSDH, 400 jihadistes sont morts et 188 soldats ont péri.');
    layer.clear();
    expect(document.querySelectorAll('palmyra-mark')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });
});
