import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { HOME_POSTS } from './fixtures/x-scenario';

const badgeOf = (page: Page, handle: string) =>
  page.locator('article[data-testid="tweet"]', { has: page.locator(`a[href="/${handle}"]`) }).first().locator('sockscope-badge button.badge').first();

/** Every author on the home fixture: posts plus quoted authors. */
const AUTHORS = HOME_POSTS.flatMap((p) => [p.handle, ...(p.quote ? [p.quote.handle] : [])]);

test('a badge appears next to every author on x.com, with the right handle', async ({ page }) => {
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge')).toHaveCount(AUTHORS.length);
  for (const handle of AUTHORS) {
    await expect(page.locator(`sockscope-badge button.badge[aria-label*="@${handle}"]`)).toHaveCount(1);
  }
});

test('StyleGAN-positioned faces are flagged, real photos are not, bad images say why', async ({ page }) => {
  await page.goto('https://x.com/home');
  for (const h of ['gan_face_one', 'gan_face_two']) await expect(badgeOf(page, h)).toHaveAttribute('data-state', /^(medium|high)$/);
  for (const h of ['real_person_1', 'real_person_2']) await expect(badgeOf(page, h)).toHaveAttribute('data-state', 'low');
  await expect(badgeOf(page, 'broken_avatar')).toHaveAttribute('data-state', 'error');
  await expect(badgeOf(page, 'missing_avatar')).toHaveAttribute('data-state', 'error');
  await expect(badgeOf(page, 'missing_avatar')).toHaveAttribute('aria-label', /HTTP 404/);
  // The badge CSS (one sheet adopted by every badge root) applies: a pill 16 px high, the error one dashed.
  await expect(badgeOf(page, 'real_person_1')).toHaveCSS('height', '16px');
  await expect(badgeOf(page, 'real_person_1')).toHaveCSS('border-top-left-radius', '8px');
  await expect(badgeOf(page, 'broken_avatar')).toHaveCSS('border-top-style', 'dashed');
  const roots = await page.locator('sockscope-badge').evaluateAll((hosts) =>
    hosts.map((h) => ({ adopted: h.shadowRoot?.adoptedStyleSheets.length, styles: h.shadowRoot?.querySelectorAll('style').length })),
  );
  expect(new Set(roots.map((r) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify({ adopted: 1, styles: 0 })]));
});

test('clicking a badge opens the reasons panel with the eye overlay, Escape closes it', async ({ page }) => {
  await page.goto('https://x.com/home');
  const badge = badgeOf(page, 'gan_face_one');
  await expect(badge).toHaveAttribute('data-state', /^(medium|high)$/);
  await badge.click();
  await expect(page).toHaveURL(/\/home$/); // the click must not open the post
  const panel = page.locator('[role="dialog"]').first();
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/eye/i);
  await expect(panel.locator('svg')).not.toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('hostile post text stays text', async ({ page }) => {
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge')).toHaveCount(AUTHORS.length);
  await badgeOf(page, 'hostile_text').click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('infinite scroll and SPA navigation get badges, each author once', async ({ page }) => {
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge')).toHaveCount(AUTHORS.length);
  await page.evaluate(() => (window as unknown as { __loadMore: () => Promise<void> }).__loadMore());
  await expect(page.locator('sockscope-badge')).toHaveCount(AUTHORS.length + 5);
  await page.click('#nav-explore');
  await expect(page).toHaveURL(/\/explore$/);
  await expect(page.locator('sockscope-badge')).toHaveCount(2);
  await expect(badgeOf(page, 'explore_gan')).toHaveAttribute('data-state', /^(medium|high)$/);
});

test("the popup's X toggle removes the badges, and brings them back", async ({ page, context, extId }) => {
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge')).toHaveCount(AUTHORS.length);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  const toggle = popup.locator('label', { hasText: 'X (Twitter)' }).locator('input');
  await toggle.uncheck();
  await expect(page.locator('sockscope-badge')).toHaveCount(0);
  await toggle.check();
  await expect(page.locator('sockscope-badge')).toHaveCount(AUTHORS.length);
});
