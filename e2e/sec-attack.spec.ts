// Issue 37: the page is an adversary. A hostile x.com page (/sec-attack) and a compromised content script
// (code run in the extension's isolated world, as a renderer exploit could) try what the review did.
import type { CDPSession, Page } from '@playwright/test';
import { PLANTED_MARK } from './fixtures/sec-attack';
import { READ_BADGE_VIEWS, type BadgeView } from './support/badge-views';
import { expect, test } from './support/fixtures';
import { launchWithExtension, serviceWorker, SHIPPED_EXTENSION_DIR } from './support/launch';

/** Evaluates `expression` in the content script's isolated world of `page` (what a compromised renderer can run). */
async function inContentScript<T>(cdp: CDPSession, expression: string): Promise<T> {
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    const aux = e.context.auxData as { type?: string } | undefined;
    // Playwright has isolated worlds of its own; the content script's is named after the extension.
    if (aux?.type === 'isolated' && e.context.name === 'Sockscope') worlds.push(e.context.id);
  });
  await cdp.send('Runtime.enable');
  for (let i = 0; i < 20 && worlds.length === 0; i++) await new Promise((ok) => setTimeout(ok, 100));
  const contextId = worlds.at(-1);
  if (contextId === undefined) throw new Error('[sockscope:e2e] no isolated world on the page');
  const r = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(`[sockscope:e2e] in the content script: ${JSON.stringify(r.exceptionDetails).slice(0, 300)}`);
  return r.result.value as T;
}

const settled = (page: Page) => expect(page.locator('sockscope-badge').first()).toBeAttached({ timeout: 30_000 });

test('shipped build: the page cannot read badges or the panel, nor spot the extension by its markup or marks', async ({ server }) => {
  const context = await launchWithExtension(server.port, { extensionDir: SHIPPED_EXTENSION_DIR });
  try {
    const page = await context.newPage();
    await page.goto('https://x.com/sec-attack');
    await settled(page);
    await page.waitForTimeout(2_000);
    // Open a panel the way a user does; the page then looks for what it says.
    const box = await page.locator('sockscope-badge').first().boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => ({
      badges: document.querySelectorAll('sockscope-badge').length,
      openRoots: [...document.querySelectorAll('sockscope-badge, sockscope-layer')].filter((h) => h.shadowRoot !== null).length,
      keyAttrs: document.querySelectorAll('[data-sockscope-key]').length,
      marks: performance.getEntriesByName('sockscope:scan').length,
      text: [...document.querySelectorAll('sockscope-badge, sockscope-layer')].map((h) => h.textContent ?? '').join(''),
    }));
    expect(seen.badges).toBeGreaterThan(0);
    expect(seen).toMatchObject({ openRoots: 0, keyAttrs: 0, marks: 0, text: '' });
  } finally {
    await context.close();
  }
});

test('planted avatars on other origins are never requested, and their badges say why', async ({ context, page, server }) => {
  void context;
  // The page's own attempts at them fail on its CSP; the extension's requests are audited in
  // hardening-privacy.spec.ts (its worker's and offscreen document's, over CDP), which visits this page too.
  const from = server.requests.length;
  await page.goto('https://x.com/sec-attack');
  await settled(page);
  const planted = page.locator('sockscope-badge button.badge[aria-label*="planted_"]');
  await expect(planted).toHaveCount(3, { timeout: 30_000 });
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  // Each planted badge says its avatar cannot be analysed: the extension refused it, it did not try and fail.
  const views = ((await page.evaluate(READ_BADGE_VIEWS)) as BadgeView[]).filter((v) => v.handle.startsWith('planted_'));
  expect(views).toHaveLength(3);
  for (const v of views) expect(v).toMatchObject({ state: 'error', panel: expect.stringMatching(/cannot be analysed/) });
  expect(server.requests.slice(from).filter((r) => PLANTED_MARK.test(r))).toEqual([]);
});

test('a compromised content script cannot store another site, a javascript: link, read another tab, or use the analyser', async ({ context, page, server }) => {
  await page.goto('https://x.com/sec-attack');
  await settled(page);
  const other = await context.newPage();
  await other.goto('https://x.com/home');
  await settled(other);
  await expect(other.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  const sw = await serviceWorker(context);
  const otherTabId = await sw.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/home' }))[0]?.id ?? -1);
  const cdp = await context.newCDPSession(page);
  const occ = { site: 'x', kind: 'post', handle: 'victim', displayName: 'V', profileUrl: 'https://x.com/victim', avatarUrl: null, text: 'planted', hashtags: [], time: null };
  const img = 'https://pbs.twimg.com/profile_images/1/real1_400x400.jpg';
  const answers = await inContentScript<Record<string, unknown>>(cdp, `(async () => {
    const send = (m) => chrome.runtime.sendMessage(m).then((v) => v ?? 'no answer', (e) => 'no answer: ' + String(e).slice(0, 60));
    const occ = ${JSON.stringify(occ)};
    const analyze = (url, o) => send({ target: 'background', type: 'analyze', items: [{ url, occurrence: o }] });
    return {
      otherSite: await analyze('https://yt3.ggpht.com/abc=s400', { ...occ, site: 'youtube', profileUrl: 'https://www.youtube.com/@victim' }),
      jsLink: await analyze(${JSON.stringify(img)}, { ...occ, profileUrl: 'javascript:alert(1)' }),
      attackerImage: await analyze('https://attacker.example/direct.jpg', occ),
      offscreen: await send({ target: 'offscreen', type: 'offscreen-analyze', urls: ['https://attacker.example/offscreen.jpg'] }),
      otherTab: await send({ target: 'background', type: 'tab-counts', tabId: ${otherTabId} }),
    };
  })()`);
  const error = (a: unknown) => (a as { results: Array<{ verdict: { status: string; error?: string } }> }).results[0]?.verdict;
  expect(error(answers.otherSite)).toMatchObject({ status: 'error', error: expect.stringMatching(/youtube.*x page/) });
  expect(error(answers.jsLink)).toMatchObject({ status: 'error', error: expect.stringMatching(/profile link/) });
  expect(error(answers.attackerImage)).toMatchObject({ status: 'error', error: expect.stringMatching(/image hosts/) });
  expect(String(answers.offscreen)).toMatch(/^no answer/);
  // The other tab has checked authors; a content script of this tab reads none of them.
  expect(otherTabId).toBeGreaterThan(0);
  expect(answers.otherTab).toMatchObject({ checked: 0 });
  await page.waitForTimeout(1_000);
  expect(server.requests.filter((r) => /attacker\.example/.test(r))).toEqual([]);
});
