// The badge's and the card's CSS, as a string: the content script puts it in a <style> inside its shadow
// root, and extension pages put it in their <head> (lib/ui/page-style.ts). A string rather than a .css file so
// that every bundler and test environment sees the same text.
export const CLAIM_CARD_CSS = String.raw`
/*
 * The verdict badge and the claim card. Self-contained so the card reads the same inside the content
 * script's shadow root on any page (light, dark, hostile styles) as in the extension's own pages:
 * an opaque background, explicit colours and fonts (system fonts only), nothing inherited from the page.
 * Colours pass WCAG AA (4.5:1) for text in light, dark and high-contrast schemes (see components/contrast.test.ts).
 */
.pfc-card,
.pfc-theme {
  --pfc-bg: #ffffff;
  --pfc-fg: #1b1d21;
  --pfc-muted: #4f545c;
  --pfc-border: #b9bec6;
  --pfc-link: #0a55b0;
  --pfc-focus: #0a55b0;
  --pfc-mark-bg: #fff0b3;
  --pfc-mark-fg: #1b1d21;
  --pfc-supported-fg: #17612f;
  --pfc-supported-bg: #e2f3e6;
  --pfc-contradicted-fg: #a11c14;
  --pfc-contradicted-bg: #fde7e4;
  --pfc-unrelated-fg: #464b53;
  --pfc-unrelated-bg: #eceef1;
}
@media (prefers-color-scheme: dark) {
  .pfc-card,
  .pfc-theme {
    --pfc-bg: #1d1f23;
    --pfc-fg: #eceef1;
    --pfc-muted: #b4b9c1;
    --pfc-border: #5a6069;
    --pfc-link: #8ab8ff;
    --pfc-focus: #8ab8ff;
    --pfc-mark-bg: #5b4a00;
    --pfc-mark-fg: #fff6d6;
    --pfc-supported-fg: #93dfa8;
    --pfc-supported-bg: #153a21;
    --pfc-contradicted-fg: #ffb3aa;
    --pfc-contradicted-bg: #561812;
    --pfc-unrelated-fg: #cfd3d9;
    --pfc-unrelated-bg: #32363c;
  }
}
.pfc-card[data-colours='high-contrast'],
.pfc-theme[data-colours='high-contrast'] {
  --pfc-bg: #000000;
  --pfc-fg: #ffffff;
  --pfc-muted: #ffffff;
  --pfc-border: #ffffff;
  --pfc-link: #ffff00;
  --pfc-focus: #ffff00;
  --pfc-mark-bg: #ffff00;
  --pfc-mark-fg: #000000;
  --pfc-supported-fg: #7dff9b;
  --pfc-supported-bg: #000000;
  --pfc-contradicted-fg: #ffb0a8;
  --pfc-contradicted-bg: #000000;
  --pfc-unrelated-fg: #ffffff;
  --pfc-unrelated-bg: #000000;
}

.pfc-card {
  all: initial;
  display: block;
  box-sizing: border-box;
  max-width: 380px;
  padding: 12px 14px;
  border: 1px solid var(--pfc-border);
  border-radius: 8px;
  background: var(--pfc-bg);
  color: var(--pfc-fg);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
  text-align: start;
  box-shadow: 0 4px 16px rgb(0 0 0 / 25%);
  overflow-wrap: anywhere;
}
.pfc-card *,
.pfc-card *::before,
.pfc-card *::after {
  box-sizing: border-box;
}
.pfc-card p,
.pfc-card blockquote {
  margin: 0 0 8px;
  padding: 0;
}
.pfc-card p:last-child {
  margin-bottom: 0;
}
.pfc-label {
  display: block;
  color: var(--pfc-muted);
  font-size: 12px;
  font-weight: 600;
  letter-spacing: 0.02em;
  text-transform: uppercase;
}
.pfc-card header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  margin-bottom: 8px;
}
.pfc-phrase {
  font-weight: 600;
}
.pfc-value {
  font-weight: 700;
}
.pfc-quote {
  border-inline-start: 3px solid var(--pfc-border);
  padding-inline-start: 8px !important;
}
.pfc-sentence,
.pfc-gloss {
  font-size: 13px;
}
.pfc-gloss {
  color: var(--pfc-muted);
  font-style: italic;
}
.pfc-card mark,
.pfc-theme mark {
  background: var(--pfc-mark-bg);
  color: var(--pfc-mark-fg);
  padding: 0 1px;
}
.pfc-card a,
.pfc-theme a,
.pfc-card .pfc-link-button {
  color: var(--pfc-link);
  text-decoration: underline;
  cursor: pointer;
}
/* The card's "show in the reference": a button (no URL in the page) that reads as the link it replaces. */
.pfc-card .pfc-link-button {
  appearance: none;
  background: none;
  border: 0;
  padding: 0;
  margin: 0;
  font: inherit;
  text-align: start;
}
.pfc-card :focus-visible,
.pfc-theme :focus-visible {
  outline: 3px solid var(--pfc-focus);
  outline-offset: 2px;
}

/* The badge: colour plus an icon and words, so the verdict never rests on colour alone. */
.pfc-badge {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  padding: 1px 8px;
  border: 1px solid currentColor;
  border-radius: 999px;
  font-size: 12px;
  font-weight: 700;
  line-height: 1.6;
  white-space: nowrap;
}
.pfc-badge[data-verdict='supported'] {
  color: var(--pfc-supported-fg);
  background: var(--pfc-supported-bg);
}
.pfc-badge[data-verdict='contradicted'] {
  color: var(--pfc-contradicted-fg);
  background: var(--pfc-contradicted-bg);
  border-style: double;
  border-width: 3px;
}
.pfc-badge[data-verdict='unrelated'] {
  color: var(--pfc-unrelated-fg);
  background: var(--pfc-unrelated-bg);
  border-style: dashed;
}
`;
