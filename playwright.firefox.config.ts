import { defineConfig } from '@playwright/test';

// The Firefox e2e: Playwright's runner, real firefox-esr driven by puppeteer-core (e2e/firefox/support).
// Playwright's own Firefox is a patched build that cannot be downloaded here; Debian's is the real one.
export default defineConfig({
  testDir: 'e2e/firefox',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-firefox.json' }]],
});
