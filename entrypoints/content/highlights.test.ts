// @vitest-environment happy-dom
// happy-dom has no CSS.highlights: the layer is given a registry and a Highlight class of our own,
// shaped as the browser's, so that what it registers (and what a hostile page does to it) is seen.
import { describe, expect, it } from 'vitest';
import { createHighlightLayer, highlightName, type HighlightCtor } from './highlights';

class FakeHighlight {
  priority = 0;
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

function rangeOf(text: string): Range {
  document.body.innerHTML = `<p>${text}</p>`;
  const range = document.createRange();
  range.selectNodeContents(document.body.firstChild!);
  return range;
}

const texts = (registry: Map<string, unknown>, name: string) => ((registry.get(name) as FakeHighlight | undefined)?.ranges ?? []).map((r) => r.toString());

describe('highlight layer', () => {
  it('names highlights by verdict and palette', () => {
    expect(highlightName('contradicted', 'default')).toBe('palmyra-contradicted');
    expect(highlightName('contradicted', 'high-contrast')).toBe('palmyra-hc-contradicted');
  });

  it('registers one highlight per verdict, highest priority for "matches", and leaves the DOM alone', () => {
    const registry = new Map<string, unknown>();
    const range = rangeOf('400 jihadistes');
    const before = document.body.innerHTML;
    const layer = createHighlightLayer(registry, FakeHighlight as unknown as HighlightCtor);
    layer.show([{ range, verdict: 'supported' }], 'default');
    expect(texts(registry, 'palmyra-supported')).toEqual(['400 jihadistes']);
    expect((registry.get('palmyra-supported') as FakeHighlight).priority).toBe(3);
    expect(registry.has('palmyra-contradicted')).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    // Another palette replaces the names; clearing removes only ours.
    registry.set('the-page-own', new FakeHighlight());
    layer.show([{ range, verdict: 'contradicted' }], 'high-contrast');
    expect([...registry.keys()].sort()).toEqual(['palmyra-hc-contradicted', 'the-page-own']);
    layer.clear();
    expect([...registry.keys()]).toEqual(['the-page-own']);
  });

  it('puts back what a page deleted or moved between our names, and drops its forgeries', () => {
    const registry = new Map<string, unknown>();
    const layer = createHighlightLayer(registry, FakeHighlight as unknown as HighlightCtor);
    const contradicted = rangeOf('188 soldats');
    layer.show([{ range: contradicted, verdict: 'contradicted' }], 'default');
    expect(layer.repair()).toBe(false);
    // A "differs" drawn as "matches": the page moves our highlight to another name.
    registry.set('palmyra-supported', registry.get('palmyra-contradicted'));
    registry.delete('palmyra-contradicted');
    expect(layer.repair()).toBe(true);
    expect(texts(registry, 'palmyra-contradicted')).toEqual(['188 soldats']);
    expect(registry.has('palmyra-supported')).toBe(false);
    expect(layer.repair()).toBe(false);
  });

  it('asks for its stylesheet once, when it first has a range to paint, not before', () => {
    const registry = new Map<string, unknown>();
    let asked = 0;
    const layer = createHighlightLayer(registry, FakeHighlight as unknown as HighlightCtor, () => void asked++);
    layer.show([], 'default');
    layer.focus(null);
    expect(asked, 'nothing painted yet').toBe(0);
    layer.show([{ range: rangeOf('20 jours'), verdict: 'unrelated' }], 'default');
    expect(asked).toBe(1);
    layer.show([{ range: rangeOf('188 soldats'), verdict: 'contradicted' }], 'high-contrast');
    layer.flash(rangeOf('40 sorties'), 10);
    expect(asked).toBe(1);
  });

  it('paints nothing, and throws nothing, where the API is missing', () => {
    const layer = createHighlightLayer(undefined, undefined);
    expect(() => layer.show([{ range: rangeOf('400'), verdict: 'supported' }], 'default')).not.toThrow();
    expect(layer.repair()).toBe(false);
  });
});
