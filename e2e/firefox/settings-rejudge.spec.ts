import type { Page } from 'puppeteer-core';
import { waitSettled } from './support/badges';
import { openExtensionPage } from './support/extension-page';
import { expect, test } from './support/fixtures';
import { changesBetween, READ_BADGE_VIEWS, type BadgeView } from '../support/badge-views';
import { REJUDGE_HANDLES, REJUDGE_POSTS } from '../fixtures/x-scenario';

const COPIED = /Posted 2 texts that 4 other accounts also posted/;

async function settledViews(page: Page): Promise<BadgeView[]> {
  await waitSettled(page, REJUDGE_POSTS.length, 60_000);
  return (await page.evaluate(READ_BADGE_VIEWS)) as BadgeView[];
}

test("Firefox: moving the popup's threshold and switching copied text off re-judges every open badge as a fresh page shows it", async ({ firefox, tab }) => {
  // The ring's ten posts reach the background in more than one request (a page's first request holds 4), and
  // an account judged before a later request's copies are stored keeps that verdict until the next view. A
  // warm Firefox analyser answers the first request that fast, so the spec reads the page's second view, when
  // every copy is stored: what it tests is the re-judging on a settings change, not the first view's race.
  await tab.goto('https://x.com/rejudge');
  await settledViews(tab);
  await tab.reload();
  const before = await settledViews(tab);
  expect(before.map((b) => b.state)).toEqual(REJUDGE_HANDLES.map(() => 'medium'));
  expect(before.every((b) => COPIED.test(b.panel))).toBe(true);

  const popup = await openExtensionPage(firefox.browser, 'popup.html', '#sensitivity');
  // End is the "more flags" end of the slider (the lowest threshold); Firefox saves on each key press.
  await popup.focus('#sensitivity');
  await popup.keyboard.press('End');
  await popup.evaluate(`[...document.querySelectorAll('label')].find((l) => l.textContent.includes('Copied text')).querySelector('input').click()`);
  await popup.waitForFunction(`browser.storage.local.get('settings').then((s) => s.settings.signals.copiedText === false && s.settings.sensitivity < 0.1)`, { timeout: 5_000 });

  const fresh = await firefox.browser.newPage();
  await fresh.goto('https://x.com/rejudge');
  const expected = await settledViews(fresh);
  await fresh.close();
  expect(expected.some((e) => COPIED.test(e.panel))).toBe(false);
  expect(expected.find((e) => e.handle === 'rejudge_0')?.panel).toMatch(/The texture check finds traces of a GAN-made face/);

  await tab.bringToFront();
  let after: BadgeView[] = [];
  for (const t0 = Date.now(); Date.now() - t0 < 15_000; await new Promise((r) => setTimeout(r, 300))) {
    after = (await tab.evaluate(READ_BADGE_VIEWS)) as BadgeView[];
    if (JSON.stringify(after) === JSON.stringify(expected)) break;
  }
  expect(after).toEqual(expected);
  const changes = changesBetween(before, after);
  console.log(`[rejudge] Firefox: ${changes.line}`);
  // Every risk moved (the copied text's points went, the edge face's texture now flags); the four members
  // without that face dropped from medium.
  expect(changes.risk).toEqual(REJUDGE_HANDLES);
  expect(changes.state).toEqual(REJUDGE_HANDLES.filter((h) => h !== 'rejudge_0'));
});
