import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rangeFor } from './block-ranges';
import { pageFromHtml } from './from-html';

describe('pageFromHtml', () => {
  let server: Server;
  let origin = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('document.body.textContent = "fetched"; /* or css, or an image */');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('neither runs nor fetches anything the page refers to', async () => {
    const html = `<!doctype html><html lang="fr"><head>
      <title>Palmyre reprise</title>
      <meta http-equiv="refresh" content="0; url=${origin}/refresh">
      <link rel="stylesheet" href="${origin}/style.css">
      <link rel="preload" as="fetch" href="${origin}/preload.json">
      <link rel="preload" as="fetch" href="http://[malformed">

      <link rel="modulepreload" href="${origin}/module.js">
      <script src="${origin}/script.js"></script>
      <script>document.title = 'ran'; fetch('${origin}/inline-fetch');</script>
      </head><body>
      <img src="${origin}/image.png"><iframe src="${origin}/frame.html"></iframe>
      <video poster="${origin}/poster.jpg" src="${origin}/video.mp4"></video>
      <p>L'armée a repris Palmyre après 20 jours de combats.</p>
      </body></html>`;
    const { input } = pageFromHtml(html, `${origin}/article.html`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
    expect(input.title).toBe('Palmyre reprise');
    expect(input.lang).toBe('fr');
    expect(input.blocks.map((b) => b.text)).toEqual(["L'armée a repris Palmyre après 20 jours de combats."]);
  });

  it('keeps the text after inline SVG icons that carry <style> or <script>', () => {
    const html = `<body><svg><defs><symbol id="logo"><style>.st0{fill:#036}</style><g></g></symbol></defs></svg>
      <p>Avant</p><svg><script>var x = 1;</script><text>Carte</text></svg><p>400 jihadistes tués</p></body>`;
    expect(pageFromHtml(html).input.blocks.map((b) => b.text)).toEqual(['Avant', 'Carte', '400 jihadistes tués']);
  });

  it('reads the publication date from JSON-LD and keeps the blocks mapped to the parsed nodes', () => {
    const html = `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-03-27T19:10:00+02:00"}</script></head>
      <body><article><h1>Syrie</h1><p>Au moins <b>400</b> jihadistes</p></article></body>`;
    const { input, blocks } = pageFromHtml(html);
    expect(input.published).toBe('2016-03-27');
    const block = blocks.find((b) => b.text.includes('400'))!;
    expect(block.nodes.map((n) => n.data)).toEqual(['Au moins ', '400', ' jihadistes']);
  });

  it('maps blocks back to the parsed document', () => {
    const { blocks } = pageFromHtml('<p>Au moins <b>400</b> jihadistes</p>');
    const bounds = rangeFor(blocks[0]!, 9, 23)!;
    expect(bounds.startContainer.data).toBe('400');
    expect(bounds.endContainer.data).toBe(' jihadistes');
  });

  it('skips frames, their fallback text included, and reads on after them', () => {
    const html = '<p>Avant</p><iframe src="x.html"><p>Votre navigateur 2016</p></iframe><p>Après</p><IFRAME></IFRAME><p>Fin</p>';
    expect(pageFromHtml(html).input.blocks.map((b) => b.text)).toEqual(['Avant', 'Après', 'Fin']);
  });
});
