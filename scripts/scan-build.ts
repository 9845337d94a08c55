// Scans a built extension (.output/chrome-mv3, .output/firefox-mv2) for code built from strings, remote
// code, network APIs and URLs, and checks its manifest against the permissions the product needs.
// The build is minified, so rules look at what survives minification (`=Function;` as well as
// `new Function`), and every allowed occurrence is named by its context with the reason it is inert.
//
//   npx tsx scripts/scan-build.ts .output/chrome-mv3 .output/firefox-mv2   (exit code 1 on any problem)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Kind =
  | 'eval'
  | 'function-constructor'
  | 'string-timer'
  | 'dynamic-import'
  | 'network-api'
  | 'remote-css'
  | 'url'
  | 'html-sink'
  | 'javascript-url';

export interface Finding {
  file: string;
  /** Offset of the match in the file. */
  at: number;
  kind: Kind;
  match: string;
  /** Some text either side, to read the finding without opening the bundle. */
  context: string;
  /** Why it is inert, when an allowance covers it; undefined means forbidden. */
  allowedBecause?: string;
}

const RULES: Array<{ kind: Kind; pattern: RegExp }> = [
  // Direct, indirect ((0,eval)(…)) and global eval; `eval:` keys (the polyfill's API table) are not calls.
  { kind: 'eval', pattern: /(?<![\w$.])eval\s*\(|\(\s*0\s*,\s*eval\s*\)|\b(?:window|self|globalThis)\s*\.\s*eval\b|\[\s*["'`]eval["'`]\s*\]/g },
  // new Function, Function(…), and Function taken into a variable (`const t=Function;new t("")`, as
  // minifiers write zod's probe); `.constructor.constructor` and constructor("return this") reach it too.
  { kind: 'function-constructor', pattern: /\bnew\s+Function\b|(?<![\w$.])Function\s*\(|[=,(:?&|]\s*Function\s*[;,)}]|\.constructor\s*\.\s*constructor\b|\bconstructor\s*\(\s*["'`]return\b/g },
  { kind: 'string-timer', pattern: /\bset(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/g },
  // import() of anything but a relative or root-relative string (the bundle's own chunks); importScripts.
  { kind: 'dynamic-import', pattern: /(?<![\w$.])import\s*\(\s*(?!["'`]\.{0,2}\/(?!\/))|\bimportScripts\s*\(|\bfrom\s*["'`](?:https?:)?\/\//g },
  {
    kind: 'network-api',
    pattern: /(?<![\w$])fetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b|\bRTCPeerConnection\b|\bWebTransport\b|\bnew\s+(?:Shared)?Worker\s*\(/g,
  },
  // Remote fonts, images and stylesheets: CSS imports and url() that leave the package.
  { kind: 'remote-css', pattern: /@import\b|url\(\s*["']?\s*(?:https?:)?\/\//gi },
  // Every absolute URL, and protocol-relative ones in strings ("//cdn.example/x.js").
  { kind: 'url', pattern: /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\,;]*|["'`(]\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi },
  { kind: 'html-sink', pattern: /\.(?:inner|outer)HTML\s*=(?!=)|\binsertAdjacentHTML\b|\bdocument\s*\.\s*write(?:ln)?\s*\(|\bsrcdoc\b/g },
  { kind: 'javascript-url', pattern: /javascript:/gi },
];

interface Allowance {
  kind: Kind;
  /** Tested against the matched text. */
  match?: RegExp;
  /** Tested against the text around the match (CONTEXT characters each side). */
  context?: RegExp;
  /** Only in these builds (the test builds' loopback host). */
  targets?: readonly Target[];
  reason: string;
}

const CONTEXT = 800;

/**
 * What the shipped build may contain, each with why it cannot reach the network or run strings.
 * Keyed by URL or by the surrounding code that survives minification, never by a chunk's name.
 */
export const ALLOWANCES: readonly Allowance[] = [
  {
    kind: 'url',
    match: /^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$/,
    reason: "XML namespace name (Preact's createElementNS): an identifier, never fetched",
  },
  {
    kind: 'url',
    match: /^https:\/\/schema\.org\/?$/,
    reason: 'JSON-LD @context of the ClaimReview export, written into a file the reader downloads: an identifier, never fetched',
  },
  {
    kind: 'url',
    match: /^https?:\/\/\*\/\*$/,
    reason: "match pattern of the content script (manifest content_scripts.matches and WXT's definition): not a URL",
  },
  {
    kind: 'url',
    match: /^https:\/\/(?:wxt\.dev\/|github\.com\/wxt-dev\/wxt\/issues\/)/,
    reason: "documentation link inside one of WXT's runtime error messages: text, never fetched",
  },
  {
    kind: 'url',
    match: /^https:\/\/developer\.mozilla\.org\//,
    reason: 'documentation link inside an error message of @webext-core/isolated-element (shadow-root UI): text, never fetched',
  },
  {
    kind: 'url',
    match: /^http:\/\/127\.0\.0\.1\/\*$/,
    context: /"(?:host_)?permissions"/,
    targets: ['chrome-mv3-e2e', 'firefox-mv2-e2e'],
    reason: 'test builds only (--mode e2e): the e2e hook reads loopback fixture tabs (lib/e2e/hooks.ts); never shipped',
  },
  {
    kind: 'url',
    match: /^http:\/\/\$\{/,
    context: /new URL\(/,
    reason: "lib/settings/hostname.ts: a site name the reader typed, parsed with new URL('http://' + name) for its hostname: parsing, no request",
  },
  {
    kind: 'network-api',
    context: /getURL\(\s*["'`]\/content-scripts\/[\w-]+\.css["'`]\s*\)[\s\S]*Failed to load styles/,
    reason:
      "WXT's loadCss(): fetches the content script's own packaged stylesheet (runtime.getURL, not the network), and only for content scripts declared with cssInjectionMode: 'ui'; ours is not (checked: the bundle has no cssInjectionMode:\"ui\"), the card's CSS is passed inline",
  },
  {
    kind: 'network-api',
    context: /"url"\s*in\s*[\w$]+\s*\?\s*[\w$.]+\s*=\s*(?:yield|await)\s+fetch\(/,
    reason:
      "@webext-core/isolated-element: fetches a stylesheet only when given { url }; WXT's createShadowRootUi always passes { textContent } (the card's inline CSS)",
  },
  {
    kind: 'network-api',
    context: /modulepreload[\s\S]*\.ep\s*=\s*!0[\s\S]*fetch\([\w$]+\.href/,
    reason:
      "Vite's modulepreload polyfill in the extension's pages: it returns at once where the browser supports modulepreload (Chromium, Firefox >= 115), and only ever preloads the page's own /chunks/*.js (root-relative links of popup/options/viewer.html)",
  },
  {
    kind: 'html-sink',
    match: /^\.innerHTML\s*=$/,
    context: /__html/,
    reason: "Preact's support for the dangerouslySetInnerHTML prop: runs only for that prop, which no source file uses (test/unit/build-scan.test.ts checks the sources)",
  },
];

function allowanceFor(kind: Kind, match: string, context: string, target: Target | undefined): Allowance | undefined {
  return ALLOWANCES.find(
    (a) => a.kind === kind && (!a.match || a.match.test(match)) && (!a.context || a.context.test(context)) && (!a.targets || (target !== undefined && a.targets.includes(target))),
  );
}

/** Every rule's matches in one file's text, each with the allowance that covers it, if any. */
export function scanText(file: string, text: string, target?: Target): Finding[] {
  const findings: Finding[] = [];
  for (const { kind, pattern } of RULES) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index;
      const match = m[0].replace(/^["'`(]/, '');
      const context = text.slice(Math.max(0, at - CONTEXT), at + m[0].length + CONTEXT);
      const allowance = allowanceFor(kind, match, context, target);
      findings.push({ file, at, kind, match, context: text.slice(Math.max(0, at - 60), at + m[0].length + 60), allowedBecause: allowance?.reason });
    }
  }
  return findings.sort((a, b) => a.at - b.at);
}

const SCANNED = /\.(?:js|mjs|cjs|html|json|css)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export interface BuildScan {
  dir: string;
  files: string[];
  findings: Finding[];
  manifestProblems: string[];
  /** Everything wrong: forbidden findings and manifest problems, one line each. */
  problems: string[];
}

/** Scans every JS, HTML, JSON and CSS file of a built extension, and checks its manifest. */
export function scanBuild(dir: string): BuildScan {
  const target = targetOf(dir);
  const files = filesUnder(dir).filter((f) => SCANNED.test(f)).sort();
  const findings: Finding[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(dir, file);
    findings.push(...scanText(rel, text, target));
    if (file.endsWith('.html')) problems.push(...htmlProblems(rel, text));
  }
  const js = files.filter((f) => /\.m?js$/.test(f)).map((f) => readFileSync(f, 'utf8'));
  // The loadCss() allowance holds only while no content script asks WXT to fetch its CSS.
  if (js.some((t) => /cssInjectionMode\s*:\s*["'`]ui["'`]/.test(t))) problems.push('a content script uses cssInjectionMode "ui": WXT then fetches its CSS (see the loadCss allowance)');
  // zod's object parsers compile code with `new Function` unless configured jitless: every bundle with zod must say so.
  for (const [i, t] of js.entries()) {
    if (/ZodMini|\$ZodType|_zod/.test(t) && !/jitless\s*:\s*(?:!0|true)/.test(t)) problems.push(`${files.filter((f) => /\.m?js$/.test(f))[i]}: zod without jitless`);
  }
  const manifestPath = path.join(dir, 'manifest.json');
  const manifestProblems = existsSync(manifestPath) ? checkManifest(JSON.parse(readFileSync(manifestPath, 'utf8')) as Json, target) : ['missing (is a build running?)'];
  for (const f of findings) if (!f.allowedBecause) problems.push(`${f.file}@${f.at} ${f.kind}: ${f.match}  …${f.context.replace(/\s+/g, ' ')}…`);
  problems.push(...manifestProblems.map((p) => `manifest.json: ${p}`));
  return { dir, files: files.map((f) => path.relative(dir, f)), findings, manifestProblems, problems };
}

/** Scripts and stylesheets of the extension's pages come from the package: root-relative or relative, no inline code. */
function htmlProblems(file: string, html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\b(?:src|href|action|formaction|data|poster)\s*=\s*["']?([^"'\s>]+)/gi)) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(m[1]!)) out.push(`${file}: external reference ${m[1]}`);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (m[2]!.trim() !== '') out.push(`${file}: inline script (the default CSP refuses it)`);
    if (!/\bsrc\s*=/.test(m[1]!)) out.push(`${file}: script without src`);
  }
  if (/\son[a-z]+\s*=/i.test(html)) out.push(`${file}: inline event handler attribute`);
  return out;
}

export type Target = 'chrome-mv3' | 'firefox-mv2' | 'chrome-mv3-e2e' | 'firefox-mv2-e2e';

function targetOf(dir: string): Target {
  const name = path.basename(path.resolve(dir));
  if (name === 'chrome-mv3' || name === 'firefox-mv2' || name === 'chrome-mv3-e2e' || name === 'firefox-mv2-e2e') return name;
  throw new Error(`${dir}: not a WXT output directory (chrome-mv3, firefox-mv2, or their -e2e builds)`);
}

/**
 * The permissions each build needs, and nothing else (wxt.config.ts says why each is there):
 * storage for settings and per-tab reports; activeTab to check a page the reader clicked for; scripting
 * to inject the content script then (MV3; MV2 does it with tabs.executeScript under activeTab); host
 * access to the content script's own sites, to insert the highlights' stylesheet where it paints
 * (MV2 lists hosts among its permissions); contextMenus for "Check this selection"; sidePanel for
 * Chrome's side panel (Firefox's sidebar needs none).
 */
const CONTENT_SITES = ['http://*/*', 'https://*/*'];
export const EXPECTED_PERMISSIONS: Record<Target, string[]> = {
  'chrome-mv3': ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'],
  'firefox-mv2': ['activeTab', 'contextMenus', ...CONTENT_SITES, 'storage'],
  'chrome-mv3-e2e': ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'],
  'firefox-mv2-e2e': ['activeTab', 'contextMenus', ...CONTENT_SITES, 'storage'],
};
const EXPECTED_HOSTS: Record<Target, string[]> = { 'chrome-mv3': CONTENT_SITES, 'firefox-mv2': [], 'chrome-mv3-e2e': CONTENT_SITES, 'firefox-mv2-e2e': [] };
const CONTENT_MATCHES = new Set(['http://*/*', 'https://*/*']);

type Json = Record<string, unknown>;

/** Least privilege, no door for pages or other extensions, the default CSP, no update pings. */
export function checkManifest(manifest: Json, target: Target): string[] {
  const problems: string[] = [];
  const sorted = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : []);
  const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());
  if (!same(sorted(manifest.permissions), EXPECTED_PERMISSIONS[target])) {
    problems.push(`permissions ${JSON.stringify(manifest.permissions)}, expected exactly ${JSON.stringify(EXPECTED_PERMISSIONS[target])}`);
  }
  if (!same(sorted(manifest.host_permissions), EXPECTED_HOSTS[target])) problems.push(`host_permissions ${JSON.stringify(manifest.host_permissions ?? [])}, expected ${JSON.stringify(EXPECTED_HOSTS[target])}`);
  for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'update_url', 'sandbox', 'oauth2', 'chrome_url_overrides', 'devtools_page', 'declarative_net_request']) {
    if (key in manifest) problems.push(`has ${key}`);
  }
  const raw = JSON.stringify(manifest);
  for (const broad of ['<all_urls>', '*://*/*', 'file://', 'ftp://']) if (raw.includes(broad)) problems.push(`mentions ${broad}`);
  const scripts = (manifest.content_scripts ?? []) as Json[];
  for (const cs of scripts) {
    for (const m of (cs.matches ?? []) as string[]) if (!CONTENT_MATCHES.has(m)) problems.push(`content script matches ${m}`);
    if (cs.match_origin_as_fallback || cs.match_about_blank) problems.push('content script runs in about:/blob:/data: frames');
    if (cs.world === 'MAIN') problems.push('content script runs in the page\'s main world');
  }
  const war = manifest.web_accessible_resources as unknown[] | undefined;
  if (war && war.length > 0) problems.push(`web_accessible_resources ${JSON.stringify(war)}: pages could load these; the product needs none`);
  const csp = manifest.content_security_policy;
  if (csp !== undefined) problems.push(`content_security_policy set (${JSON.stringify(csp)}): the default is the strictest`);
  return problems;
}

function main(dirs: string[]): number {
  if (dirs.length === 0) {
    console.error('usage: npx tsx scripts/scan-build.ts <.output/chrome-mv3> [<.output/firefox-mv2> ...]');
    return 2;
  }
  let failed = false;
  for (const dir of dirs) {
    const scan = scanBuild(dir);
    console.log(`${dir}: ${scan.files.length} files, ${scan.findings.length} findings`);
    for (const f of scan.findings) console.log(`  ${f.allowedBecause ? 'allowed  ' : 'FORBIDDEN'} ${f.kind.padEnd(20)} ${f.file}  ${f.match}${f.allowedBecause ? `\n             ${f.allowedBecause}` : ''}`);
    for (const p of scan.manifestProblems) console.log(`  MANIFEST  ${p}`);
    if (scan.problems.length > 0) {
      failed = true;
      console.log(`${dir}: ${scan.problems.length} problem(s)`);
      for (const p of scan.problems) console.log(`  ${p}`);
    } else console.log(`${dir}: clean`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
