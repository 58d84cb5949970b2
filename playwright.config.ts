import { defineConfig } from '@playwright/test';
import type { BrowserKind } from './e2e/support/browsers';

/**
 * Every spec runs in both real browsers. Each worker launches its browser
 * once (worker-scoped fixture in e2e/support/test.ts) and reuses it for
 * every test file: one launch per browser, not per test. 2 cores: 1 worker.
 * A failed test runs once more, in a fresh worker (a new browser, none of the
 * state earlier files left): it fails the run only if it fails again, and a
 * pass on the second try is listed as "flaky", so it stays visible.
 */
export default defineConfig<{ extensionBrowser: BrowserKind }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', use: { extensionBrowser: 'chromium' } },
    { name: 'firefox', use: { extensionBrowser: 'firefox' } },
  ],
});
