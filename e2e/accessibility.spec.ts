import { expect, test } from './support/fixtures';
import { auditMarks, auditPage, stageStoredCheck } from './support/axe';

/**
 * axe-core over the extension's own pages, in light and dark themes: the popup, the dashboard (its table and
 * an account's view) and the check-image window, with the evidence a visit to the X fixture page records;
 * then the badges and an open reasons panel on that page, and the panel by keyboard alone.
 * Serious and critical violations fail; moderate and minor ones are printed. WCAG 2.1 A and AA rules.
 */
const THEMES = ['light', 'dark'] as const;


test('the popup, dashboard and check-image window have no serious or critical axe violations, light and dark', async ({ page, context, extId }) => {
  test.setTimeout(120_000);
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge')).not.toHaveCount(0);
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });

  const ext = await context.newPage();
  const base = `chrome-extension://${extId}`;
  // A real verdict from the store (an avatar of that visit), shown as a finished right-click check.
  await ext.goto(`${base}/dashboard.html`);
  await stageStoredCheck(ext);

  const failures: string[] = [];
  for (const theme of THEMES) {
    await ext.emulateMedia({ colorScheme: theme });
    await ext.goto(`${base}/popup.html`);
    await expect(ext.locator('#app')).not.toBeEmpty();
    failures.push(...(await auditPage(ext, `popup (${theme})`)));

    await ext.goto(`${base}/dashboard.html`);
    await ext.selectOption('select[name=band]', 'all');
    await expect(ext.locator('tbody tr').first()).toBeVisible();
    failures.push(...(await auditPage(ext, `dashboard (${theme})`)));
    await ext.locator('tbody tr[data-account="x:gan_face_one"]').getByRole('button', { name: '@gan_face_one' }).click();
    await expect(ext.locator('.account-view')).toBeVisible();
    failures.push(...(await auditPage(ext, `dashboard account view (${theme})`)));

    await ext.goto(`${base}/check-image.html#axe`);
    await expect(ext.locator('#app')).not.toBeEmpty();
    failures.push(...(await auditPage(ext, `check-image (${theme})`)));
  }
  expect(failures).toEqual([]);
});

test('the badges and the open reasons panel have no serious or critical axe violations, light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`https://x.com/home?theme=${theme}`);
    await expect(page.locator('sockscope-badge')).not.toHaveCount(0);
    await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
    // A badge with a word beside its symbol ("? med", "! high"), and its panel with reasons and the photo.
    await page.locator('sockscope-badge button.badge[data-state="medium"], sockscope-badge button.badge[data-state="high"]').first().click();
    await expect(page.locator('sockscope-layer [role="dialog"]')).toBeVisible();
    failures.push(...(await auditMarks(page, `badges and reasons panel (${theme})`)));
  }
  expect(failures).toEqual([]);
});

test('the reasons panel works by keyboard alone: Enter or Space opens it with the focus inside, Tab stays in it, Escape gives the focus back', async ({ page }) => {
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  const badge = page.locator('sockscope-badge button.badge[data-state="medium"], sockscope-badge button.badge[data-state="high"]').first();
  const dialog = page.locator('sockscope-layer [role="dialog"]');
  // Where the focus is: the light-DOM element, and inside its shadow root.
  const focus = () =>
    page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement ?? null;
      return { host: host?.localName ?? null, inner: inner ? `${inner.localName}.${inner.className}` : null, expanded: inner?.getAttribute('aria-expanded') ?? null };
    });

  for (const key of ['Enter', ' ']) {
    await badge.focus();
    await page.keyboard.press(key);
    await expect(dialog).toBeVisible();
    expect(await focus()).toMatchObject({ host: 'sockscope-layer', inner: 'div.panel' });
    // Tab goes round the panel's controls and never leaves it.
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const f = await focus();
      expect(f.host).toBe('sockscope-layer');
      seen.push(f.inner ?? '');
    }
    expect(seen).toContain('button.close');
    await page.keyboard.press('Shift+Tab');
    expect((await focus()).host).toBe('sockscope-layer');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await focus()).toMatchObject({ host: 'sockscope-badge', inner: 'button.badge', expanded: 'false' });
  }
});
