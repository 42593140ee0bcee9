import { test as base, type BrowserContext } from '@playwright/test';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { startFixtureServer, type FixtureServer } from '../server/fixture-server';
import { extensionId, launchWithExtension } from './launch';

interface WorkerFixtures {
  server: FixtureServer;
}
interface TestFixtures {
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
  context: async ({ server }, use) => {
    const context = await launchWithExtension(server.port);
    await use(context);
    await context.close();
  },
  extId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
});

export { expect } from '@playwright/test';
