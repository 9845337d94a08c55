// Shared look of the extension's pages: the audited palette (components/card-css.ts) in <head>, the
// theme class on <body>, the chosen colour scheme, and the UI language on <html> for screen readers.
import { CLAIM_CARD_CSS } from '@/components/card-css';
import type { UiLang } from '@/lib/i18n';

export function applyPageStyle(doc: Document, lang: UiLang, colours: 'default' | 'high-contrast'): void {
  if (!doc.getElementById('pfc-palette')) {
    const style = doc.createElement('style');
    style.id = 'pfc-palette';
    style.textContent = CLAIM_CARD_CSS;
    doc.head.prepend(style);
  }
  doc.documentElement.lang = lang;
  doc.body.classList.add('pfc-theme');
  doc.body.dataset.colours = colours;
}

/** `?lang=fr` overrides the UI language of a page (tests, screenshots, readers who keep a page open). */
export function langFromQuery(search: string): UiLang | null {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'en' || lang === 'fr' ? lang : null;
}
