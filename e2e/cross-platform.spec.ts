import { expect, test } from './support/fixtures';
import { TRUTH_2024, YT_CHANNEL } from './fixtures/investigation';

const SETTLED = 'sockscope-badge button.badge[data-state="checking"]';

test('the same picture on an X profile and then a YouTube channel shows as a cross-platform link in the panel', async ({ page }) => {
  await page.goto(`https://x.com/${TRUTH_2024.handle}`);
  await expect(page.locator('sockscope-badge').first()).toBeVisible();
  await expect(page.locator(SETTLED)).toHaveCount(0, { timeout: 30_000 });

  await page.goto(`https://www.youtube.com/@${YT_CHANNEL.handle}`);
  await expect(page.locator('sockscope-badge')).toHaveCount(1);
  await expect(page.locator(SETTLED)).toHaveCount(0, { timeout: 30_000 });
  await page.locator('sockscope-badge button.badge').click();
  const panel = page.locator('[role="dialog"]').first();
  await expect(panel).toContainText(`Same picture as x.com/${TRUTH_2024.handle}, seen `);
  await expect(panel).toContainText('a link between accounts to follow, not proof');
  // The reasons panel says what the signal is, and links the X account by its site.
  await expect(panel).toContainText("People's own accounts share pictures");
  const link = panel.locator(`a[href="https://x.com/${TRUTH_2024.handle}"]`);
  await expect(link).toHaveCount(1);
  await expect(link).toHaveText(`x.com/${TRUTH_2024.handle}`);
});
