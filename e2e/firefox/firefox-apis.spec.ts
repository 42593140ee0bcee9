import type { Page } from 'puppeteer-core';
import { MENU_ID } from '../../runtime/background/context-menu';
import { openExtensionPage } from './support/extension-page';
import { expect, test } from './support/fixtures';

// Where Firefox differs from Chrome and the product code takes care of it, checked in real Firefox from
// one of the add-on's own pages (they hold the same browser.* APIs as the popup).
const GAN_URL = 'https://pbs.twimg.com/profile_images/1/gan1_400x400.jpg';

const inPage = <T>(page: Page, js: string): Promise<T> => page.evaluate(js) as Promise<T>;

test('Firefox has no offscreen documents: its background page hosts the analyser and answers with promises', async ({ firefox }) => {
  const page = await openExtensionPage(firefox.browser, 'popup.html', '#sensitivity');
  expect(await inPage(page, `browser.runtime.getBackgroundPage().then((w) => [typeof w.chrome?.offscreen, typeof w.Worker].join())`)).toBe('undefined,function');
  // The request Chrome's background sends its offscreen document is answered by Firefox's background page.
  const res = await inPage<{ results: { url: string; verdict: { status: string; score?: number } }[] }>(
    page,
    `browser.runtime.sendMessage({ target: 'offscreen', type: 'offscreen-analyze', urls: [${JSON.stringify(GAN_URL)}] })`,
  );
  expect(res.results).toHaveLength(1);
  expect(res.results[0]?.verdict.status).toBe('ok');
  expect(res.results[0]?.verdict.score).toBeGreaterThan(0.6);
  // A message nobody answers settles (undefined) instead of hanging; a malformed one gets no answer either.
  expect(await inPage(page, `browser.runtime.sendMessage({ target: 'background', type: 'analyze', items: 'junk' }).then((r) => String(r))`)).toBe('undefined');
  expect(await inPage(page, `browser.runtime.sendMessage({ target: 'background', type: 'tab-counts', tabId: 1 }).then((r) => typeof r.checked)`)).toBe('number');
});

test('Firefox keeps the evidence store through storage pressure (unlimitedStorage, persist() without a prompt)', async ({ firefox }) => {
  const page = await openExtensionPage(firefox.browser, 'popup.html', '#sensitivity');
  // The background asks at start-up; without the permission Firefox would prompt, and the answer stays false.
  await page.waitForFunction(`browser.runtime.getBackgroundPage().then((w) => w.navigator.storage.persisted())`, { timeout: 10_000, polling: 250 });
  const estimate = await inPage<{ quota: number }>(page, `navigator.storage.estimate()`);
  expect(estimate.quota).toBeGreaterThan(1 << 30);
});

test("Firefox: the right-click check is registered, and may ask for an image's origin at click time", async ({ firefox }) => {
  const page = await openExtensionPage(firefox.browser, 'popup.html', '#sensitivity');
  // update() resolves only for a menu item that exists (the background's removeAll + create ran).
  expect(await inPage(page, `browser.contextMenus.update(${JSON.stringify(MENU_ID)}, {}).then(() => 'registered', (e) => e.message)`)).toBe('registered');
  expect(await inPage(page, `browser.contextMenus.update('not-ours', {}).then(() => 'registered', (e) => e.message)`)).toMatch(/Cannot find menu item/);
  // permissions.request needs a user gesture, so a real click runs it. A declared origin gets Firefox's
  // prompt (the promise waits on the reader); an undeclared one is refused at once. MV2 declares the
  // click-time origins in optional_permissions (WXT drops optional_host_permissions there).
  await page.evaluate(`(() => {
    const b = document.createElement('button');
    b.id = 'ask';
    b.textContent = 'ask';
    b.style = 'position:fixed;top:0;left:0;width:80px;height:40px;z-index:2147483647';
    window.__asked = {};
    const ask = (name, req) => browser.permissions.request(req).then((r) => { window.__asked[name] = 'granted ' + r; }, (e) => { window.__asked[name] = e.message; });
    b.addEventListener('click', () => { ask('image', { origins: ['https://images.example/*'] }); ask('undeclared', { permissions: ['bookmarks'] }); });
    document.body.append(b);
  })()`);
  await page.click('#ask');
  await page.waitForFunction(`'undeclared' in window.__asked`, { timeout: 5_000 });
  await new Promise((r) => setTimeout(r, 1_000));
  const asked = await inPage<Record<string, string>>(page, `window.__asked`);
  expect(asked.undeclared).toMatch(/not declared/);
  expect(asked.image).toBeUndefined(); // waiting on the prompt, not refused
});

test("Firefox: a right-click check's result reaches its window through storage.session", async ({ firefox }) => {
  const page = await openExtensionPage(firefox.browser, 'popup.html', '#sensitivity');
  const { results } = await inPage<{ results: { verdict: unknown }[] }>(page, `browser.runtime.sendMessage({ target: 'offscreen', type: 'offscreen-analyze', urls: [${JSON.stringify(GAN_URL)}] })`);
  await page.evaluate(`browser.storage.session.set({ 'check-image:e2e': { state: 'checking', url: ${JSON.stringify(GAN_URL)} } })`);
  const view = await openExtensionPage(firefox.browser, 'check-image.html#e2e', '[role="status"]');
  // The window updates when the background writes the result (storage.session.onChanged).
  await page.evaluate(`browser.storage.session.set({ 'check-image:e2e': { state: 'done', url: ${JSON.stringify(GAN_URL)}, verdict: ${JSON.stringify(results[0]?.verdict)} } })`);
  await view.waitForFunction(`/Stage 2, texture check: \\d+%/.test(document.body.textContent)`, { timeout: 10_000 });
  expect(await view.$('[role="status"]')).toBeNull();
});
