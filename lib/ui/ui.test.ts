// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { downloadText, exportFileName } from './download';
import { applyPageStyle, langFromQuery } from './page-style';

describe('page style', () => {
  it('adds the palette once, the theme, the colours and the language', () => {
    applyPageStyle(document, 'fr', 'high-contrast');
    applyPageStyle(document, 'fr', 'high-contrast');
    expect(document.querySelectorAll('#pfc-palette')).toHaveLength(1);
    expect(document.documentElement.lang).toBe('fr');
    expect(document.body.classList.contains('pfc-theme')).toBe(true);
    expect(document.body.dataset.colours).toBe('high-contrast');
  });

  it('reads ?lang=', () => {
    expect(langFromQuery('?tab=3&lang=fr')).toBe('fr');
    expect(langFromQuery('?lang=de')).toBeNull();
    expect(langFromQuery('')).toBeNull();
  });
});

describe('download', () => {
  it('names files after the site and the day', () => {
    expect(exportFileName('https://www.lemonde.fr/a?b', '2026-11-25', 'md')).toBe('palmyra-check-www.lemonde.fr-2026-11-25.md');
    expect(exportFileName('not a url', '2026-11-25', 'json')).toBe('palmyra-check-page-2026-11-25.json');
  });

  it('clicks a temporary link to a Blob URL', () => {
    const clicked: { href: string; download: string }[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadText(document, 'x.json', 'application/json', '{}');
    spy.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(clicked[0]!.download).toBe('x.json');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
