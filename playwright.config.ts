import { defineConfig } from '@playwright/test';
import type { BrowserKind } from './e2e/support/browsers';

/**
 * Every spec runs in both real browsers. Each worker launches its browser
 * once (worker-scoped fixture in e2e/support/test.ts) and reuses it for
 * every test file: one launch per browser, not per test. 2 cores: 1 worker.
 */
export default defineConfig<{ extensionBrowser: BrowserKind }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', use: { extensionBrowser: 'chromium' } },
    { name: 'firefox', use: { extensionBrowser: 'firefox' } },
  ],
});
