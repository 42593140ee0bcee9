import { test as base, type BrowserContext } from '@playwright/test';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server';
import { extensionId, launchWithExtension, uiLanguageArgs } from './launch';

interface WorkerFixtures {
  server: FixtureServer;
}
interface TestFixtures {
  /** The browser's UI language, e.g. 'ar' (`test.use({ uiLocale: 'ar' })`); the system's when unset. */
  uiLocale: string | undefined;
  context: BrowserContext;
  extId: string;
}

/** Playwright test with a per-worker fixture server and a fresh extension-loaded browser per test. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer(SHARED_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  uiLocale: [undefined, { option: true }],
  context: async ({ server, uiLocale }, use) => {
    const ui = uiLocale ? uiLanguageArgs(uiLocale) : null;
    const context = await launchWithExtension(server.port, ui ? { extraArgs: ui.args, env: ui.env, locale: ui.pageLocale } : undefined);
    await use(context);
    await context.close();
  },
  extId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
});

export { expect } from '@playwright/test';
