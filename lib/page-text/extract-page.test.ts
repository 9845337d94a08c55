// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { TextBlock } from '../../core/types';
import { extractPage } from './extract-page';
import { settlePage } from './settle';
import { walkPageInSlices } from './walk-page';

/** The walk in slices, settled as the background settles it. */
async function extractPageInSlices(...args: Parameters<typeof walkPageInSlices>) {
  const raw = await walkPageInSlices(...args);
  return raw && { input: settlePage(raw.input), blocks: raw.blocks };
}

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function texts(html: string): string[] {
  return extractPage(page(html)).input.blocks.map((b) => b.text);
}

function blocksOf(html: string): TextBlock[] {
  return extractPage(page(html)).input.blocks;
}

function regionOf(blocks: TextBlock[], needle: string): string | undefined {
  const found = blocks.filter((b) => b.text.includes(needle));
  expect(found.length, `blocks holding ${JSON.stringify(needle)}`).toBeGreaterThan(0);
  const regions = new Set(found.map((b) => b.region));
  expect(regions.size, `one region for ${JSON.stringify(needle)}`).toBe(1);
  return found[0]!.region;
}

describe('blocks and whitespace', () => {
  it('joins text across inline elements without adding anything', () => {
    expect(texts('<p>Au moins <b>400</b> jihadistes, soit <a href="/x">4<sup>e</sup></a> bilan</p>')).toEqual([
      'Au moins 400 jihadistes, soit 4e bilan',
    ]);
    expect(texts('<p><b>400</b>jihadistes</p>')).toEqual(['400jihadistes']);
  });

  it('collapses whitespace as a browser renders it, across inline boundaries', () => {
    expect(texts('<p>\n   Syrian   army \t <em> retakes </em>\n Palmyra  </p>')).toEqual(['Syrian army retakes Palmyra']);
    expect(texts('<p>Au moins<b> 400</b><i> </i>morts</p>')).toEqual(['Au moins 400 morts']);
  });

  it('keeps no-break spaces (French thousands separators render)', () => {
    expect(texts('<p>plus de 2\u00a0000 ans, 270\u202f000 morts</p>')).toEqual(['plus de 2\u00a0000 ans, 270\u202f000 morts']);
  });

  it('never merges text separated by a block boundary', () => {
    expect(texts('<div>Intro <p>400</p> jihadistes</div>')).toEqual(['Intro', '400', 'jihadistes']);
    expect(texts('<ul><li>12 morts</li><li>40 blessés</li></ul>')).toEqual(['12 morts', '40 blessés']);
    expect(texts('<h2>Bilan</h2>417 tués')).toEqual(['Bilan', '417 tués']);
    // An empty block element between two runs of text still separates them.
    expect(texts('<div>400<div></div>jihadistes</div>')).toEqual(['400', 'jihadistes']);
  });

  it('turns <br> into a line break inside the same block', () => {
    expect(texts('<p>Rue de la Loi<br>1040 Bruxelles</p>')).toEqual(['Rue de la Loi\n1040 Bruxelles']);
    expect(texts('<p>ligne un<br>\n  <b>ligne deux</b></p>')).toEqual(['ligne un\nligne deux']);
    expect(texts('<p><b>ligne un<br></b>ligne deux</p>')).toEqual(['ligne un\nligne deux']);
  });

  it('reads each table row as one block, cells joined by " | "', () => {
    const html = `<table><caption>Fiche</caption>
      <tr><th>Pertes de l'EI</th><td>417 tués (OSDH)</td></tr>
      <tr><th></th><td>450 <b>tués</b></td><td>  </td><td>fin</td></tr></table>`;
    expect(texts(html)).toEqual(['Fiche', "Pertes de l'EI | 417 tués (OSDH)", '450 tués | fin']);
  });

  it('marks a row of header cells, in <thead> or all <th>, and no other', () => {
    const html = `<table><thead><tr><td>Site</td><td>Dead</td></tr></thead>
      <tbody><tr><td>Airport</td><td>16</td></tr></tbody></table>
      <table><tr><th>Source</th><th>Figure</th></tr><tr><th>Observatory</th><td>400</td></tr></table>`;
    expect(blocksOf(html).filter((b) => b.tableHeader).map((b) => b.text)).toEqual(['Site | Dead', 'Source | Figure']);
  });

  it('keeps preformatted whitespace', () => {
    expect(texts('<pre>a  b\n  c</pre>')).toEqual(['a  b\n  c']);
  });

  it('drops blocks with nothing visible', () => {
    expect(texts('<p>\u00a0</p><p> </p><p>x</p>')).toEqual(['x']);
  });
});

describe('what is not read', () => {
  it.each([
    ['<script>var n = 400;</script>'],
    ['<style>.a { width: 400px }</style>'],
    ['<noscript>400 visitors</noscript>'],
    ['<template><p>400</p></template>'],
    ['<textarea>400</textarea>'],
    ['<select><option>400</option></select>'],
    ['<input value="400">'],
    ['<svg><title>400</title><desc>400</desc></svg>'],
    ['<div contenteditable>400</div>'],
    ['<div contenteditable="true"><p>400</p></div>'],
    ['<div hidden>400</div>'],
    ['<div aria-hidden="true"><span>400</span></div>'],
    ['<div style="display: none">400</div>'],
    ['<span style="color:red;visibility:hidden">400</span>'],
    ['<palmyra-card><p>400</p></palmyra-card>'],
    ['<div data-palmyra-ui><p>400</p></div>'],
    ['<span class="sr-only">400</span>'],
    ['<details><summary>Plus</summary><p>400</p></details>'],
    ['<dialog><p>400</p></dialog>'],
  ])('skips %s', (fragment) => {
    const all = texts(`<p>Avant</p>${fragment}<p>Après</p>`);
    expect(all.join(' ')).not.toContain('400');
    expect(all).toContain('Avant');
    expect(all).toContain('Après');
  });

  it('reads what is editable-false, open details and summaries', () => {
    const all = texts(
      '<div contenteditable="false">a 1</div><details open><summary>b 2</summary><p>c 3</p></details><details><summary>d 4</summary></details>',
    );
    expect(all).toEqual(['a 1', 'b 2', 'c 3', 'd 4']);
  });

  it('asks the isHidden hook once per parent element, and only for visible text', () => {
    const doc = page(`<div class="x"><p>un <b>deux</b> trois <b>quatre</b></p>\n<p>cinq</p>\n<p hidden>six</p></div>`);
    const isHidden = vi.fn((el: Element) => el.localName === 'b');
    const blocks = extractPage(doc, { isHidden }).input.blocks.map((b) => b.text);
    expect(blocks).toEqual(['un trois', 'cinq']);
    const asked = isHidden.mock.calls.map(([el]) => el);
    expect(new Set(asked).size).toBe(asked.length);
    // p, both <b>, second p: never the <div> (whitespace only) nor the hidden <p> (skipped by attribute).
    expect(asked.map((el) => el.localName).sort()).toEqual(['b', 'b', 'p', 'p']);
  });
});

describe('regions', () => {
  it('classifies a typical article page', () => {
    const blocks = blocksOf(`
      <header class="site-header"><a href="/">The Post</a><nav><a href="/w">World</a> <a href="/s">Sport 2016</a></nav></header>
      <main>
        <article>
          <header><p class="kicker">Conflict in Syria</p><h1>Army retakes Palmyra after 20-day battle</h1></header>
          <p class="byline">By Staff · <time datetime="2016-03-27T18:42">March 27, 2016, 6:42 PM</time></p>
          <p>At least 400 jihadists were killed, the monitor said on Sunday.</p>
          <h2>A 20-day offensive</h2>
          <p>The offensive was launched on March 7 with <a href="/r">Russian</a> air support.</p>
          <footer>Tags: <a href="/t/syria">Syria</a></footer>
        </article>
        <aside class="related"><h2>Related</h2><ul><li><a href="/a">10 things to know</a></li></ul></aside>
        <div class="col-side"><h3>Most read</h3><ol><li><a href="/b">4 killed in crash</a></li></ol></div>
        <section id="comments"><h3>Comments (3)</h3><div class="comment"><p>Best goal since 1998.</p></div></section>
      </main>
      <footer class="site-footer"><p>© 2016 The Post</p></footer>`);
    expect(regionOf(blocks, 'The Post')).toBe('boilerplate');
    expect(regionOf(blocks, 'Sport 2016')).toBe('boilerplate');
    expect(regionOf(blocks, 'Conflict in Syria')).toBe('main'); // the kicker
    expect(regionOf(blocks, 'Army retakes Palmyra')).toBe('heading');
    expect(regionOf(blocks, 'March 27, 2016')).toBe('boilerplate');
    expect(regionOf(blocks, 'At least 400 jihadists')).toBe('main');
    expect(regionOf(blocks, 'A 20-day offensive')).toBe('heading');
    expect(regionOf(blocks, 'launched on March 7')).toBe('main');
    expect(regionOf(blocks, 'Tags:')).toBe('boilerplate');
    expect(regionOf(blocks, 'Related')).toBe('boilerplate');
    expect(regionOf(blocks, '10 things')).toBe('boilerplate');
    expect(regionOf(blocks, 'Most read')).toBe('boilerplate');
    expect(regionOf(blocks, '4 killed')).toBe('boilerplate');
    expect(regionOf(blocks, 'Comments (3)')).toBe('boilerplate');
    expect(regionOf(blocks, 'since 1998')).toBe('boilerplate');
    expect(regionOf(blocks, '© 2016')).toBe('boilerplate');
  });

  it('keeps a top-level header that holds the story title', () => {
    const blocks = blocksOf(`<header class="article-header"><h1>Palmyra retaken</h1><p>400 jihadists killed in 20 days.</p></header>
      <div class="body"><p>Text of the story, long enough to be running text for the page as a whole.</p></div>`);
    expect(regionOf(blocks, 'Palmyra retaken')).toBe('heading');
    expect(regionOf(blocks, '400 jihadists')).toBe('main');
  });

  it('marks lists of links as boilerplate but not the headline', () => {
    const blocks = blocksOf(`<h1><a href="/story">Army retakes Palmyra</a></h1>
      <div><a href="/1">Brussels attacks: day 5 live</a> · <a href="/2">Geneva talks</a></div>
      <p>Read the <a href="/report">report</a> published by the monitor on 400 deaths.</p>`);
    expect(regionOf(blocks, 'Army retakes Palmyra')).toBe('heading');
    expect(regionOf(blocks, 'day 5 live')).toBe('boilerplate');
    expect(regionOf(blocks, '400 deaths')).toBe('main');
  });

  it('reads the teasers of a front page as its content, and those around a story as chrome', () => {
    const teasers = `<article class="teaser"><h2><a href="/p">Palmyra retaken</a></h2><p>Yesterday's recapture follows 20 days of fighting in which 400 jihadists were killed.</p></article>
      <article class="teaser"><h3><a href="/b">Brussels toll rises</a></h3><p>The health minister says 96 people remain in hospital after the bombings.</p></article>`;
    const front = blocksOf(`<header><h1>The Daily Lantern</h1><nav><a href="/">News</a></nav></header><main>${teasers}</main>`);
    expect(regionOf(front, '400 jihadists')).toBe('main');
    expect(regionOf(front, 'Palmyra retaken')).toBe('heading');
    const story = blocksOf(`<main><h1>Army retakes Palmyra</h1><p>The army took back the city on Sunday after twenty days of fighting, the monitor said, and most residents had fled.</p>${teasers}</main>`);
    expect(regionOf(story, 'twenty days')).toBe('main');
    expect(regionOf(story, '400 jihadists')).toBe('boilerplate');
  });

  it("reads a front page's linked teaser headlines as headings, and its bare link lists as boilerplate", () => {
    const blocks = blocksOf(`<h1>Today's news</h1><main>
      <article><a href="/palmyra"><h2>Palmyra retaken: IS lost 400 fighters</h2></a><p>After twenty days of fighting, the army took back the ancient city.</p></article>
      <article><h3><a href="/brussels">Brussels toll rises to 35</a></h3><p>Four of the injured died in hospital, the authorities said.</p></article>
      <ul><li><a href="/a">Rennes: 3 sheds burn down</a></li><li><a href="/b">Tram line 1 closed until 4 April</a></li></ul></main>`);
    expect(regionOf(blocks, 'IS lost 400')).toBe('heading');
    expect(regionOf(blocks, 'rises to 35')).toBe('heading');
    expect(regionOf(blocks, 'twenty days')).toBe('main');
    expect(regionOf(blocks, '3 sheds')).toBe('boilerplate');
  });

  it('does not take a wrapper for a sidebar because of its class words when it holds the story', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story: the army said on Sunday that its troops had taken the city after twenty days of fighting.</p>`).join('');
    const blocks = blocksOf(`<div class="layout-with-rail"><div class="entry-content-read-more">${story}</div>
      <div class="rail"><p>Sidebar teaser: 3 flights resume at the airport today.</p></div></div>`);
    expect(regionOf(blocks, 'Paragraph 3')).toBe('main');
    expect(regionOf(blocks, '3 flights')).toBe('boilerplate');
  });

  it('treats a form wrapping the whole page as the page, and a search form as chrome', () => {
    const blocks = blocksOf(`<form id="aspnetForm"><div class="search"><form><label>Search 2016 archive</label></form></div>
      <h1>Title</h1><p>The story itself, 400 jihadists killed over 20 days of fighting.</p></form>`);
    expect(regionOf(blocks, 'Title')).toBe('heading');
    expect(regionOf(blocks, '400 jihadists')).toBe('main');
    expect(regionOf(blocks, 'Search 2016')).toBe('boilerplate');
  });

  it('honours landmark roles', () => {
    const blocks = blocksOf(`<div role="navigation">Menu 1</div><div role="complementary">Box 2</div>
      <div role="contentinfo">Legal 3</div><div role="main"><p>Story 4</p></div>`);
    expect(blocks.map((b) => b.region)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'main']);
  });

  it('recognises bylines by their wording', () => {
    const blocks = blocksOf(`<h1>T</h1><p>Par Rania Haddad · lundi 4 avril 2016</p><p>Publié le 27 mars 2016 à 19h10</p>
      <p>Le 27 mars 2016, l'armée a repris la ville.</p><p>By the end of March 2016, 400 had died.</p>`);
    expect(regionOf(blocks, 'Rania Haddad')).toBe('boilerplate');
    expect(regionOf(blocks, 'Publié le')).toBe('boilerplate');
    expect(regionOf(blocks, "l'armée a repris")).toBe('main');
    expect(regionOf(blocks, 'By the end')).toBe('main');
  });
});

describe('page metadata', () => {
  it('takes the title from <title>, else from the first <h1>', () => {
    expect(extractPage(page('<title> Palmyra \n retaken </title><h1>Other</h1>')).input.title).toBe('Palmyra retaken');
    expect(extractPage(page('<h1>Palmyre  reprise</h1>')).input.title).toBe('Palmyre reprise');
  });

  it('declares fr or en from <html lang> only', () => {
    expect(extractPage(page('<html lang="fr-FR"><p>x</p></html>')).input.lang).toBe('fr');
    expect(extractPage(page('<html lang="en"><p>x</p></html>')).input.lang).toBe('en');
    expect(extractPage(page('<html lang="de"><p>x</p></html>')).input.lang).toBeUndefined();
    expect(extractPage(page('<p>x</p>')).input.lang).toBeUndefined();
  });

  it.each([
    ['<meta property="article:published_time" content="2016-03-27T18:42:00+02:00">', '2016-03-27'],
    ['<meta name="sailthru.date" content="2016-03-28 10:00:00">', '2016-03-28'],
    ['<meta name="parsely-pub-date" content="2016-03-29T08:00:00Z">', '2016-03-29'],
    ['<meta name="DC.date" content="2016-03-30">', '2016-03-30'],
    ['<meta itemprop="datePublished" content="2016-03-31">', '2016-03-31'],
  ])('reads the publication date from %s', (meta, iso) => {
    expect(extractPage(page(`<html><head>${meta}</head><body><p>x</p></body></html>`)).input.published).toBe(iso);
  });

  it('prefers the meta tags, then JSON-LD (an article over other items), never evaluating it', () => {
    const jsonLd = (data: string) => `<script type="application/ld+json">${data}</script>`;
    const doc = page(
      `<head>${jsonLd('{"@type":"VideoObject","datePublished":"2015-01-01"}')}` +
        `${jsonLd('{"@graph":[{"@type":"NewsArticle","datePublished":"2016-03-27T10:00:00Z"}]}')}` +
        `${jsonLd('this is not json (alert(1))')}</head><body><p>x</p></body>`,
    );
    expect(extractPage(doc).input.published).toBe('2016-03-27');
    expect(extractPage(page(`<head>${jsonLd('<!-- {"datePublished":"2016-04-02"} -->')}</head><p>x</p>`)).input.published).toBe(
      '2016-04-02',
    );
  });

  it.each([
    ['<p class="byline">By Tom · <time datetime="2016-03-29T23:05">29 March 2016</time></p>', '2016-03-29'],
    ['<div class="meta">NewsWire Asia | Updated: <span>2016-03-27 21:15</span></div>', '2016-03-27'],
    ['<p class="bm-auteur">Par Sophie Lambert · mardi 29 mars 2016</p>', '2016-03-29'],
    ['<p>Par Claire Moreau · mis à jour le 02/04/2016</p>', '2016-04-02'],
    ['<div class="x">March 28, 2016 08:15</div>', '2016-03-28'],
  ])('reads the byline near the top: %s', (byline, iso) => {
    const html = `<h1>Title</h1>${byline}<p>Body text with a date, 7 March 2016, inside a sentence of the story.</p>`;
    expect(extractPage(page(html)).input.published).toBe(iso);
  });

  it('reads numeric bylines month first on American English pages', () => {
    const html = (lang: string) => `<html lang="${lang}"><h1>T</h1><p class="timestamp">10/04/2016 05:07 AM EDT</p></html>`;
    expect(extractPage(page(html('en-US'))).input.published).toBe('2016-10-04');
    expect(extractPage(page(html('en-GB'))).input.published).toBe('2016-04-10');
  });

  it('never dates a page from its body, sidebars or comments', () => {
    const paragraph = '<p>A long paragraph of the story that says nothing about any date at all, only words.</p>';
    const html = `<h1>Title</h1>${paragraph.repeat(30)}<p class="date">27 March 2016</p>
      <aside><p class="date">26 March 2016</p></aside>`;
    expect(extractPage(page(html)).input.published).toBeUndefined();
    const body = `<h1>Title</h1><p>Le 27 mars 2016, l'armée a repris la ville, selon l'OSDH.</p>
      <div class="comments"><p class="meta">Posted 29/03/2016 23:21</p></div>`;
    expect(extractPage(page(body)).input.published).toBeUndefined();
    const sidebarFirst = `<div class="sidebar"><p class="date">26 March 2016</p></div><h1>T</h1><p>Story.</p>`;
    expect(extractPage(page(sidebarFirst)).input.published).toBeUndefined();
  });

  it("never dates a page from a table's row: a fact box's dates are the story's", () => {
    const infobox = `<h1>Palmyra offensive (2016)</h1><table><tr><th>Start</th><td>7 March 2016</td></tr><tr><th>End</th><td>27 March 2016</td></tr></table><p>Story.</p>`;
    expect(extractPage(page(infobox)).input.published).toBeUndefined();
    const fiche = `<h1>Offensive de Palmyre</h1><table><tr><td>Début</td><td>7 mars 2016</td></tr></table><p>Texte.</p>`;
    expect(extractPage(page(fiche)).input.published).toBeUndefined();
    // A byline's class still dates the page, in a table too.
    const classed = `<h1>T</h1><table><tr><td class="byline">Published 28 March 2016</td></tr></table><p>Story.</p>`;
    expect(extractPage(page(classed)).input.published).toBe('2016-03-28');
  });
});

describe('the walk in slices (the content script on big pages)', () => {
  /** A page with enough text nodes for many slices: 300 paragraphs of 5 spans, a sidebar, a byline. */
  function bigPage(): Document {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p><span>Paragraphe</span> <span>${i}</span> <b>de</b> <i>la</i> <span>cité.</span></p>`).join('');
    return page(`<html lang="fr"><head><title>Palmyre</title></head><body><aside class="sidebar"><a href="/1">Autre article</a></aside>
      <article><h1>Palmyre</h1><p class="byline">Par AFP, publié le 27 mars 2016</p><div id="many">${paragraphs}</div>
      <p>Selon l'OSDH, 400 jihadistes ont été tués.</p></article></body></html>`);
  }
  const shape = (x: ReturnType<typeof extractPage>) => ({
    input: x.input,
    blocks: x.blocks.map((b) => ({ text: b.text, region: b.region, nodes: b.nodes.length, starts: b.starts, ends: b.ends })),
  });

  it('reads exactly what the walk in one pass reads, however often it pauses', async () => {
    const doc = bigPage();
    let pauses = 0;
    // sliceMs 0: the walk pauses at every look at the clock.
    const sliced = await extractPageInSlices(doc, {}, { sliceMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(3);
    expect(shape(sliced!)).toEqual(shape(extractPage(doc)));
    expect(sliced!.input.published).toBe('2016-03-27');
  });

  it('starts again when the page removes what the walk stood on during a pause, and reads the page as it is', async () => {
    const doc = bigPage();
    let pauses = 0;
    const sliced = await extractPageInSlices(doc, {}, {
      sliceMs: 0,
      pause: async () => {
        if (++pauses === 2) doc.getElementById('many')!.remove();
      },
    });
    const now = shape(extractPage(doc));
    expect(now.input.blocks.some((b) => b.text.includes('400 jihadistes'))).toBe(true);
    expect(shape(sliced!)).toEqual(now);
  });

  it('stops when cancelled', async () => {
    const doc = bigPage();
    let pauses = 0;
    const sliced = await extractPageInSlices(doc, {}, { sliceMs: 0, pause: async () => void pauses++, isCancelled: () => pauses >= 2 });
    expect(sliced).toBeNull();
    expect(pauses).toBe(2);
  });
});
