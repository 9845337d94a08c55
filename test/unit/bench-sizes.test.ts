import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { assetsOfHtml, contentScriptCode, importsOf, measureBuild } from '../../scripts/bench/sizes';

describe('what a bundle loads', () => {
  it('follows static and dynamic imports and Vite preload lists, relative to the file', () => {
    const code = 'import{a}from"./page-1.js";const r=()=>import("./render-2.js");const d=["chunks/format-3.js","assets/page-4.css"];import"https://cdn.example/x.js";';
    expect(importsOf(code, 'chunks/popup-0.js').sort()).toEqual(['assets/page-4.css', 'chunks/format-3.js', 'chunks/page-1.js', 'chunks/render-2.js']);
    expect(importsOf('export{x}from "/chunks/a.js"', 'background.js')).toEqual(['chunks/a.js']);
  });

  it("reads a page's scripts, module preloads and stylesheets, not its icons", () => {
    const html = '<script type="module" src="/chunks/popup.js"></script><link rel="modulepreload" href="/chunks/page.js"><link rel="stylesheet" href="/assets/p.css"><link rel="icon" href="/icon.png">';
    expect(assetsOfHtml(html)).toEqual(['chunks/popup.js', 'chunks/page.js', 'assets/p.css']);
  });
});

describe('measureBuild', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'palmyra-bench-sizes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

  const content = 'performance.mark("palmyra-scan-end");'.repeat(50);
  const popupJs = 'import{x}from"./shared.js";import("./lazy.js");';
  const shared = 'export const x = 1;'.repeat(20);
  const lazy = 'import{x}from"./shared.js";console.log(x);';
  write('manifest.json', JSON.stringify({
    manifest_version: 3,
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
    content_scripts: [{ js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }, { js: ['content-scripts/content.js'] }],
  }));
  write('content-scripts/content.js', content);
  write('content-scripts/content.css', '.x{color:red}');
  write('background.js', 'self.x=1');
  write('popup.html', '<script type="module" src="/chunks/popup.js"></script>');
  write('chunks/popup.js', popupJs);
  write('chunks/shared.js', shared);
  write('chunks/lazy.js', lazy);

  it('weighs each bundle with everything it pulls in, each file gzipped once', () => {
    const sizes = measureBuild(dir);
    expect(sizes.contentScript.files).toEqual(['content-scripts/content.css', 'content-scripts/content.js']);
    expect(sizes.contentScript.gzipBytes).toBe(gz(content) + gz('.x{color:red}'));
    expect(sizes.contentScript.rawBytes).toBe(content.length + '.x{color:red}'.length);
    expect(sizes.popup.files).toEqual(['chunks/lazy.js', 'chunks/popup.js', 'chunks/shared.js', 'popup.html']);
    expect(sizes.background.files).toEqual(['background.js']);
    expect(contentScriptCode(dir)).toContain('palmyra-scan-end');
  });

  it('fails loudly when the build references a file that is not there', () => {
    write('chunks/popup.js', 'import("./gone.js")');
    expect(() => measureBuild(dir)).toThrow(/chunks\/gone\.js is referenced/);
  });
});
