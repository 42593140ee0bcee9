import { test as base } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { SHARED_DIR } from '../../../utils/testing/shared-data';
import { startFixtureServer, type FixtureServer } from '../../server/fixture-server';
import { launchFirefox, type FirefoxSession } from './launch-firefox';
import { startTunnelProxy, type TunnelProxy } from './tunnel-proxy';

interface WorkerFixtures {
  server: FixtureServer;
  tunnel: TunnelProxy;
}
interface TestFixtures {
  firefox: FirefoxSession;
  /** A first tab in that Firefox, errors of its pages collected in `pageErrors`. */
  tab: Page;
  pageErrors: string[];
}

/**
 * Playwright's runner with real Firefox (puppeteer-core over WebDriver BiDi): the same fixture server as
 * the Chromium e2e, reached through the tunnel proxy, and a fresh profile with the add-on per test.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer(SHARED_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  tunnel: [
    async ({ server }, use) => {
      const tunnel = await startTunnelProxy(server.port);
      await use(tunnel);
      await tunnel.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ tunnel }, use) => {
    const session = await launchFirefox(tunnel.port);
    await use(session);
    await session.close();
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  tab: async ({ firefox, pageErrors }, use) => {
    const page = await firefox.browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await use(page);
  },
});

export { expect } from '@playwright/test';
