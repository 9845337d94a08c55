// The two builds the bench reads: the bench build (content script with performance marks, in
// .output/chrome-mv3-bench) and the production build whose bundles are weighed (.output/chrome-mv3).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './pages';

export const BENCH_BUILD_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3-bench');
export const PRODUCTION_BUILD_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');

export const BUILD_COMMANDS = {
  bench: ['build', '-b', 'chrome', '--mode', 'bench'],
  production: ['build', '-b', 'chrome'],
} as const;

export const HOW_TO_BUILD = 'npx wxt build -b chrome --mode bench && npx wxt build -b chrome';

/** Runs `wxt <args>`; its output goes to stderr so that `--json` leaves stdout clean. */
function wxt(args: readonly string[]): void {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin', 'wxt');
  const run = spawnSync(bin, args, { cwd: REPO_ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  if (run.status !== 0) throw new Error(`wxt ${args.join(' ')} failed (exit ${run.status ?? run.signal})`);
}

export function buildBoth(log: (line: string) => void): void {
  log(`[bench] building the bench build (${path.relative(REPO_ROOT, BENCH_BUILD_DIR)}) and the production build (${path.relative(REPO_ROOT, PRODUCTION_BUILD_DIR)})...`);
  wxt(BUILD_COMMANDS.bench);
  wxt(BUILD_COMMANDS.production);
}

/** Builds that are missing, as a message saying how to make them; null when both are there. */
export function missingBuilds(): string | null {
  const missing = [BENCH_BUILD_DIR, PRODUCTION_BUILD_DIR].filter((d) => !existsSync(path.join(d, 'manifest.json')));
  if (missing.length === 0) return null;
  return `missing ${missing.map((d) => path.relative(REPO_ROOT, d)).join(' and ')}: run ${HOW_TO_BUILD} (or drop --no-build)`;
}

/**
 * The marks must be in the bench build's content script and nowhere in the shipped one: returns
 * what is wrong, or [] when both hold.
 */
/** The content script's marks (entrypoints/content/checker.ts and scan.ts). */
const BENCH_MARK_NAMES = /palmyra-(?:scan-|extract-|analyze-|own|engine|start)/;

export function checkMarks(readContentScript: (buildDir: string) => string): string[] {
  const problems: string[] = [];
  if (!readContentScript(BENCH_BUILD_DIR).includes('palmyra-scan-end')) {
    problems.push(`the bench build's content script has no palmyra-scan-end mark (was it built with --mode bench?)`);
  }
  if (BENCH_MARK_NAMES.test(readContentScript(PRODUCTION_BUILD_DIR))) {
    problems.push('the production build\'s content script contains the bench marks: they must be compiled away');
  }
  return problems;
}
