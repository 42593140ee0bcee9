import { expect, test } from './support/fixtures';
import { ON_SCREEN_SETTLED } from './support/badges';
import { storeCount } from './support/store-count';

test('while the user scrolls, analysis gives the page the CPU; when the scroll stops, it resumes with the posts on screen', async ({ page, context }) => {
  // Warm: models loaded, so the figures below are about the hold, not a cold start.
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  const sw = context.serviceWorkers()[0]!;

  // An x.com-like virtual list of 400 posts (longer than 4 s of this scroll), each avatar never seen before.
  await page.goto('https://x.com/bench/virtual?n=400');
  await expect(page.locator('sockscope-badge').first()).toBeAttached();
  await page.mouse.move(500, 450);
  // Stored verdicts count analysed avatars (a batch is stored once all of its avatars are analysed).
  const before = await storeCount(sw, 'images');
  const scrollUntil = Date.now() + 4000;
  while (Date.now() < scrollUntil) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(50);
  }
  const during = (await storeCount(sw, 'images')) - before;
  // At full speed this machine analyses 40–50 avatars a second; held, one a second trickles through, plus
  // the avatars already started and the batches they complete.
  expect(during).toBeLessThan(40);

  // Stopped: the badges on screen get their results first, and the backlog drains.
  await expect
    .poll(() => page.evaluate(ON_SCREEN_SETTLED), { timeout: 30_000 })
    .toBe(true);
  await expect.poll(async () => (await storeCount(sw, 'images')) - before, { timeout: 60_000 }).toBeGreaterThan(during + 40);
});
