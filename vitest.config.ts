import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests run the test build's code paths (open shadow roots they read), as the e2e tests do.
  define: { 'import.meta.env.TEST_HOOKS': 'true' },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'e2e/**', 'models/training/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
