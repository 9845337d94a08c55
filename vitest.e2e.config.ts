// End-to-end suite: real browsers (Debian's chromium and firefox-esr) with the built extension.
// Needs `npm run build && npm run build:e2e` first; test/e2e/harness/preflight.ts checks.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/harness/preflight.ts'],
    // One test file at a time: each starts its own browsers, and CI machines have 2 cores.
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // A browser test that failed once is worth knowing about, not hiding: no retries.
    retry: 0,
  },
});
