// Vitest global setup for the e2e suite: fail at once, with the fix, when something is missing.
import fs from 'node:fs';
import path from 'node:path';
import { BUILDS, CHROMIUM_PATH, FIREFOX_PATH, REPO_ROOT } from './paths';

export default function preflight(): void {
  const problems: string[] = [];
  for (const [name, dir] of Object.entries(BUILDS)) {
    if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
      const fix = name.endsWith('E2e') ? 'npm run build:e2e' : 'npm run build';
      problems.push(`missing build ${path.relative(REPO_ROOT, dir)}: run ${fix} first`);
    }
  }
  for (const browser of [CHROMIUM_PATH, FIREFOX_PATH]) {
    if (!fs.existsSync(browser)) problems.push(`missing ${browser}: apt-get install -y chromium firefox-esr`);
  }
  if (problems.length > 0) {
    throw new Error(`e2e tests cannot run:\n  - ${problems.join('\n  - ')}\n(run npm run build && npm run build:e2e first)`);
  }
  warnIfStale();
}

/** A build older than the sources tests yesterday's code: say so (not fatal: the build may be fresh enough). */
function warnIfStale(): void {
  const builtAt = Math.min(...Object.values(BUILDS).map((dir) => fs.statSync(path.join(dir, 'manifest.json')).mtimeMs));
  const sources = ['entrypoints', 'lib', 'core', 'components', 'data', 'public', 'wxt.config.ts'];
  const newer: string[] = [];
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file)) if (!entry.startsWith('.')) visit(path.join(file, entry));
    } else if (stat.mtimeMs > builtAt && !/\.test\.tsx?$/.test(file)) {
      newer.push(path.relative(REPO_ROOT, file));
    }
  };
  sources.forEach((s) => visit(path.join(REPO_ROOT, s)));
  if (newer.length > 0) {
    console.warn(
      `[e2e] ${newer.length} source file(s) changed after the last build (${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ', ...' : ''}): run npm run build && npm run build:e2e to test them`,
    );
  }
}
