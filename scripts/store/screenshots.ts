import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { EXTENSION_DIR, extensionId, launchWithExtension } from '../../e2e/support/launch';
import { SHARED_DIR } from '../../utils/testing/shared-data';

/** The stores' screenshot size (the Chrome Web Store takes 1280x800 or 640x400; AMO any). */
export const SCREENSHOT = { width: 1280, height: 800 } as const;

/** Waits until every badge on the page has a verdict (none still "checking"). */
async function badgesSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('sockscope-badge') && [...document.querySelectorAll('sockscope-badge')].every((h) => h.shadowRoot?.querySelector('button')?.dataset.state !== 'checking'),
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * The listing's screenshots at 1280x800, from the demo's fixture pages (real saved pages from ../shared) with
 * the built Chromium extension: an X timeline with badges (light), the reasons panel (dark) and the dashboard
 * with what those visits recorded. Returns the files written into `outDir`.
 */
export async function takeScreenshots(outDir: string): Promise<string[]> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) throw new Error(`[sockscope:store] ${EXTENSION_DIR} is missing: run \`npm run build\` first`);
  const server = await startFixtureServer(SHARED_DIR);
  const context = await launchWithExtension(server.port);
  const files: string[] = [];
  const shot = async (page: Page, name: string): Promise<void> => {
    const file = resolve(outDir, `${name}-1280x800.png`);
    await page.screenshot({ path: file });
    files.push(file);
  };
  try {
    const page = await context.newPage();
    await page.setViewportSize(SCREENSHOT);
    await page.goto('https://x.com/home?theme=light');
    await badgesSettled(page);
    await shot(page, '1-x-timeline');

    await page.goto('https://x.com/home?theme=dark');
    await badgesSettled(page);
    await page.locator('sockscope-badge button[data-state="high"], sockscope-badge button[data-state="medium"]').first().click();
    await page.waitForSelector('[role="dialog"]');
    await shot(page, '2-x-reasons-panel');

    // The YouTube and Facebook fixtures are bare saved comment blocks without the site's styles: not shown.
    await page.goto(`chrome-extension://${await extensionId(context)}/dashboard.html`);
    await page.waitForSelector('table');
    await shot(page, '3-dashboard');
  } finally {
    await context.close();
    await server.close();
  }
  return files;
}
