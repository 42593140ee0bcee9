import type { Page } from 'puppeteer-core';
import { badgeOf, badges, waitSettled } from './support/badges';
import { openExtensionPage } from './support/extension-page';
import { expect, test } from './support/fixtures';

// bench_111's avatar (an ordinary photo) scores about 0.55: low at the default 'high' threshold of 0.9
// (medium from 0.6), flagged once the threshold is 0.5. No fixture author sits nearer a band edge.
const N = 112;
const EDGE = 'bench_111';

const help = (popup: Page): Promise<string> => popup.$eval('#sensitivity-help', (p) => p.textContent ?? '');

async function stateOf(page: Page, handle: string, want: string): Promise<void> {
  await page.waitForFunction(
    `[...document.querySelectorAll('sockscope-badge')].some((h) => { const b = h.shadowRoot?.querySelector('button.badge'); return b?.getAttribute('aria-label')?.includes('(@${handle})') && b.getAttribute('data-state') === '${want}'; })`,
    { timeout: 15_000, polling: 200 },
  );
}

test("Firefox: the popup's sensitivity slider changes the threshold, and open pages re-band their badges", async ({ firefox, tab }) => {
  await tab.goto(`https://x.com/bench?n=${N}`);
  const before = await waitSettled(tab, N, 60_000);
  expect(badgeOf(before, EDGE)?.state).toBe('low');

  const popup = await openExtensionPage(firefox.browser, 'popup.html', '#sensitivity');
  expect(await help(popup)).toContain('high ≥ 0.90, medium ≥ 0.60, default');
  // The keyboard, as a reader would: End is the "more flags" end (threshold 0.5). Firefox fires the
  // range's change event per key press, which is when the popup saves.
  await popup.focus('#sensitivity');
  await popup.keyboard.press('End');
  await popup.waitForFunction(`document.querySelector('#sensitivity-help').textContent.includes('high ≥ 0.50, medium ≥ 0.20')`, { timeout: 5_000 });
  const stored = (await popup.evaluate(`browser.storage.local.get('settings').then((s) => s.settings.sensitivity)`)) as number;
  expect(stored).toBe(0.5);
  await stateOf(tab, EDGE, 'medium');

  await popup.keyboard.press('Home');
  await popup.waitForFunction(`document.querySelector('#sensitivity-help').textContent.includes('high ≥ 0.99, medium ≥ 0.69')`, { timeout: 5_000 });
  await stateOf(tab, EDGE, 'low');
  // Only the band moved: the same authors, each still with a result.
  expect((await badges(tab)).map((b) => b.label.replace(/^Sockscope: [^(]*/, ''))).toEqual(before.map((b) => b.label.replace(/^Sockscope: [^(]*/, '')));
});
