import { expect, test } from './support/fixtures';
import { auditMarks, auditPage, stageStoredCheck } from './support/axe';

/**
 * The browser in Arabic: the badge and the reasons panel read right to left in Arabic on an English page and
 * pass axe in light and dark; the dashboard is in Arabic, right to left; and axe-core finds no serious or
 * critical violation in the popup, the dashboard and the check-image window (light theme;
 * accessibility.spec.ts covers both themes in English).
 */
test.use({ uiLocale: 'ar' });

test('in Arabic, the badge, its panel and the dashboard read right to left, and the popup, dashboard and image check pass axe', async ({ page, context, extId }) => {
  test.setTimeout(120_000);
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  const flagged = page.locator('sockscope-badge button.badge[data-state="medium"], sockscope-badge button.badge[data-state="high"]').first();
  await expect(flagged).toHaveAttribute('dir', 'rtl');
  await expect(flagged).toHaveAttribute('aria-label', /^(متوسط|مرتفع)، Sockscope: خطورة (متوسطة|مرتفعة) .*انقر لعرض الأسباب$/);
  await flagged.click();
  const panel = page.locator('[role="dialog"]');
  await expect(panel).toHaveAttribute('dir', 'rtl');
  await expect(panel).toHaveAttribute('lang', 'ar');
  await expect(panel).toContainText('أدلة لا براهين');
  await expect(panel.locator('li').first()).toContainText('خطورة الحساب');
  // Mirrored: the title starts at the panel's right edge, the close button sits at its left.
  const [title, close] = await Promise.all([panel.locator('.title').boundingBox(), panel.locator('button.close').boundingBox()]);
  expect(close!.x).toBeLessThan(title!.x);
  // The badges and the open panel in Arabic, light and dark: axe as in accessibility.spec.ts.
  const failures = await auditMarks(page, 'badges and reasons panel (ar, light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('https://x.com/home?theme=dark');
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  await page.locator('sockscope-badge button.badge[data-state="medium"], sockscope-badge button.badge[data-state="high"]').first().click();
  await expect(page.locator('sockscope-layer [role="dialog"]')).toBeVisible();
  failures.push(...(await auditMarks(page, 'badges and reasons panel (ar, dark)')));

  const ext = await context.newPage();
  const base = `chrome-extension://${extId}`;
  await ext.goto(`${base}/popup.html`);
  await expect(ext.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(ext.locator('footer')).toHaveText('لا يغادر شيء متصفحك.');
  failures.push(...(await auditPage(ext, 'popup (ar)')));

  // A real verdict from the store (an avatar of that visit), shown as a finished right-click check.
  await ext.goto(`${base}/dashboard.html`);
  await expect(ext.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(ext.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(ext.locator('h1')).toHaveText('لوحة Sockscope');
  await expect(ext.locator('main.dashboard')).toHaveAttribute('dir', 'rtl');
  await expect(ext).toHaveTitle('لوحة Sockscope');
  await stageStoredCheck(ext);
  failures.push(...(await auditPage(ext, 'dashboard (ar)')));
  await ext.goto(`${base}/check-image.html#axe`);
  await expect(ext.locator('h1')).toHaveText('فحص الصورة');
  failures.push(...(await auditPage(ext, 'check-image (ar)')));
  expect(failures).toEqual([]);
});
