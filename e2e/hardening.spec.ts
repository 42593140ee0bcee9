import type { Page } from '@playwright/test';
import { browserCdp, stopServiceWorkers } from './fixtures/hostile-cdp';
import { expect, test } from './support/fixtures';
import { serviceWorker } from './support/launch';

const BADGES = 'sockscope-badge button.badge';
const states = (page: Page): Promise<string[]> => page.locator(BADGES).evaluateAll((bs) => bs.map((b) => b.getAttribute('data-state') ?? ''));
const tally = (xs: string[]): Record<string, number> => Object.fromEntries([...new Set(xs)].map((s) => [s, xs.filter((x) => x === s).length]));
const errorReasons = (page: Page): Promise<string[]> =>
  page.locator(`${BADGES}[data-state="error"]`).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));

/** Waits until `min` badges have a result while others are still checking: the moment to break something. */
async function midQueue(page: Page, n: number, min: number): Promise<void> {
  await page.goto(`https://x.com/bench?n=${n}`);
  await expect(page.locator(BADGES)).toHaveCount(n, { timeout: 30_000 });
  await expect.poll(async () => (await states(page)).filter((s) => s !== 'checking').length, { timeout: 30_000 }).toBeGreaterThanOrEqual(min);
}

test('the service worker is stopped mid-queue: every badge still resolves, and work resumes', async ({ page, context }) => {
  // Long enough that work is still queued when the worker stops (60 could all finish first).
  const n = 200;
  await midQueue(page, n, 4);
  const before = tally(await states(page));
  const retries: string[] = [];
  page.on('console', (m) => m.text().includes('[sockscope:content] analyse request failed') && retries.push(m.text()));
  const { cdp } = await browserCdp(context);
  await (await serviceWorker(context)).evaluate(() => Object.assign(globalThis, { __hardeningMark: 1 }));
  // Playwright's Worker 'close' event arrives ~50 s late on Chromium 156, so don't wait for it.
  await stopServiceWorkers(cdp);
  await expect(page.locator(`${BADGES}[data-state="checking"]`)).toHaveCount(0, { timeout: 45_000 });
  const after = tally(await states(page));
  const reasons = await errorReasons(page);
  console.log(`[hardening] SW stop: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}; content retries ${retries.length}: ${retries[0] ?? ''}`);
  // A fresh worker (no mark) took over, woken by the content script's retry, and gave real verdicts.
  expect(await (await serviceWorker(context)).evaluate(() => (globalThis as { __hardeningMark?: number }).__hardeningMark)).toBeUndefined();
  expect(reasons).toEqual([]);
});

test('the offscreen document is closed mid-use: it is recreated and the requests retried', async ({ page, context }) => {
  // Long enough that the models are still busy when the document is closed (60 finished too early once
  // analysis got faster, leaving nothing to recreate the document for).
  const n = 200;
  await midQueue(page, n, 4);
  const sw = await serviceWorker(context);
  await sw.evaluate(() => chrome.offscreen.closeDocument());
  await expect(page.locator(`${BADGES}[data-state="checking"]`)).toHaveCount(0, { timeout: 50_000 });
  const reasons = await errorReasons(page);
  console.log(`[hardening] offscreen closed: ${JSON.stringify(tally(await states(page)))}; errors: ${JSON.stringify(reasons.slice(0, 3))}`);
  expect(reasons).toEqual([]);
  const live = await sw.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).length);
  expect(live).toBe(1);
});
