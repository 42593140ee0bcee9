import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { changesBetween, READ_BADGE_VIEWS, type BadgeView } from './support/badge-views';
import { REJUDGE_HANDLES, REJUDGE_POSTS } from './fixtures/x-scenario';

const COPIED = /Posted 2 texts that 4 other accounts also posted/;

async function settledViews(page: Page): Promise<BadgeView[]> {
  await expect(page.locator('sockscope-badge')).toHaveCount(REJUDGE_POSTS.length);
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 60_000 });
  return (await page.evaluate(READ_BADGE_VIEWS)) as BadgeView[];
}

test("moving the popup's threshold and switching copied text off re-judges every open badge as a fresh page shows it", async ({ page, context, extId }) => {
  await page.goto('https://x.com/rejudge');
  const before = await settledViews(page);
  // The ring: copied text and a hashtag burst make every member medium, the edge face's texture is not flagged.
  expect(before.map((b) => b.state)).toEqual(REJUDGE_HANDLES.map(() => 'medium'));
  expect(before.every((b) => COPIED.test(b.panel))).toBe(true);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  // End is the "more flags" end of the slider: the lowest threshold.
  await popup.locator('#sensitivity').focus();
  await popup.keyboard.press('End');
  await popup.locator('label', { hasText: 'Copied text' }).locator('input').uncheck();

  // A fresh page of the same posts, judged at the new settings from the start.
  const fresh = await context.newPage();
  await fresh.goto('https://x.com/rejudge');
  const expected = await settledViews(fresh);
  await fresh.close();
  expect(expected.some((e) => COPIED.test(e.panel))).toBe(false);
  expect(expected.find((e) => e.handle === 'rejudge_0')?.panel).toMatch(/The texture check finds traces of a GAN-made face/);

  // The page that was open all along: band, risk and reasons now read as the fresh page's.
  await page.bringToFront();
  await expect.poll(async () => (await page.evaluate(READ_BADGE_VIEWS)) as BadgeView[], { timeout: 15_000 }).toEqual(expected);
  const after = (await page.evaluate(READ_BADGE_VIEWS)) as BadgeView[];
  const changes = changesBetween(before, after);
  console.log(`[rejudge] Chromium: ${changes.line}`);
  // Every risk moved (the copied text's points went, the edge face's texture now flags); the four members
  // without that face dropped from medium.
  expect(changes.risk).toEqual(REJUDGE_HANDLES);
  expect(changes.state).toEqual(REJUDGE_HANDLES.filter((h) => h !== 'rejudge_0'));
});
