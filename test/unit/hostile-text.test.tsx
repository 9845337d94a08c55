// @vitest-environment happy-dom
// Page text is only ever rendered as text: the hover card and the popup's list, given page phrases
// and sentences written to be parsed as HTML (tags, event handlers, javascript: links, a closing
// </style>) or to reverse the display (bidi overrides), show them character for character and build
// exactly the elements they build for plain words — no element, attribute or link comes from the page.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '@/components/ClaimCard';
import { ClaimList } from '@/components/ClaimList';
import { fallbackCardView } from '@/entrypoints/content/fallback-card';
import { buildCardView } from '@/lib/card/view';
import { lookupIn } from '@/lib/dispatch/lookup';
import type { CardView, ClaimSummary } from '@/lib/protocol/messages';

const VIEWER_URL = 'chrome-extension://abcdefghijklmnop/viewer.html';

/** Text a hostile page can put where the engine finds a figure. */
const HOSTILE: readonly string[] = [
  '400 <img src=x onerror=alert(1)> morts',
  '400 morts</style><script>alert(1)</script>',
  '<a href="javascript:alert(1)">400 morts</a>',
  'javascript:alert(1)//400 morts',
  '400 "><svg onload=alert(1)> jihadistes',
  "400 ' onmouseover='alert(1)' x='",
  '400 <iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<style>*{display:none}</style>400 morts',
  '\u202E400 morts\u202C et \u202Esrom 004',
  '\u2067تدمر ٤٠٠\u2069 \u2066400\u2069 \u202Bmorts',
  '400 &lt;b&gt;morts&lt;/b&gt; &amp; &#60;script&#62;',
  '<!-- 400 --> <![CDATA[ 400 ]]> {{constructor.constructor("alert(1)")()}} ${alert(1)}',
  '400\u0000morts \uD800 \u200D👨‍👩‍👧',
];

/** A plain phrase of the same role, to compare the DOM the components build. */
const PLAIN = '400 morts';

function summary(text: string, over: Partial<ClaimSummary> = {}): ClaimSummary {
  return {
    id: 'c1',
    text,
    sentence: `Selon l'OSDH, ${text}, à Palmyre.`,
    kind: 'casualties',
    verdict: 'supported',
    valueText: text,
    entryId: 'is-killed-palmyra',
    datasetId: 'afp-palmyra-2016-03-27',
    delta: null,
    because: [text],
    region: 'main',
    ...over,
  };
}

function mount(node: preact.ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}

/** The elements under `root`, as tag names and attribute names: what hostile text must not change. */
function skeleton(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((el) => `${el.tagName.toLowerCase()}[${el.getAttributeNames().sort().join(',')}]`);
}

/** Nothing the page wrote became an element, a handler, a style or a link. */
function expectInert(root: HTMLElement, plainRoot: HTMLElement): void {
  expect(skeleton(root)).toEqual(skeleton(plainRoot));
  expect(document.querySelectorAll('script, img, svg, iframe, style, object, embed').length).toBe(0);
  for (const el of root.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) expect(name.startsWith('on'), `${el.tagName} ${name}`).toBe(false);
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    expect(href === '#' || href.startsWith(VIEWER_URL), href).toBe(true);
  }
}

const alert = vi.fn();

afterEach(() => {
  document.body.innerHTML = '';
  expect(alert).not.toHaveBeenCalled();
});

// happy-dom runs no script, but a handler that did get wired would call this.
window.alert = alert;

describe('the hover card renders page text as text', () => {
  const lookup = lookupIn();
  for (const text of HOSTILE) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${lang}, with and without a reference entry: ${JSON.stringify(text)}`, () => {
        for (const withEntry of [true, false]) {
          const claim = summary(text, withEntry ? {} : { verdict: 'unrelated', entryId: null });
          const plain = summary(PLAIN, withEntry ? {} : { verdict: 'unrelated', entryId: null });
          const root = mount(<ClaimCard view={buildCardView(claim, lang, VIEWER_URL, lookup(claim))} />);
          const plainRoot = mount(<ClaimCard view={buildCardView(plain, lang, VIEWER_URL, lookup(plain))} />);
          expectInert(root, plainRoot);
          const phrase = root.querySelector('.pfc-phrase')!;
          expect(phrase.textContent).toBe(text);
          expect(phrase.children.length).toBe(0);
          // The card's name for screen readers quotes the phrase verbatim, as one attribute value.
          expect(root.querySelector('section')!.getAttribute('aria-label')).toContain(text);
          document.body.innerHTML = '';
        }
      });
    }
  }

  it('the fallback card (background unreachable) shows the phrase as text too', () => {
    for (const text of HOSTILE) {
      const root = mount(<ClaimCard view={fallbackCardView(summary(text), 'en')} />);
      const plainRoot = mount(<ClaimCard view={fallbackCardView(summary(PLAIN), 'en')} />);
      expectInert(root, plainRoot);
      expect(root.querySelector('.pfc-phrase')!.textContent).toBe(text);
      expect(root.querySelector('section')!.getAttribute('aria-label')).toBe(text);
      document.body.innerHTML = '';
    }
  });

  it('every text field of a card view is text, whatever it holds', () => {
    // The view comes from the background; were it ever built from page text throughout, it would still be inert.
    const text = HOSTILE.join(' ');
    const view = (s: string): CardView => ({
      lang: 'en',
      verdict: 'contradicted',
      verdictText: s,
      ariaLabel: s,
      onPageLabel: s,
      phrase: s,
      reference: { label: s, value: s, measures: s, quote: s, attribution: s },
      sourceLang: 'fr',
      dataset: { label: s, text: s },
      difference: { label: s, text: s },
      inference: s,
      dispatch: { label: s, sentence: `${s} ${s}`, quote: s },
      gloss: { label: s, text: s },
      noEntry: s,
      viewer: { href: `${VIEWER_URL}#x`, text: s, entryId: 'x' },
    });
    const root = mount(<ClaimCard view={view(text)} />);
    expectInert(root, mount(<ClaimCard view={view(PLAIN)} />));
    expect(root.textContent!.split(text).length - 1).toBeGreaterThanOrEqual(14);
    expect(root.querySelector('mark')!.textContent).toBe(text);
  });
});

describe('the popup list renders page text as text', () => {
  const lookup = lookupIn();
  const list = (claims: ClaimSummary[], lang: 'en' | 'fr') =>
    mount(<ClaimList claims={claims} lang={lang} onReveal={() => {}} lookup={lookup} viewerUrl={VIEWER_URL} />);
  const verdicts = ['supported', 'contradicted', 'unrelated'] as const;
  const claimsOf = (text: (i: number) => string) =>
    HOSTILE.map((_, i) => summary(text(i), { id: `c${i}`, verdict: verdicts[i % 3]!, entryId: i % 3 === 2 ? null : 'is-killed-palmyra' }));

  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: every phrase shows verbatim, and the list has the elements it has for plain phrases`, () => {
      const root = list(claimsOf((i) => HOSTILE[i]!), lang);
      const plainRoot = list(claimsOf(() => PLAIN), lang);
      expectInert(root, plainRoot);
      const shown = [...root.querySelectorAll('.pfc-claim')].map((li) => [li.getAttribute('data-claim-id'), li.querySelector('.pfc-claim-phrase')!.textContent]);
      expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(HOSTILE.map((t, i) => [`c${i}`, t])));
      for (const span of root.querySelectorAll('.pfc-claim-phrase')) expect(span.children.length).toBe(0);
    });
  }
});
