import type { Page } from 'puppeteer-core';
import { badgeOf, badges, waitSettled } from './support/badges';
import { openExtensionPage } from './support/extension-page';
import { expect, test } from './support/fixtures';
import { DEFAULT_SENSITIVITY, SENSITIVITY_MAX, SENSITIVITY_MIN } from '../../utils/settings-schema';

// edge_face's StyleGAN2 face has matching eyes and a texture score of about 0.48: not flagged at the
// default cut-off (low, a few points), flagged at the popup's lowest (medium: one kind of evidence).
const EDGE = 'edge_face';
const pct = (x: number): string => `reaches ${Math.round(x * 100)}%`;

const help = (popup: Page): Promise<string> => popup.$eval('#sensitivity-help', (p) => p.textContent ?? '');

async function stateOf(page: Page, handle: string, want: string): Promise<void> {
  await page.waitForFunction(
    `[...document.querySelectorAll('sockscope-badge')].some((h) => { const b = h.shadowRoot?.querySelector('button.badge'); return b?.getAttribute('aria-label')?.includes('(@${handle})') && b.getAttribute('data-state') === '${want}'; })`,
    { timeout: 15_000, polling: 200 },
  );
}

test("Firefox: the popup's sensitivity slider changes the threshold, and open pages re-band their badges", async ({ firefox, tab }) => {
  await tab.goto('https://x.com/threshold');
  const before = await waitSettled(tab, 2, 60_000);
  expect(badgeOf(before, EDGE)?.state).toBe('low');

  const popup = await openExtensionPage(firefox.browser, 'popup.html', '#sensitivity');
  expect(await help(popup)).toContain(`${pct(DEFAULT_SENSITIVITY)}, the default`);
  // The keyboard, as a reader would: End is the "more flags" end (the lowest threshold). Firefox fires the
  // range's change event per key press, which is when the popup saves.
  await popup.focus('#sensitivity');
  await popup.keyboard.press('End');
  await popup.waitForFunction(`document.querySelector('#sensitivity-help').textContent.includes(${JSON.stringify(pct(SENSITIVITY_MIN))})`, { timeout: 5_000 });
  const stored = (await popup.evaluate(`browser.storage.local.get('settings').then((s) => s.settings.sensitivity)`)) as number;
  expect(stored).toBe(SENSITIVITY_MIN);
  await stateOf(tab, EDGE, 'medium');

  await popup.keyboard.press('Home');
  await popup.waitForFunction(`document.querySelector('#sensitivity-help').textContent.includes(${JSON.stringify(pct(SENSITIVITY_MAX))})`, { timeout: 5_000 });
  await stateOf(tab, EDGE, 'low');
  // Only the band moved: the same authors, each still with a result.
  expect((await badges(tab)).map((b) => b.label.replace(/^(?:\w+, )?Sockscope: [^(]*/, ''))).toEqual(before.map((b) => b.label.replace(/^(?:\w+, )?Sockscope: [^(]*/, '')));
});
