// Gzip sizes of what the browser loads for each part of the built extension, read from the build
// itself (the manifest, the popup's HTML, and the imports of each chunk), so a new chunk or a
// split cannot slip out of the count.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script's budget: 25 kB of gzip (decimal kB, the stricter reading). */
export const CONTENT_SCRIPT_BUDGET_BYTES = 25_000;

export interface BundleSize {
  /** Files counted, relative to the build folder. */
  files: string[];
  rawBytes: number;
  /** Sum of each file gzipped on its own (level 9): files are loaded one by one. */
  gzipBytes: number;
}

export interface BuildSizes {
  dir: string;
  contentScript: BundleSize;
  popup: BundleSize;
  background: BundleSize;
}

// `from"./x.js"`, `import"./x.js"`, `import("./x.js")`, and the chunk lists Vite writes for preloads.
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.(?:js|css))["']/g;
const PRELOAD_LIST_ENTRY = /["']((?:chunks|assets)\/[^"']+\.(?:js|css))["']/g;

/** Files a JS file pulls in (static and dynamic imports, preload lists), as build-relative paths. */
export function importsOf(code: string, fileRel: string): string[] {
  const found = new Set<string>();
  const dir = path.posix.dirname(fileRel);
  for (const m of code.matchAll(IMPORT)) {
    const spec = m[1]!;
    if (/^[a-z]+:/i.test(spec)) continue;
    found.add(spec.startsWith('/') ? spec.slice(1) : path.posix.normalize(path.posix.join(dir, spec)));
  }
  for (const m of code.matchAll(PRELOAD_LIST_ENTRY)) found.add(m[1]!);
  return [...found];
}

/** Scripts and stylesheets an HTML page of the build loads (root-relative). */
export function assetsOfHtml(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref=["']([^"']+)["'][^>]*>/gi)) {
    if (/\brel=["'](?:modulepreload|stylesheet)["']/i.test(m[0])) out.push(m[1]!);
  }
  return out.filter((u) => !/^[a-z]+:/i.test(u)).map((u) => u.replace(/^\//, ''));
}

/** Sizes of `entries` and everything they import, transitively. */
export function bundleSize(dir: string, entries: readonly string[]): BundleSize {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    const file = path.join(dir, rel);
    if (!existsSync(file)) throw new Error(`${rel} is referenced by the build but missing from ${dir}`);
    seen.add(rel);
    if (rel.endsWith('.js')) queue.push(...importsOf(readFileSync(file, 'utf8'), rel));
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const rel of seen) {
    const data = readFileSync(path.join(dir, rel));
    rawBytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { files: [...seen].sort(), rawBytes, gzipBytes };
}

interface ManifestV3 {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
}

/** The three bundles of a built extension folder (`.output/chrome-mv3`). */
export function measureBuild(dir: string): BuildSizes {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build at ${dir} (no manifest.json)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestV3;
  // Everything the manifest injects into a page: scripts and their stylesheets.
  const content = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  const popupHtml = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const popup = popupHtml ? [popupHtml, ...assetsOfHtml(readFileSync(path.join(dir, popupHtml), 'utf8'))] : [];
  return {
    dir,
    contentScript: bundleSize(dir, content),
    popup: bundleSize(dir, popup),
    background: bundleSize(dir, background),
  };
}

/** The content scripts' code of a build, concatenated (for checks on what ships). */
export function contentScriptCode(dir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ManifestV3;
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  return files.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
}
