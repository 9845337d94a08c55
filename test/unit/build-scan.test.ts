// The built extension holds no code built from strings, no remote code, no network call and no URL
// that is not inert, and its manifest asks for no more than the product needs (scripts/scan-build.ts).
// Unit tests run before the build: the built-files part skips when .output/<target> is missing, and
// runs after `npm run build` (npx vitest run test/unit/build-scan.test.ts, or in the e2e stage).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkManifest, scanBuild, scanText, type Kind } from '@/scripts/scan-build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = process.env.PALMYRA_E2E_OUTPUT ? path.resolve(process.env.PALMYRA_E2E_OUTPUT) : path.join(ROOT, '.output');

const forbidden = (text: string) => scanText('x.js', text).filter((f) => !f.allowedBecause);
const kinds = (text: string) => forbidden(text).map((f) => f.kind);

describe('scan rules (on code as minifiers write it)', () => {
  const CAUGHT: Array<[Kind, string]> = [
    ['function-constructor', 'const t=Function;new t("")'], // zod's allowsEval probe, minified
    ['function-constructor', 'new Function("a","return a")'],
    ['function-constructor', 'Function("return this")()'],
    ['function-constructor', 'x.constructor.constructor("alert(1)")()'],
    ['eval', 'eval("1+1")'],
    ['eval', '(0,eval)("this")'],
    ['eval', 'globalThis.eval(code)'],
    ['string-timer', 'setTimeout("alert(1)",0)'],
    ['string-timer', "setInterval('tick()',10)"],
    ['dynamic-import', 'import("https://cdn.example/x.js")'],
    ['dynamic-import', 'import(url)'],
    ['dynamic-import', 'importScripts("x.js")'],
    ['network-api', 'fetch("/api")'],
    ['network-api', 'new XMLHttpRequest'],
    ['network-api', 'new WebSocket(u)'],
    ['network-api', 'navigator.sendBeacon(u,d)'],
    ['network-api', 'new EventSource(u)'],
    ['remote-css', '@import url(https://fonts.googleapis.com/css?family=Roboto);'],
    ['remote-css', '.a{background:url(//cdn.example/a.png)}'],
    ['url', 'const u="https://tracker.example/p?id="+id'],
    ['url', 's.src="//cdn.example.com/x.js"'],
    ['html-sink', 'el.innerHTML=pageText'],
    ['html-sink', 'el.insertAdjacentHTML("beforeend",t)'],
    ['javascript-url', 'a.href="javascript:void 0"'],
  ];
  for (const [kind, code] of CAUGHT) {
    it(`flags ${kind}: ${code}`, () => expect(kinds(code)).toContain(kind));
  }

  it('leaves alone what only looks alike', () => {
    for (const code of [
      'let b=Function.call.bind(Object.prototype.hasOwnProperty)', // webextension-polyfill
      'devtools:{inspectedWindow:{eval:{minArgs:1,maxArgs:2}}}', // the polyfill's API table
      'document.evaluate(e,document,null,XPathResult.FIRST_ORDERED_NODE_TYPE,null)',
      'x instanceof Function&&y',
      'const t=U(()=>import("./render-COkOw7ue.js"))',
      'setTimeout(()=>m(1/0),0)',
      'const prefetch=1;refetch(x)',
    ]) {
      expect(forbidden(code), code).toEqual([]);
    }
  });

  it('allows inert URLs, each with its reason, and nothing else', () => {
    const found = scanText('x.js', 'createElementNS("http://www.w3.org/2000/svg",t);({"@context":"https://schema.org"});"https://example.org/a"');
    expect(found.map((f) => [f.match, !!f.allowedBecause])).toEqual([
      ['http://www.w3.org/2000/svg', true],
      ['https://schema.org', true],
      ['https://example.org/a', false],
    ]);
  });

  it("catches zod's own eval probe and code generator in zod's source", () => {
    // zod 4 probes `new Function` (util.allowsEval) and compiles object parsers with it (doc.js,
    // compile.js) unless `z.config({ jitless: true })`; zod/mini's object schema does not use them.
    const zodCore = path.join(ROOT, 'node_modules/zod/v4/core');
    for (const file of ['util.js', 'doc.js']) {
      const found = scanText(file, readFileSync(path.join(zodCore, file), 'utf8')).filter((f) => f.kind === 'function-constructor');
      expect(found.length, file).toBeGreaterThan(0);
    }
  });

  it('checks the manifest: exact permissions, no broad hosts, no door for pages or other extensions, default CSP', () => {
    const good = {
      manifest_version: 3,
      permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'sidePanel'],
      host_permissions: ['http://*/*', 'https://*/*'],
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/content.js'] }],
    };
    expect(checkManifest(good, 'chrome-mv3')).toEqual([]);
    const bad: Array<[string, Record<string, unknown>]> = [
      ['permissions', { ...good, permissions: [...good.permissions, 'tabs'] }],
      ['permissions', { ...good, permissions: ['storage', 'activeTab'] }],
      ['host_permissions', { ...good, host_permissions: [...good.host_permissions, 'https://example.org/*'] }],
      ['host_permissions', { ...good, host_permissions: ['<all_urls>'] }],
      ['host_permissions', { ...good, host_permissions: ['https://*/*', 'file:///*'] }],
      ['<all_urls>', { ...good, content_scripts: [{ matches: ['<all_urls>'] }] }],
      ['matches file', { ...good, content_scripts: [{ matches: ['file:///*'] }] }],
      ['externally_connectable', { ...good, externally_connectable: { matches: ['https://example.org/*'] } }],
      ['web_accessible_resources', { ...good, web_accessible_resources: [{ resources: ['*'], matches: ['<all_urls>'] }] }],
      ['content_security_policy', { ...good, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }],
      ['update_url', { ...good, update_url: 'https://example.org/updates.xml' }],
      ['optional_permissions', { ...good, optional_permissions: ['tabs'] }],
      ['main world', { ...good, content_scripts: [{ matches: ['https://*/*'], world: 'MAIN' }] }],
    ];
    for (const [what, manifest] of bad) expect(checkManifest(manifest, 'chrome-mv3'), what).not.toEqual([]);
  });
});

describe('the sources render page text as text', () => {
  // The scan allows Preact's innerHTML write because it only runs for dangerouslySetInnerHTML: no source may use it.
  const SINKS = /dangerouslySetInnerHTML|\.(?:inner|outer)HTML\s*=(?!=)|insertAdjacentHTML|document\.write|(?<![\w$.])eval\s*\(|new\s+Function\b/;
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sources(full);
      return /\.(?:ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
    });

  it('no component, entrypoint or library writes HTML or evaluates strings', () => {
    const files = ['components', 'entrypoints', 'lib', 'core'].flatMap((d) => sources(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    // Comments may name what they avoid ("zod compiles parsers with `new Function` unless…").
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    const offenders = files.filter((f) => SINKS.test(code(f))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});

const TARGETS = ['chrome-mv3', 'firefox-mv2', 'chrome-mv3-e2e', 'firefox-mv2-e2e'] as const;

for (const target of TARGETS) {
  const dir = path.join(OUTPUT, target);
  const built = existsSync(path.join(dir, 'manifest.json'));
  // Shipped builds are required once built; test builds are scanned when present.
  const shown = path.relative(ROOT, dir).startsWith('..') ? dir : path.relative(ROOT, dir);
  const title = built ? `built files of ${target}` : `built files of ${target} — SKIPPED: ${shown} is not built yet (npm run build${target.endsWith('e2e') ? ':e2e' : ''})`;
  // `npm test` runs this file again right after the build (test:build-scan) with the shipped builds
  // required: there, a missing build is a failure, not a skip.
  if (!built && process.env.PALMYRA_REQUIRE_BUILD === '1' && !target.endsWith('e2e')) {
    it(`${target} is built`, () => expect(existsSync(path.join(dir, 'manifest.json')), `${shown} is missing`).toBe(true));
  }
  describe.skipIf(!built)(title, () => {
    it('hold no forbidden code, no network call, no URL that is not inert, and the manifest asks for only what is needed', () => {
      const scan = scanBuild(dir);
      // Every allowed finding and why, for the README and for whoever reads a failure.
      console.info(
        `${target}: ${scan.files.length} files\n` +
          scan.findings.map((f) => `  ${f.allowedBecause ? 'allowed' : 'FORBIDDEN'} ${f.kind} ${f.file} ${f.match}${f.allowedBecause ? ` — ${f.allowedBecause}` : ''}`).join('\n'),
      );
      expect(scan.problems).toEqual([]);
      expect(scan.files.some((f) => f.startsWith('content-scripts/') && f.endsWith('.js'))).toBe(true);
    });

    it('run no code built from strings at all, not even behind a guard (zod compiles nothing: zod/mini and jitless)', () => {
      const scan = scanBuild(dir);
      const dynamic = scan.findings.filter((f) => f.kind === 'eval' || f.kind === 'function-constructor' || f.kind === 'string-timer' || f.kind === 'dynamic-import');
      expect(dynamic.map((f) => `${f.file}: ${f.match}`)).toEqual([]);
    });
  });
}
