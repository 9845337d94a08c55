// Mozilla's add-on linter on the shipped Firefox build: no error (warnings are listed).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { BUILDS, REPO_ROOT } from './harness';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const describeMessage = (m: LintMessage) => `${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;

it('web-ext lint reports no error for .output/firefox-mv2', async () => {
  const webExt = path.join(REPO_ROOT, 'node_modules', '.bin', 'web-ext');
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(
    webExt,
    ['lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--boring'],
    { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    if (error.stdout) return { stdout: error.stdout };
    throw new Error(`web-ext lint did not run: ${error.message}\n${error.stderr ?? ''}`);
  });
  const report = JSON.parse(stdout) as LintReport;

  if (report.warnings.length > 0) {
    console.info(`web-ext lint: ${report.warnings.length} warning(s)\n  ${report.warnings.map(describeMessage).join('\n  ')}`);
  }
  expect(report.errors.map(describeMessage)).toEqual([]);
  expect(report.summary.errors).toBe(0);
});
