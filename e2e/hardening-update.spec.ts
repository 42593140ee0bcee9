import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { EXTENSION_DIR, launchWithExtension } from './support/launch';

const BADGES = 'sockscope-badge button.badge';
const labels = (page: Page): Promise<string[]> => page.locator(BADGES).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));

test('the extension is updated while a page is open: fresh scripts take over, one badge per author, all resolved', async ({ server }) => {
  // CDP's Extensions.loadUnpacked on the same folder is a real update (same id, onInstalled 'update',
  // old content scripts orphaned); chrome.runtime.reload() instead unloads a --load-extension build.
  const context = await launchWithExtension(server.port, { extraArgs: ['--enable-unsafe-extension-debugging'] });
  try {
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await expect(page.locator(BADGES).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator(`${BADGES}[data-state="checking"]`)).toHaveCount(0, { timeout: 30_000 });
    const before = await labels(page);
    // Tag the badges the old content script drew, so we can tell whether they were replaced.
    await page.evaluate(() => document.querySelectorAll('sockscope-badge').forEach((b) => b.setAttribute('data-old', '1')));
    const cdp = await context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);

    await expect(page.locator('sockscope-badge[data-old]')).toHaveCount(0, { timeout: 30_000 });
    // The fresh script's badges are drawn in animation frames after its scan: until they all are, "none
    // checking" would hold for a page that has no badges yet.
    await expect(page.locator(BADGES)).toHaveCount(before.length, { timeout: 30_000 });
    await expect(page.locator(`${BADGES}[data-state="checking"]`)).toHaveCount(0, { timeout: 30_000 });
    const after = await labels(page);
    console.log(`[hardening] update with the page open: ${before.length} badges before, ${after.length} after, drawn by the re-injected script`);
    // Same authors, same verdicts (from the store, which survived the update), one badge each.
    expect(after).toEqual(before);
    expect(after.some((l) => l.includes('updated or turned off'))).toBe(false);
    const unique = await page.locator('sockscope-badge').evaluateAll((bs) => new Set(bs.map((b) => b.parentElement)).size === bs.length);
    expect(unique).toBe(true);
  } finally {
    await context.close();
  }
});
