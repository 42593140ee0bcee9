import { expect, test } from './support/fixtures';
import { CAMPAIGN_POSTS } from './fixtures/x-scenario';
import { browserCdp, stopServiceWorkers } from './fixtures/hostile-cdp';
import { storeCount } from './support/store-count';

test('a copy-paste ring is flagged with its cluster: reasons, points and links to the other accounts', async ({ page }) => {
  await page.goto('https://x.com/campaign');
  await expect(page.locator('sockscope-badge')).toHaveCount(CAMPAIGN_POSTS.length);
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  // Copied text (30) + hashtag burst (15) = 45 points: medium for every member, real faces included.
  const states = await page.locator('sockscope-badge button.badge').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-state')));
  expect(states.every((s) => s === 'medium' || s === 'high')).toBe(true);

  await page.locator('sockscope-badge button.badge[aria-label*="@ring_member_1"]').first().click();
  const panel = page.locator('[role="dialog"]').first();
  await expect(panel).toContainText(/Posted 2 texts that 4 other accounts also posted, the same or nearly, on 2 days/);
  await expect(panel).toContainText(/\+\d+/);
  // Linked from both the copied-text and the hashtag-burst reason.
  await expect(panel.locator('a[href="https://x.com/ring_member_0"]')).toHaveCount(2);
});

test('every sighting is recorded in the evidence store (IndexedDB)', async ({ page, context }) => {
  await page.goto('https://x.com/campaign');
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  const sw = context.serviceWorkers()[0]!;
  const count = await storeCount(sw, 'observations');
  expect(count).toBeGreaterThanOrEqual(CAMPAIGN_POSTS.length);
});

test('a resized, recompressed copy of a photo links the two accounts, also after the worker restarts', async ({ page, context }) => {
  const reason = /Same profile picture as 1 other account \(resized or recompressed copy\)/;
  const panelOf = async (handle: string) => {
    await page.locator(`sockscope-badge button.badge[aria-label*="@${handle}"]`).click();
    return page.locator('[role="dialog"]').first();
  };
  await page.goto('https://x.com/reused');
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  await expect(await panelOf('photo_thief')).toContainText(reason);

  // A restarted worker reads the stored hashes again (utils/db/stored-hashes.ts).
  await stopServiceWorkers((await browserCdp(context)).cdp);
  await page.reload();
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  await expect(await panelOf('photo_owner')).toContainText(reason);
});
