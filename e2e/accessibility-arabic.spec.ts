import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { SHARED_DIR } from '../utils/testing/shared-data';
import { startFixtureServer, type FixtureServer } from './server/fixture-server';
import { extensionId, launchWithExtension, uiLanguageArgs } from './support/launch';
import { auditMarks } from './support/axe-marks';

/**
 * The browser in Arabic: the badge and the reasons panel read right to left in Arabic on an English page and
 * pass axe in light and dark, the dashboard is in Arabic, right to left, and axe-core finds no serious or critical violation in the
 * popup, the dashboard and the check-image window (light theme; accessibility.spec.ts covers both themes in
 * English).
 */
const test = base.extend<{ context: BrowserContext; extId: string }, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer(SHARED_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server }, use) => {
    const ui = uiLanguageArgs('ar');
    const context = await launchWithExtension(server.port, { extraArgs: ui.args, env: ui.env, locale: ui.pageLocale });
    await use(context);
    await context.close();
  },
  extId: async ({ context }, use) => use(await extensionId(context)),
});

async function serious(page: Page, what: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  console.log(`[axe] ${what}: ${result.passes.length} rules pass, ${result.violations.length} violated (${result.violations.map((v) => `${v.impact} ${v.id}`).join(', ')})`);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${what}: ${v.impact} ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

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
  failures.push(...(await serious(ext, 'popup (ar)')));

  // A real verdict from the store (an avatar of that visit), shown as a finished right-click check.
  await ext.goto(`${base}/dashboard.html`);
  await expect(ext.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(ext.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(ext.locator('h1')).toHaveText('لوحة Sockscope');
  await expect(ext.locator('main.dashboard')).toHaveAttribute('dir', 'rtl');
  await expect(ext).toHaveTitle('لوحة Sockscope');
  await ext.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('sockscope');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const images = await new Promise<Array<{ url: string; verdict: { status: string; band?: string } }>>((ok) => {
      const r = db.transaction('images').objectStore('images').getAll();
      r.onsuccess = () => ok(r.result as Array<{ url: string; verdict: { status: string } }>);
    });
    const shown = images.find((i) => i.verdict.status === 'ok' && i.verdict.band !== 'low') ?? images[0];
    if (!shown) throw new Error('no analysed avatar in the store');
    await chrome.storage.session.set({ 'check-image:axe': { state: 'done', url: shown.url, verdict: shown.verdict } });
  });
  failures.push(...(await serious(ext, 'dashboard (ar)')));
  await ext.goto(`${base}/check-image.html#axe`);
  await expect(ext.locator('h1')).toHaveText('فحص الصورة');
  failures.push(...(await serious(ext, 'check-image (ar)')));
  expect(failures).toEqual([]);
});
